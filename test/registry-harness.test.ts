import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomFaults, startRegistry, skopeo, type FaultRequest, type FaultRule, type StartedRegistry } from './support/registry/index.js'

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`

async function tokenFor(registry: StartedRegistry, scope: string, credentials?: string): Promise<{ token: string; access: unknown }> {
  const response = await fetch(`${registry.tokenServerUrl}?service=shiptag-test-registry&scope=${encodeURIComponent(scope)}`, {
    headers: credentials ? { authorization: credentials } : {},
  })
  const body = (await response.json()) as { token: string }
  const claims = JSON.parse(Buffer.from(body.token.split('.')[1]!, 'base64url').toString('utf8')) as { access: unknown }
  return { token: body.token, access: claims.access }
}

describe('the real-registry harness', () => {
  const registries: Record<string, StartedRegistry> = {}
  beforeAll(async () => {
    const [anonymous, htpasswd, token] = await Promise.all([startRegistry(), startRegistry({ auth: 'htpasswd' }), startRegistry({ auth: 'token' })])
    Object.assign(registries, { anonymous, htpasswd, token })
  })
  afterAll(async () => {
    await Promise.all(Object.values(registries).map((registry) => registry.stop()))
  })

  it('serves the anonymous registry and logs each request with its sizes', async () => {
    const registry = registries.anonymous!
    const response = await fetch(`${registry.url}/v2/`)
    expect(response.status).toBe(200)
    await response.arrayBuffer()
    const upload = await fetch(`${registry.url}/v2/acme/app/blobs/uploads/`, { method: 'POST', headers: { 'content-length': '0' } })
    expect(upload.status).toBe(202)
    const location = new URL(upload.headers.get('location')!, registry.url)
    expect(location.host).toBe(registry.host)
    const body = Buffer.from('hello registry')
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
    location.searchParams.set('digest', digest)
    const put = await fetch(location, { method: 'PUT', body, headers: { 'content-type': 'application/octet-stream' } })
    expect(put.status).toBe(201)
    const log = await registry.accessLog()
    expect(log.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
      ['GET', '/v2/', 200],
      ['POST', '/v2/acme/app/blobs/uploads/', 202],
      ['PUT', location.pathname, 201],
    ])
    expect(log[2]!.bytesReceived).toBe(body.length)
    expect(log[2]!.query).toContain(`digest=${encodeURIComponent(digest)}`)
    await registry.resetAccessLog()
    expect(await registry.accessLog()).toEqual([])
  })

  it('asks for Basic credentials with htpasswd and accepts the right ones', async () => {
    const registry = registries.htpasswd!
    const denied = await fetch(`${registry.url}/v2/`)
    expect(denied.status).toBe(401)
    expect(denied.headers.get('www-authenticate')).toMatch(/^Basic realm="shiptag-test"/)
    expect((await fetch(`${registry.url}/v2/`, { headers: { authorization: basic('pusher', 'pusher-secret') } })).status).toBe(200)
    expect((await fetch(`${registry.url}/v2/`, { headers: { authorization: basic('pusher', 'wrong') } })).status).toBe(401)
  })

  it('asks for a Bearer token and honours the scopes the token server granted', async () => {
    const registry = registries.token!
    const challenge = await fetch(`${registry.url}/v2/`)
    expect(challenge.status).toBe(401)
    expect(challenge.headers.get('www-authenticate')).toBe(`Bearer realm="${registry.tokenServerUrl}",service="shiptag-test-registry"`)

    const pusher = await tokenFor(registry, 'repository:acme/app:pull,push', basic('pusher', 'pusher-secret'))
    expect(pusher.access).toEqual([{ type: 'repository', name: 'acme/app', actions: ['pull', 'push'] }])
    const post = await fetch(`${registry.url}/v2/acme/app/blobs/uploads/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${pusher.token}`, 'content-length': '0' },
    })
    expect(post.status).toBe(202)

    const reader = await tokenFor(registry, 'repository:acme/app:pull,push', basic('reader', 'reader-secret'))
    expect(reader.access).toEqual([{ type: 'repository', name: 'acme/app', actions: ['pull'] }])
    const refused = await fetch(`${registry.url}/v2/acme/app/blobs/uploads/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${reader.token}`, 'content-length': '0' },
    })
    expect(refused.status).toBe(401)
    expect(await refused.text()).toContain('UNAUTHORIZED')

    const wrong = await fetch(`${registry.tokenServerUrl}?service=shiptag-test-registry&scope=repository:acme/app:pull`, {
      headers: { authorization: basic('pusher', 'nope') },
    })
    expect(wrong.status).toBe(401)
    expect(registry.tokenServer!.requests.map((request) => request.user)).toEqual(['pusher', 'reader'])
  })

  it('is read by skopeo, the peer client, byte for byte', async () => {
    const registry = registries.anonymous!
    const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    const config = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}')
    const upload = await fetch(`${registry.url}/v2/acme/peer/blobs/uploads/`, { method: 'POST', headers: { 'content-length': '0' } })
    const location = new URL(upload.headers.get('location')!, registry.url)
    location.searchParams.set('digest', sha256(config))
    expect((await fetch(location, { method: 'PUT', body: config })).status).toBe(201)
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
        layers: [],
      }),
    )
    const put = await fetch(`${registry.url}/v2/acme/peer/manifests/t1`, {
      method: 'PUT',
      body: manifest,
      headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    })
    expect(put.status).toBe(201)
    const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/acme/peer:t1`])
    expect(raw.code, raw.stderr).toBe(0)
    expect(Buffer.from(raw.stdout)).toEqual(manifest)
    const tags = await skopeo(['list-tags', '--tls-verify=false', `docker://${registry.host}/acme/peer`])
    expect(JSON.parse(tags.stdout)).toEqual({ Repository: `${registry.host}/acme/peer`, Tags: ['t1'] })
  })
})

describe("the harness proxy's faults", () => {
  let registry: StartedRegistry
  const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
  const blob = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 251))
  const digest = sha256(blob)

  async function upload(bytes: Buffer): Promise<void> {
    const session = await fetch(`${registry.url}/v2/acme/raw/blobs/uploads/`, { method: 'POST', headers: { 'content-length': '0' } })
    const location = new URL(session.headers.get('location')!, registry.url)
    location.searchParams.set('digest', sha256(bytes))
    expect((await fetch(location, { method: 'PUT', body: bytes })).status).toBe(201)
  }

  beforeAll(async () => {
    registry = await startRegistry()
    await upload(blob)
  })
  afterAll(async () => {
    registry?.injectFaults(undefined)
    await registry?.stop()
  })

  /** The blob's GET under `rule`: the status and the body bytes received before the end or a failure. */
  async function received(rule: FaultRule): Promise<{ status: number | undefined; bytes: Buffer; failed: boolean }> {
    registry.injectFaults(rule)
    const chunks: Buffer[] = []
    let status: number | undefined
    try {
      const response = await fetch(`${registry.url}/v2/acme/raw/blobs/${digest}`)
      status = response.status
      for await (const chunk of response.body!) chunks.push(Buffer.from(chunk))
      return { status, bytes: Buffer.concat(chunks), failed: false }
    } catch {
      return { status, bytes: Buffer.concat(chunks), failed: true }
    } finally {
      registry.injectFaults(undefined)
    }
  }

  it('truncate ends the body after the bytes asked and cuts the connection', async () => {
    const { status, bytes, failed } = await received(() => ({ kind: 'truncate', bytes: 1000 }))
    expect([status, bytes.length, failed]).toEqual([200, 1000, true])
    expect(bytes).toEqual(blob.subarray(0, 1000))
  })

  it('corrupt flips one byte in the middle, nothing else', async () => {
    const { status, bytes, failed } = await received(() => ({ kind: 'corrupt' }))
    expect([status, bytes.length, failed]).toEqual([200, blob.length, false])
    const differing = [...bytes.keys()].filter((i) => bytes[i] !== blob[i])
    expect(differing).toEqual([blob.length / 2])
  })

  it('reset cuts an upload part-way and stall drops a request whose client gave up; the log says which fault acted', async () => {
    await registry.resetAccessLog()
    const bytes = Buffer.alloc(256 * 1024, 1)
    registry.injectFaults((request) => (request.method === 'PUT' ? { kind: 'reset', afterBytes: 1 } : undefined))
    await expect(upload(bytes)).rejects.toThrow()
    registry.injectFaults(() => ({ kind: 'stall', ms: 1000 }))
    await expect(fetch(`${registry.url}/v2/`, { signal: AbortSignal.timeout(200) })).rejects.toThrow()
    registry.injectFaults(undefined)
    const log = await registry.accessLog()
    expect(log.map((e) => [e.fault, e.method, e.status])).toEqual([
      [undefined, 'POST', 202],
      ['reset', 'PUT', 0],
      ['stall', 'GET', 0],
    ])
    expect(log[1]!.bytesReceived).toBeGreaterThan(0)
    expect(log[1]!.bytesReceived).toBeLessThan(bytes.length)
  })

  it('a client that gives up mid-body does not hold the log open', async () => {
    // Larger than the socket buffers, so the registry is still sending when the client leaves.
    const large = Buffer.alloc(32 * 1024 * 1024, 0x5a)
    await upload(large)
    const path = `/v2/acme/raw/blobs/${sha256(large)}`
    for (let i = 1; i <= 3; i++) {
      const abort = new AbortController()
      const response = await fetch(`${registry.url}${path}`, { signal: abort.signal })
      await response.body!.getReader().read()
      abort.abort()
      // The log answers (one held open fails the test at its timeout) once the registry's answer to
      // each abandoned read has drained: every read is logged with the whole blob sent.
      const reads = (await registry.accessLog()).filter((entry) => entry.method === 'GET' && entry.path === path)
      expect(reads.map((entry) => [entry.status, entry.bytesSent])).toEqual(Array.from({ length: i }, () => [200, large.length]))
    }
  })

  it('draws the same faults for the same seed whatever the order requests arrive in, and only on /v2/', () => {
    const requests: FaultRequest[] = Array.from({ length: 200 }, (_, i) => ({
      method: i % 3 === 0 ? 'GET' : 'HEAD',
      path: `/v2/acme/app/blobs/sha256:${String(i).padStart(64, '0')}`,
      query: '',
      headers: {},
    }))
    const draw = (order: readonly FaultRequest[], seed: number) => {
      const { rule, counter } = randomFaults({ seed, rate: 0.2, stallMs: 1000 })
      const faults = new Map(order.map((request) => [request.path, rule(request)?.kind]))
      return { faults: requests.map((request) => faults.get(request.path)), counter }
    }
    const forward = draw(requests, 7)
    expect(draw([...requests].reverse(), 7).faults).toEqual(forward.faults)
    expect(draw(requests, 8).faults).not.toEqual(forward.faults)
    expect(forward.counter.injected).toBe(forward.faults.filter((kind) => kind !== undefined).length)
    expect(forward.counter.injected).toBeGreaterThan(20)
    expect(forward.counter.injected).toBeLessThan(60)
    // truncate and corrupt only where the client can verify the body: GETs of blobs and digests.
    expect(requests.filter((request, i) => request.method === 'HEAD' && ['truncate', 'corrupt'].includes(forward.faults[i] ?? ''))).toEqual([])
    const { rule } = randomFaults({ seed: 7, rate: 1, stallMs: 1000 })
    expect(rule({ method: 'GET', path: '/token', query: '', headers: {} })).toBeUndefined()
  })
})
