import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AccessLogEntry, Fault, FaultRule } from './types.js'

/**
 * A pass-through HTTP proxy in front of the real registry that records every request with exact
 * request and response body sizes. The registry's own access log (Apache combined format) has the
 * response size but not the request body size, which is what "bytes uploaded" means.
 */
export class RecordingProxy {
  private readonly entries: AccessLogEntry[] = []
  private readonly inFlight = new Set<Promise<void>>()
  private server: Server | undefined
  private faultRule: FaultRule | undefined
  private faultsInjected = 0

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

  /** Every later request is offered to `rule` first; `undefined` clears it. */
  injectFaults(rule: FaultRule | undefined): void {
    this.faultRule = rule
  }

  /** How many requests a fault rule has answered or broken so far. */
  faultCount(): number {
    return this.faultsInjected
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

  private answerInstead(req: IncomingMessage, res: import('node:http').ServerResponse, url: URL, fault: Extract<Fault, { kind: 'status' }>): Promise<void> {
    return new Promise<void>((resolve) => {
      let bytesReceived = 0
      req.on('data', (chunk: Buffer) => (bytesReceived += chunk.length))
      req.on('end', () => {
        const body = fault.body ?? ''
        res.writeHead(fault.status, { 'content-length': Buffer.byteLength(body), ...fault.headers })
        res.end(body)
        this.entries.push({ fault: 'status', method: req.method ?? '', path: url.pathname, query: url.search.replace(/^\?/, ''), status: fault.status, bytesSent: Buffer.byteLength(body), bytesReceived, userAgent: String(req.headers['user-agent'] ?? '') })
        resolve()
      })
    })
  }

  private forward(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://proxy')
    const fault = this.faultRule?.({ method: req.method ?? '', path: url.pathname, query: url.search.replace(/^\?/, ''), headers: req.headers })
    if (fault !== undefined) this.faultsInjected++
    if (fault?.kind === 'status') return this.answerInstead(req, res, url, fault)
    return new Promise<void>((resolve) => {
      let bytesReceived = 0
      let bytesSent = 0
      const upstream = request(
        { host: '127.0.0.1', port: this.upstreamPort, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          answer.on('data', (chunk: Buffer) => (bytesSent += chunk.length))
          if (fault?.kind === 'lose-response') {
            // The registry did the work; the client never hears of it (§3.6 lost responses).
            answer.resume()
            res.socket?.destroy()
          } else {
            res.writeHead(answer.statusCode ?? 502, answer.rawHeaders)
            answer.pipe(res)
          }
          answer.on('end', () => {
            this.entries.push({
              ...(fault ? { fault: fault.kind } : {}),
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
