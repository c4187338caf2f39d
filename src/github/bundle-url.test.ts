import { describe, expect, it } from 'vitest'
import { apiBase } from './api-base.js'
import { bundleUrlRefusal } from './bundle-url.js'

const github = apiBase('https://api.github.com')
const tenant = apiBase('https://api.acme.ghe.com')
const ghes = apiBase('https://ghes.example.com/api/v3')
const local = apiBase('http://127.0.0.1:8080')

describe('bundleUrlRefusal', () => {
  it.each([
    ['github.com storage', 'https://tmaproduction.blob.core.windows.net/attestations/1/2.json.sn?sv=1&sig=x', github],
    ['githubusercontent', 'https://objects.githubusercontent.com/a.json.sn', github],
    ['a github.com subdomain', 'https://attestations.github.com/a', github],
    ['the tenant', 'https://storage.acme.ghe.com/a', tenant],
    ['the Enterprise Server host', 'https://ghes.example.com/storage/a', ghes],
    ['the API origin itself over loopback http', 'http://127.0.0.1:8080/storage/a', local],
  ])('follows %s', (_name, url, base) => {
    expect(bundleUrlRefusal(url, base)).toBeUndefined()
  })

  it.each([
    [
      'another host',
      'https://attacker.example/a',
      github,
      "bundle_url is on attacker.example, not on *.github.com, *.githubusercontent.com, *.blob.core.windows.net or the API's own origin",
    ],
    [
      'a look-alike suffix',
      'https://evilgithub.com/a',
      github,
      "bundle_url is on evilgithub.com, not on *.github.com, *.githubusercontent.com, *.blob.core.windows.net or the API's own origin",
    ],
    [
      'another tenant',
      'https://other.ghe.com/a',
      tenant,
      "bundle_url is on other.ghe.com, not on *.acme.ghe.com, *.blob.core.windows.net or the API's own origin",
    ],
    [
      'github.com from an Enterprise Server',
      'https://github.com/a',
      ghes,
      "bundle_url is on github.com, not on *.ghes.example.com, *.blob.core.windows.net or the API's own origin",
    ],
    [
      'plain http',
      'http://tmaproduction.blob.core.windows.net/a',
      github,
      'bundle_url http://tmaproduction.blob.core.windows.net is not https on the default port',
    ],
    ['another port', 'https://x.blob.core.windows.net:8443/a', github, 'bundle_url https://x.blob.core.windows.net:8443 is not https on the default port'],
    ['cloud metadata', 'http://169.254.169.254/latest', github, 'bundle_url http://169.254.169.254 is not https on the default port'],
    ['another loopback port', 'http://127.0.0.1:9999/a', local, 'bundle_url http://127.0.0.1:9999 is not https on the default port'],
    ['user info', 'https://u:p@x.blob.core.windows.net/a', github, 'bundle_url carries a user name or password'],
    ['not a URL', '/relative/path', github, 'bundle_url is not a URL'],
  ])('refuses %s', (_name, url, base, reason) => {
    expect(bundleUrlRefusal(url, base)).toBe(reason)
  })
})
