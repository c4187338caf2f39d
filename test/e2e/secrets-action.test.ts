/**
 * Secrets through the bundle, as the runner runs it: a token received is masked (`::add-mask::`) at
 * once and redacted from the failure a registry echoing it causes; a malformed DOCKER_AUTH_CONFIG
 * fails with a position, never a piece of it, and nothing is sent to any registry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventFixture } from '../fixtures/events/events.js'
import { buildLayout, tarLayout } from '../support/layouts/index.js'
import { startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { runAction } from '../support/run-action.js'

const auth = Buffer.from('pusher:pusher-secret').toString('base64')

describe('dist/index.js keeps secrets out of what it prints', () => {
  let registry: StartedRegistry
  let tar: string
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
    const image = buildLayout({ layers: [4096], seed: 12 })
    tar = tarLayout(image.dir, `${image.dir}.tar`)
  })
  afterAll(() => registry.stop())

  it('masks the bearer token on receipt and redacts it from an error that echoes it', async () => {
    let token = ''
    registry.injectFaults((request) => {
      if (request.method !== 'POST' || !request.path.endsWith('/blobs/uploads/')) return undefined
      token = String(request.headers.authorization ?? '').replace(/^Bearer /, '')
      return {
        kind: 'status',
        status: 403,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ errors: [{ code: 'DENIED', message: `token ${token} may not push\n::error::pwned` }] }),
      }
    })
    const env = { ...eventFixture('push-tag').env, DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { [registry.host]: { auth } } }) }
    const run = await runAction({ env, inputs: { command: 'push', source: tar, images: `${registry.host}/acme/secrets`, tags: 'type=raw,value=1' } })
    registry.injectFaults(undefined)
    expect(run.exitCode).toBe(1)
    expect(token.split('.')).toHaveLength(3)
    const lines = `${run.stdout}\n${run.stderr}`.split('\n')
    expect(lines).toContain(`::add-mask::${token}`)
    const failure = lines.find((line) => line.startsWith('::error::'))
    expect(failure).toContain('token *** may not push : :error: :pwned')
    const printed = [...lines.filter((line) => !line.startsWith('::add-mask::')), run.summary, JSON.stringify(run.outputs)].join('\n')
    expect(printed).not.toContain(token.slice(0, 24))
    expect(printed).not.toContain('pusher-secret')
  })

  it('fails on a malformed DOCKER_AUTH_CONFIG with its position, quoting none of it, before any request', async () => {
    await registry.resetAccessLog()
    const broken = `{"auths": {"${registry.host}": {"auth": ${auth}}}}`
    const env = { ...eventFixture('push-tag').env, DOCKER_AUTH_CONFIG: broken }
    const run = await runAction({ env, inputs: { command: 'push', source: tar, images: `${registry.host}/acme/secrets`, tags: 'type=raw,value=1' } })
    expect(run.exitCode).toBe(1)
    const failure = run.stdout.split('\n').find((line) => line.startsWith('::error::'))
    expect(failure).toContain(`the Docker config in DOCKER_AUTH_CONFIG is not valid JSON at line 1, column ${broken.indexOf(auth) + 1}`)
    for (let i = 0; i + 3 <= auth.length; i++) expect(`${run.stdout}${run.stderr}`).not.toContain(auth.slice(i, i + 3))
    expect((await registry.accessLog()).filter((entry) => entry.path !== '/v2/')).toEqual([])
  })
})
