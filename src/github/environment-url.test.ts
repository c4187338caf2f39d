import { describe, expect, it } from 'vitest'
import { checkEnvironmentUrlTemplate, environmentUrl } from './environment-url.js'

const github = { serverUrl: 'https://github.com', githubRepository: 'acme/app' }
const DIGEST = `sha256:${'ab'.repeat(32)}`
const values = (environment: string, registry: string, repository: string) => ({ environment, image: { registry, repository }, digest: DIGEST })

describe('environmentUrl', () => {
  it.each([
    // A template: each placeholder encoded as a URL part; the registry does not matter.
    ['https://{{environment}}.app.example.com', values('prod', 'registry.acme.example:5000', 'prod/app'), 'https://prod.app.example.com'],
    ['https://app.example.com/{{ environment }}/', values('qa env', 'ghcr.io', 'acme/app'), 'https://app.example.com/qa%20env/'],
    [
      'https://console.example/{{repository}}@{{digest}}',
      values('prod', '127.0.0.1:5000', 'team/app'),
      `https://console.example/127.0.0.1%3A5000/team/app@${DIGEST}`,
    ],
    ['https://example.com/i/{{image}}', values('prod', 'ghcr.io', 'acme/tools/cli'), 'https://example.com/i/cli'],
    ['https://example.com/{{environment}}', values('a/../../b?x#y', 'ghcr.io', 'acme/app'), 'https://example.com/a%2F..%2F..%2Fb%3Fx%23y'],
    ['  http://intranet.acme/{{environment}}  ', values('dev', 'ghcr.io', 'acme/app'), 'http://intranet.acme/dev'],
    // No template: the image's page where its registry has one we know, else none.
    [undefined, values('prod', 'ghcr.io', 'acme/app'), 'https://github.com/acme/app/pkgs/container/app'],
    ['', values('prod', 'docker.io', 'library/nginx'), 'https://hub.docker.com/_/nginx'],
    [undefined, values('prod', 'quay.io', 'acme/app'), 'https://quay.io/repository/acme/app'],
    [undefined, values('prod', 'registry.acme.example:5000', 'prod/app'), undefined],
    [undefined, values('prod', 'ghcr.io', 'other/app'), undefined],
  ])('%j for %j → %s', (template, input, url) => {
    expect(environmentUrl(template, input, github)).toEqual(url === undefined ? {} : { url })
  })

  it('a value that makes the URL unusable gives no URL and says why', () => {
    expect(environmentUrl('https://{{environment}}.app.example.com', values('a%b', 'ghcr.io', 'acme/app'), github)).toEqual({
      problem: 'deployment-url gave "https://a%25b.app.example.com", which is not sent: it is no absolute URL',
    })
  })
})

describe('checkEnvironmentUrlTemplate', () => {
  it.each([['https://{{environment}}.app.example.com'], ['https://app.example.com/{{ image }}/{{digest}}'], ['http://intranet.acme/{{repository}}']])(
    'takes %s',
    (template) => {
      expect(() => checkEnvironmentUrlTemplate(template)).not.toThrow()
    },
  )

  it.each([
    ['https://app.example.com/{{version}}', '{{version}} is no placeholder'],
    ['https://app.example.com/{{Environment}}', '{{Environment}} is no placeholder'],
    ['https://app.example.com/{{environment}', 'a brace pair is not closed'],
    ['https://app.example.com/}}', 'a brace pair is not closed'],
    ['{{environment}}.app.example.com', 'it is no absolute URL'],
    ['javascript:alert(1)//{{environment}}', 'GitHub takes only an http(s) URL there, not javascript:'],
    ['ftp://files.acme/{{environment}}', 'not ftp:'],
    ['https://deploy:hunter2@app.example.com/{{environment}}', 'a user or password in it would be shown on GitHub'],
  ])('refuses %s: %s', (template, said) => {
    expect(() => checkEnvironmentUrlTemplate(template)).toThrow(said)
  })

  it('never repeats a password it refuses', () => {
    const error = (() => {
      try {
        checkEnvironmentUrlTemplate('https://deploy:hunter2@app.example.com/{{environment}}')
      } catch (thrown) {
        return thrown as Error
      }
    })()
    expect(error?.message).toMatch(/^input "deployment-url": the template: a user or password in it would be shown/)
    expect(String(error?.message) + String((error as { hint?: string }).hint)).not.toContain('hunter2')
  })
})
