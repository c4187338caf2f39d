/**
 * Secrets and registry text against the real registry (token and htpasswd auth), with hostile
 * answers injected by the fault proxy (issue 12: secrets and integrity).
 */
import { hostname } from 'node:os'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/main.js'
import { describeError } from '../src/errors.js'
import { RegistryError, createRegistryClient, type Credential, type RegistryClient } from '../src/registry/index.js'
import { startRegistry, type FaultRequest, type StartedRegistry } from './support/registry/index.js'

const PUSHER: Credential = { username: 'pusher', password: 'pusher-secret', source: 'the test' }
const MISSING = `sha256:${'0'.repeat(64)}`

function clientFor(registry: StartedRegistry, masked: string[] = []): RegistryClient {
  return createRegistryClient({ credentials: async () => PUSHER, mask: (secret) => masked.push(secret), sleep: async () => {}, retry: { attempts: 1 } })
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  )
}

const authorizationOf = (request: FaultRequest) => String(request.headers.authorization ?? '')

/** What a CLI step shows the runner: every line, and whether one would be read as a workflow command. */
function expectNoWorkflowCommand(output: string): void {
  for (const line of output.split('\n')) expect(line.trimStart().startsWith('::'), line).toBe(false)
  // eslint-disable-next-line no-control-regex -- looking for control characters
  expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/)
}

describe('token auth: secrets received are masked and never printed', () => {
  let registry: StartedRegistry
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
  })
  afterEach(() => registry.injectFaults(undefined))
  afterAll(async () => {
    await registry?.stop()
  })

  it('hands every bearer token to the masker before it is used', async () => {
    const masked: string[] = []
    const sent: string[] = []
    registry.injectFaults((request) => {
      if (request.path.startsWith('/v2/acme/')) sent.push(authorizationOf(request))
      return undefined
    })
    const client = clientFor(registry, masked)
    try {
      expect(await client.repository({ registry: registry.host, repository: 'acme/app' }).hasBlob(MISSING)).toBe(false)
    } finally {
      await client.close()
    }
    const token = sent[0]!.replace(/^Bearer /, '')
    expect(token.split('.')).toHaveLength(3)
    expect(masked).toContain(token)
    expect(masked).toContain('pusher-secret')
  })

  it.each([403, 500])('redacts a token the registry echoes in a %i error, and flattens its text', async (status) => {
    let echoed = ''
    registry.injectFaults((request) => {
      if (!request.path.includes('/manifests/')) return undefined
      echoed = authorizationOf(request).replace(/^Bearer /, '')
      const body = JSON.stringify({
        errors: [{ code: 'DENIED', message: `token ${echoed} refused\n::error::pwned\u001b[2J\r`, detail: { token: echoed.slice(0, 400) } }],
      })
      return { kind: 'status', status, headers: { 'content-type': 'application/json' }, body }
    })
    const client = clientFor(registry)
    try {
      const error = await failure(client.repository({ registry: registry.host, repository: 'acme/app' }).getManifest('1.0'))
      expect(error).toBeInstanceOf(RegistryError)
      const message = describeError(error)
      expect(echoed.length).toBeGreaterThan(100)
      expect(message).not.toContain(echoed.slice(0, 20))
      expect(message).toContain('token *** refused : :error: :pwned [2J')
      expect(JSON.stringify((error as RegistryError).errors)).not.toContain(echoed.slice(0, 20))
      expectNoWorkflowCommand(message)
    } finally {
      await client.close()
    }
  })

  it('refuses a plain-HTTP token realm on a host that is not loopback, with no credential sent', async () => {
    // The machine's own name: it resolves here (to 127.0.0.1 on most hosts), but is no loopback literal.
    const realm = new URL(registry.tokenServerUrl!)
    realm.hostname = hostname()
    registry.injectFaults((request) =>
      request.path === '/v2/'
        ? { kind: 'status', status: 401, headers: { 'www-authenticate': `Bearer realm="${realm.href}",service="shiptag-test-registry"` } }
        : undefined,
    )
    const before = registry.tokenServer!.requests.length
    await registry.resetAccessLog()
    const client = clientFor(registry)
    try {
      const error = await failure(client.repository({ registry: registry.host, repository: 'acme/app' }).hasBlob(MISSING))
      expect(error).toBeInstanceOf(RegistryError)
      expect(describeError(error)).toMatch(/the token realm is plain HTTP on .+, which is not a loopback address; no credentials were sent/)
      expect(registry.tokenServer!.requests.length).toBe(before)
      expect((await registry.accessLog()).filter((entry) => entry.path.startsWith('/v2/acme/'))).toEqual([])
    } finally {
      await client.close()
    }
  })
})

describe('basic auth: an echoed password or Authorization header is redacted', () => {
  let registry: StartedRegistry
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'htpasswd' })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('redacts the password and the Basic header value', async () => {
    const basic = Buffer.from('pusher:pusher-secret').toString('base64')
    registry.injectFaults((request) =>
      request.path.includes('/manifests/')
        ? { kind: 'status', status: 403, body: `denied: Authorization: ${authorizationOf(request)} (password pusher-secret)` }
        : undefined,
    )
    const client = clientFor(registry)
    try {
      const message = describeError(await failure(client.repository({ registry: registry.host, repository: 'acme/app' }).getManifest('1.0')))
      expect(message).toContain('Authorization: Basic *** (password ***)')
      expect(message).not.toContain(basic.slice(0, 8))
    } finally {
      await client.close()
    }
  })
})

describe('the CLI prints registry text flattened', () => {
  let registry: StartedRegistry
  beforeAll(async () => {
    registry = await startRegistry()
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('turns newlines, control characters and :: of an error body and a Warning into plain text on one line', async () => {
    registry.injectFaults((request) =>
      request.path.includes('/manifests/')
        ? {
            kind: 'status',
            status: 403,
            headers: { 'content-type': 'text/plain', warning: '299 - "::warning::spoofed"' },
            body: 'no such tag\n::error file=x::pwned\r\n::add-mask::x\u001b]0;title\u0007\u2028::set-output name=a::b',
          }
        : undefined,
    )
    let stdout = ''
    let stderr = ''
    const code = await runCli({
      argv: ['promote', '--source', `${registry.host}/acme/app:1.0`, '--images', `${registry.host}/acme/prod`, '--tags', 'type=raw,value=2.0'],
      env: {},
      cwd: process.cwd(),
      now: new Date(),
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      color: false,
    })
    expect(code).toBe(1)
    const output = `${stdout}${stderr}`
    expectNoWorkflowCommand(output)
    expect(output).toMatch(/answered 403: "no such tag : :error file=x: :pwned : :add-mask: :x \]0;title +: :set-output name=a: :b"/)
    expect(output).toContain('warns: : :warning: :spoofed')
  })
})
