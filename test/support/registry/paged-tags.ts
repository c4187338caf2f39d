import { request } from 'node:http'
import type { Exchange } from './faults.js'
import type { Fault } from './types.js'

/**
 * `page-tags`: distribution 2.8 answers `tags/list` in one page whatever `n` asks; registries that
 * page (distribution 3, ECR, Harbor: docs/registry-protocol.md#tag-listing) answer `n` names after
 * `last` in lexical order, with `Link: <…?last=…&n=…>; rel="next"` while more remain. The proxy
 * asks the real registry for the whole list (so what a run writes is listed, as it would be) and
 * answers one such page of it; any other answer is relayed as the registry gave it.
 */
export function pageTagList(exchange: Exchange, fault: Extract<Fault, { kind: 'page-tags' }>): Promise<void> {
  const { req, res, upstreamPort, record } = exchange
  const url = new URL(req.url ?? '/', 'http://proxy')
  return new Promise<void>((resolve) => {
    const upstream = request({ host: '127.0.0.1', port: upstreamPort, method: 'GET', path: url.pathname, headers: req.headers }, (answer) => {
      const chunks: Buffer[] = []
      answer.on('data', (chunk: Buffer) => chunks.push(chunk))
      answer.on('error', () => resolve())
      answer.on('end', () => {
        const body = Buffer.concat(chunks)
        if (answer.statusCode !== 200) {
          res.writeHead(answer.statusCode ?? 502, answer.rawHeaders)
          res.end(body)
          record({ status: answer.statusCode ?? 0, bytesSent: body.length, bytesReceived: 0 })
          resolve()
          return
        }
        const { name, tags } = JSON.parse(body.toString('utf8')) as { name: string; tags: string[] | null }
        const size = Number(url.searchParams.get('n') ?? fault.size)
        const last = url.searchParams.get('last')
        const after = [...(tags ?? [])].sort().filter((tag) => last === null || tag > last)
        const page = after.slice(0, size)
        const next = after.length > size ? `${url.pathname}?${new URLSearchParams({ last: page.at(-1)!, n: String(size) }).toString()}` : undefined
        const text = JSON.stringify({ name, tags: page })
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          ...(next === undefined ? {} : { link: `<${next}>; rel="next"` }),
        })
        res.end(text)
        record({ status: 200, bytesSent: Buffer.byteLength(text), bytesReceived: 0 })
        resolve()
      })
    })
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502)
      res.end(String(error))
      resolve()
    })
    upstream.end()
  })
}
