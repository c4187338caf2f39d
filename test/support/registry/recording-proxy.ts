import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AccessLogEntry } from './types.js'

/**
 * A pass-through HTTP proxy in front of the real registry that records every request with exact
 * request and response body sizes. The registry's own access log (Apache combined format) has the
 * response size but not the request body size, which is what "bytes uploaded" means.
 */
export class RecordingProxy {
  private readonly entries: AccessLogEntry[] = []
  private readonly inFlight = new Set<Promise<void>>()
  private server: Server | undefined

  constructor(private readonly upstreamPort: number) {}

  async listen(port: number): Promise<void> {
    this.server = createServer((req, res) => {
      const done = this.forward(req, res)
      this.inFlight.add(done)
      void done.finally(() => this.inFlight.delete(done))
    })
    // Keep-alive connections would hold close() open; the proxy is for tests only.
    this.server.keepAliveTimeout = 1000
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject)
      this.server!.listen(port, '127.0.0.1', () => resolve())
    })
  }

  /** Entries of every request that has completed; waits for those under way. */
  async log(): Promise<AccessLogEntry[]> {
    await Promise.allSettled([...this.inFlight])
    return [...this.entries]
  }

  async reset(): Promise<void> {
    await Promise.allSettled([...this.inFlight])
    this.entries.length = 0
  }

  async close(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server!.close(() => resolve()))
  }

  private forward(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    return new Promise<void>((resolve) => {
      const url = new URL(req.url ?? '/', 'http://proxy')
      let bytesReceived = 0
      let bytesSent = 0
      const upstream = request(
        { host: '127.0.0.1', port: this.upstreamPort, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.rawHeaders)
          answer.on('data', (chunk: Buffer) => (bytesSent += chunk.length))
          answer.pipe(res)
          answer.on('end', () => {
            this.entries.push({
              method: req.method ?? '',
              path: url.pathname,
              query: url.search.replace(/^\?/, ''),
              status: answer.statusCode ?? 0,
              bytesSent,
              bytesReceived,
              userAgent: String(req.headers['user-agent'] ?? ''),
            })
            resolve()
          })
          answer.on('error', () => resolve())
        },
      )
      upstream.on('error', (error) => {
        if (!res.headersSent) res.writeHead(502)
        res.end(String(error))
        resolve()
      })
      req.on('data', (chunk: Buffer) => (bytesReceived += chunk.length))
      req.on('aborted', () => upstream.destroy())
      req.pipe(upstream)
    })
  }
}
