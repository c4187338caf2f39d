/**
 * Our HTTP behaviour (redirects, retries, headers, counters) against a tiny node:http server that
 * answers status codes and redirects. It is not a registry: everything registry-shaped is tested
 * against the real one in test/registry-client.test.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { RegistryError, RegistryUnreachableError } from '../errors.js'
import { createDispatcher, createTransport, DEFAULT_DEADLINES, endpointFor, SilenceWatch, StatsBook, type HttpRequest, type Send } from './index.js'

interface Seen {
  readonly method: string
  readonly path: string
  readonly headers: IncomingMessage['headers']
  readonly body: string
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void

async function startServer(): Promise<{ server: Server; origin: string; seen: Seen[]; handle: (h: Handler) => void }> {
  const seen: Seen[] = []
  let handler: Handler = (_req, res) => res.end()
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      seen.push({ method: req.method!, path: req.url!, headers: req.headers, body })
      handler(req, res, body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, origin: `http://127.0.0.1:${port}`, seen, handle: (h) => (handler = h) }
}

const dispatcher = createDispatcher(DEFAULT_DEADLINES)
let a: Awaited<ReturnType<typeof startServer>>
let b: Awaited<ReturnType<typeof startServer>>
let stats: StatsBook
let sleeps: number[]
let warnings: string[]
let send: Send

beforeAll(async () => {
  a = await startServer()
  b = await startServer()
})
afterAll(async () => {
  await dispatcher.close()
  a.server.close()
  b.server.close()
})
afterEach(() => {
  a.seen.length = 0
  b.seen.length = 0
})

function setup(attempts = 3) {
  stats = new StatsBook()
  sleeps = []
  warnings = []
  send = createTransport({
    dispatcher,
    userAgent: 'shiptag-test',
    stats,
    warn: (message) => warnings.push(message),
    retry: { attempts, baseDelayMs: 100, maxDelayMs: 10_000, sleep: async (ms) => void sleeps.push(ms), now: () => Date.now(), random: () => 0 },
    deadlines: DEFAULT_DEADLINES,
    silence: new SilenceWatch(DEFAULT_DEADLINES.budgetMs),
  })
}

function request(path: string, overrides: Partial<HttpRequest> = {}): HttpRequest {
  const endpoint = endpointFor(new URL(a.origin).host)
  return {
    method: 'GET',
    url: new URL(path, a.origin),
    idempotent: true,
    followRedirects: true,
    context: { endpoint, repository: 'acme/app', operation: 'test op' },
    ...overrides,
  }
}

describe('redirects', () => {
  it('follows same-origin hops with Authorization and drops credential headers on a cross-origin hop', async () => {
    setup()
    a.handle((req, res) => {
      if (req.url === '/start') res.writeHead(307, { location: '/same' }).end()
      else res.writeHead(302, { location: `${b.origin}/cdn?sig=secret` }).end()
    })
    b.handle((_req, res) => res.end('blob'))
    const response = await send(request('/start', { headers: { authorization: 'Bearer tok', 'x-registry-auth-token': 'custom', accept: 'x/y' } }))
    expect(response.status).toBe(200)
    expect(await response.body.text()).toBe('blob')
    expect(response.url.href).toBe(`${b.origin}/cdn?sig=secret`)
    expect(a.seen.map((s) => s.headers.authorization)).toEqual(['Bearer tok', 'Bearer tok'])
    expect(b.seen[0]!.headers.authorization).toBeUndefined()
    expect(b.seen[0]!.headers['x-registry-auth-token']).toBeUndefined()
    expect(b.seen[0]!.headers.accept).toBe('x/y')
    expect(stats.snapshot(new URL(a.origin).host)).toMatchObject({ requests: 2, offHostRequests: 1, bytesReceived: 4 })
  })

  it('does not follow for a HEAD existence check: the 3xx comes back', async () => {
    setup()
    a.handle((_req, res) => res.writeHead(307, { location: `${b.origin}/x` }).end())
    const response = await send(request('/blob', { method: 'HEAD', followRedirects: false }))
    expect(response.status).toBe(307)
    expect(b.seen).toHaveLength(0)
  })

  it('stops after 10 hops', async () => {
    setup()
    a.handle((req, res) => res.writeHead(302, { location: `/loop${req.url!.length}` }).end())
    await expect(send(request('/x'))).rejects.toThrow(/more than 10 redirects/)
    expect(a.seen).toHaveLength(11)
  })

  it('replays a PUT body on 307, and does not follow a 302 on PUT', async () => {
    setup()
    a.handle((req, res) => {
      if (req.url === '/put307') res.writeHead(307, { location: '/target' }).end()
      else if (req.url === '/put302') res.writeHead(302, { location: '/target' }).end()
      else res.writeHead(201).end()
    })
    const body = { length: 5, open: () => Readable.from([Buffer.from('hello')]) }
    expect((await send(request('/put307', { method: 'PUT', body, idempotent: false }))).status).toBe(201)
    expect(a.seen.map((s) => [s.method, s.path, s.body, s.headers['content-length']])).toEqual([
      ['PUT', '/put307', 'hello', '5'],
      ['PUT', '/target', 'hello', '5'],
    ])
    a.seen.length = 0
    const response = await send(request('/put302', { method: 'PUT', body, idempotent: false }))
    expect(response.status).toBe(302)
    await response.body.dump()
    expect(a.seen).toHaveLength(1)
  })

  it('refuses a redirect to an internal address that is not the registry (SSRF guard)', async () => {
    setup()
    a.handle((_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end())
    await expect(send(request('/x'))).rejects.toThrow(/internal address 169\.254\.169\.254/)
  })
})

describe('retries', () => {
  it('retries an idempotent request on 503 with backoff, then succeeds', async () => {
    setup()
    let calls = 0
    a.handle((_req, res) => (++calls < 3 ? res.writeHead(503).end('busy') : res.end('ok')))
    const response = await send(request('/x'))
    expect(await response.body.text()).toBe('ok')
    expect(a.seen).toHaveLength(3)
    expect(sleeps).toEqual([50, 150])
  })

  it('waits as Retry-After says (seconds)', async () => {
    setup()
    let calls = 0
    a.handle((_req, res) => (++calls === 1 ? res.writeHead(429, { 'retry-after': '2' }).end() : res.end()))
    await (await send(request('/x'))).body.dump()
    expect(sleeps).toEqual([2000])
  })

  it('returns the last answer when the attempts run out', async () => {
    setup(2)
    a.handle((_req, res) => res.writeHead(502).end())
    const response = await send(request('/x'))
    await response.body.dump()
    expect(response.status).toBe(502)
    expect(a.seen).toHaveLength(2)
  })

  it('never sends a non-idempotent request twice', async () => {
    setup()
    a.handle((_req, res) => res.writeHead(503).end())
    const response = await send(request('/x', { method: 'PATCH', idempotent: false, body: { length: 1, open: () => Buffer.from('x') } }))
    await response.body.dump()
    expect(response.status).toBe(503)
    expect(a.seen).toHaveLength(1)
  })

  it('retries a refused connection and then names the registry', async () => {
    setup()
    const closed = await startServer()
    const origin = closed.origin
    await new Promise((resolve) => closed.server.close(resolve))
    const endpoint = endpointFor(new URL(origin).host)
    const error = await send({ ...request('/v2/'), url: new URL('/v2/', origin), context: { endpoint, operation: 'ping' } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryUnreachableError)
    expect((error as RegistryUnreachableError).code).toBe('ECONNREFUSED')
    expect((error as Error).message).toContain(new URL(origin).host)
    expect((error as RegistryUnreachableError).temporary).toBe(true)
    expect(sleeps).toHaveLength(2)
  })
})

describe('the HTTP layer', () => {
  it('returns repeated headers as arrays and sends User-Agent and Content-Length 0 on an empty POST', async () => {
    setup()
    a.handle((_req, res) => {
      res.setHeader('www-authenticate', ['Basic realm="a"', 'Bearer realm="https://b/token"'])
      res.writeHead(401).end()
    })
    const response = await send(request('/x', { method: 'POST' }))
    await response.body.dump()
    expect(response.headers.all('www-authenticate')).toEqual(['Basic realm="a"', 'Bearer realm="https://b/token"'])
    expect(a.seen[0]!.headers['user-agent']).toBe('shiptag-test')
    expect(a.seen[0]!.headers['content-length']).toBe('0')
  })

  it('reports each distinct Warning once', async () => {
    setup()
    a.handle((_req, res) => res.writeHead(200, { warning: '299 - "this registry is deprecated", 299 - "second"' }).end())
    for (let i = 0; i < 3; i++) await (await send(request('/x'))).body.dump()
    expect(warnings).toEqual([`registry ${new URL(a.origin).host} warns: this registry is deprecated`, `registry ${new URL(a.origin).host} warns: second`])
  })

  it('reads at most 64 KiB of an error body', async () => {
    a.handle((_req, res) => res.writeHead(500).end('x'.repeat(200 * 1024)))
    setup(1)
    const response = await send(request('/x'))
    expect((await response.body.text()).length).toBe(64 * 1024)
  })

  it('rethrows the body stream’s own error, not a network error', async () => {
    setup()
    a.handle((_req, res) => res.writeHead(201).end())
    const failing = new Readable({
      read() {
        this.destroy(new RegistryError({ registry: 'r', operation: 'o', problem: 'body failed' }))
      },
    })
    await expect(send(request('/x', { method: 'PUT', idempotent: false, body: { length: 10, open: () => failing } }))).rejects.toThrow(/body failed/)
  })

  it('counts token requests apart', async () => {
    setup()
    a.handle((_req, res) => res.end('{}'))
    await (await send(request('/token', { purpose: 'token', headers: { authorization: 'Basic x' } }))).body.text()
    await (await send(request('/v2/', { method: 'PUT', body: { length: 3, open: () => Buffer.from('abc') } }))).body.text()
    expect(stats.snapshot(new URL(a.origin).host)).toEqual({ requests: 1, authRequests: 1, offHostRequests: 0, bytesSent: 3, bytesReceived: 4 })
  })
})
