/**
 * A stand-in for the GitHub REST API's attestations endpoints, for src/github's tests: a real
 * node:http server on 127.0.0.1 that serves the documented answer shape
 * (`{ "attestations": [{ "bundle": {…} | null, "repository_id": 1, "bundle_url"?: "…" }] }`,
 * https://docs.github.com/en/rest/repos/attestations#list-attestations), pages it with a Link
 * header and an `after` cursor as GitHub does, serves bundles by reference (snappy block format, as
 * GitHub's storage does) and records every request. Faults are answers set for a path: a status with
 * headers and a body, a delay before the headers, or a body that drips.
 *
 * API:
 *   const api = await startGitHubApi()
 *   api.attest('repos/acme/app', digest, [{ bundle }, { bundle, byReference: true }])
 *   api.fault('/repos/acme/app/attestations/', { status: 403, body: { message: '…' } })
 *   api.url            // http://127.0.0.1:<port>, for GITHUB_API_URL
 *   api.requests       // [{ method, path, authorization, body }]
 *   api.deployments    // the deployments endpoints' state (github-deployments.ts)
 *   api.reset()        // between tests
 *   await api.close()
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { deploymentsState, handleDeployments, type DeploymentsState } from './github-deployments.js'

export interface StandInEntry {
  /** The bundle as GitHub stores it (any JSON object: the client does not verify). */
  readonly bundle: unknown
  /** List it as `bundle: null` with a `bundle_url` to the stand-in's own storage, snappy-compressed. */
  readonly byReference?: boolean
  /** Serve this `bundle_url` instead (another host, a bad URL). */
  readonly bundleUrl?: string
}

export interface Fault {
  readonly status?: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: unknown
  /** Wait this long before the headers. */
  readonly delayMs?: number
  /** Send the body one byte every this many ms. */
  readonly dripMs?: number
  /** Answer this many times, then serve normally again. */
  readonly times?: number
  /** Only wait `delayMs`, then serve as usual. */
  readonly passThrough?: boolean
  /** Close the connection without an answer. */
  readonly drop?: boolean
  /** Only requests of this method (default: any). */
  readonly method?: string
}

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly authorization: string | undefined
  /** A POST's JSON body, parsed. */
  readonly body?: unknown
}

export interface GitHubApiStandIn {
  readonly url: string
  readonly requests: RecordedRequest[]
  readonly deployments: DeploymentsState
  attest(scope: string, digest: string, entries: readonly StandInEntry[]): void
  fault(pathPrefix: string, fault: Fault): void
  /** Page size when the client asks for more (GitHub's is 100; tests use small pages). */
  pageSize: number
  /** Forgets attestations, faults and requests, for the next test. */
  reset(): void
  close(): Promise<void>
}

/** Snappy's block format with literals only: valid snappy any decoder reads (https://github.com/google/snappy/blob/main/format_description.txt). */
export function snappyLiterals(data: Buffer): Buffer {
  const parts: Buffer[] = []
  const length: number[] = []
  for (let n = data.length; ; n = Math.floor(n / 128)) {
    if (n < 128) {
      length.push(n)
      break
    }
    length.push((n % 128) | 0x80)
  }
  parts.push(Buffer.from(length))
  for (let at = 0; at < data.length; at += 65536) {
    const chunk = data.subarray(at, at + 65536)
    parts.push(Buffer.from([61 << 2, (chunk.length - 1) & 0xff, (chunk.length - 1) >> 8]), chunk)
  }
  return Buffer.concat(parts)
}

export async function startGitHubApi(): Promise<GitHubApiStandIn> {
  const lists = new Map<string, StandInEntry[]>()
  const blobs = new Map<string, Buffer>()
  const faults: { prefix: string; fault: Fault; left: number }[] = []
  const requests: RecordedRequest[] = []
  const deployments = deploymentsState()
  let origin = ''

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', origin)
    const chunks: Buffer[] = []
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk)
    const text = Buffer.concat(chunks).toString('utf8')
    const body = text === '' ? undefined : (JSON.parse(text) as unknown)
    requests.push({
      method: req.method ?? '',
      path: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
      ...(body !== undefined ? { body } : {}),
    })
    const fault = faults.find(
      (entry) => url.pathname.startsWith(entry.prefix) && entry.left > 0 && (entry.fault.method === undefined || entry.fault.method === req.method),
    )
    if (fault !== undefined) {
      fault.left--
      if (fault.fault.passThrough !== true) {
        await reply(res, fault.fault)
        return
      }
      await new Promise((resolve) => setTimeout(resolve, fault.fault.delayMs ?? 0))
    }
    if (handleDeployments(deployments, req, url, body, res, stand.pageSize)) return
    const blob = blobs.get(url.pathname)
    if (blob !== undefined) {
      res.writeHead(200, { 'content-type': 'application/x-snappy', 'content-length': String(blob.length) }).end(blob)
      return
    }
    const list = lists.get(url.pathname)
    if (list === undefined) {
      await reply(res, { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } })
      return
    }
    const size = Math.min(Number(url.searchParams.get('per_page') ?? 30), stand.pageSize)
    const after = Number(url.searchParams.get('after') ?? 0)
    const page = list.slice(after, after + size)
    const headers: Record<string, string> = {}
    if (after + size < list.length) {
      const next = new URL(url.href)
      next.searchParams.set('after', String(after + size))
      headers.link = `<${next.href}>; rel="next", <${origin}${url.pathname}>; rel="first"`
    }
    const attestations = page.map((entry, index) => {
      if (entry.bundleUrl !== undefined) return { bundle: null, repository_id: 1, bundle_url: entry.bundleUrl }
      if (entry.byReference !== true) return { bundle: entry.bundle, repository_id: 1 }
      const path = `/storage/${after + index}-${blobs.size}.json.sn`
      blobs.set(path, snappyLiterals(Buffer.from(JSON.stringify(entry.bundle))))
      return { bundle: null, repository_id: 1, bundle_url: `${origin}${path}?sv=2025&sig=storage-signature` }
    })
    await reply(res, { status: 200, headers, body: { attestations } })
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const stand: GitHubApiStandIn = {
    url: origin,
    requests,
    deployments,
    pageSize: 100,
    attest: (scope, digest, entries) => {
      lists.set(`/${scope}/attestations/${digest}`, [...entries])
    },
    fault: (prefix, fault) => {
      faults.unshift({ prefix, fault, left: fault.times ?? Number.POSITIVE_INFINITY })
    },
    reset: () => {
      lists.clear()
      blobs.clear()
      faults.length = 0
      requests.length = 0
      deployments.reset()
      stand.pageSize = 100
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  return stand
}

async function reply(res: ServerResponse, fault: Fault): Promise<void> {
  if (fault.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
  if (res.destroyed) return
  if (fault.drop === true) {
    res.socket?.destroy()
    return
  }
  const body = Buffer.from(typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body ?? {}))
  res.writeHead(fault.status ?? 200, {
    'content-type': 'application/json; charset=utf-8',
    ...(fault.dripMs === undefined ? { 'content-length': String(body.length) } : {}),
    ...fault.headers,
  })
  if (fault.dripMs === undefined) {
    res.end(body)
    return
  }
  for (const byte of body) {
    if (res.destroyed) return
    res.write(Buffer.from([byte]))
    await new Promise((resolve) => setTimeout(resolve, fault.dripMs))
  }
  res.end()
}
