import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { answerInstead, forward, neverAnswer, resetConnection, stallThenForward, stopReading, type Exchange } from './faults.js'
import { pageTagList } from './paged-tags.js'
import type { AccessLogEntry, FaultRequest, FaultRule } from './types.js'

/**
 * A pass-through HTTP proxy in front of the real registry that records every request with exact
 * request and response body sizes. The registry's own access log (Apache combined format) has the
 * response size but not the request body size, which is what "bytes uploaded" means. A fault rule
 * may break any request (faults.ts); the log entry then says which fault acted.
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
      const done = this.handle(req, res)
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

  private handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://proxy')
    const request: FaultRequest = { method: req.method ?? '', path: url.pathname, query: url.search.replace(/^\?/, ''), headers: req.headers }
    const startedAt = performance.now()
    const fault = this.faultRule?.(request)
    if (fault !== undefined) this.faultsInjected++
    const exchange: Exchange = {
      req,
      res,
      upstreamPort: this.upstreamPort,
      record: (outcome) =>
        this.entries.push({
          ...(fault ? { fault: fault.kind } : {}),
          method: request.method,
          path: request.path,
          query: request.query,
          ...outcome,
          userAgent: String(req.headers['user-agent'] ?? ''),
          startedAt,
          endedAt: performance.now(),
        }),
    }
    switch (fault?.kind) {
      case 'status':
        return answerInstead(exchange, fault)
      case 'reset':
        return resetConnection(exchange, fault)
      case 'stall':
        return stallThenForward(exchange, fault)
      case 'silent':
        return neverAnswer(exchange, fault)
      case 'stop-reading':
        return stopReading(exchange, fault)
      case 'page-tags':
        return pageTagList(exchange, fault)
      default:
        return forward(exchange, fault)
    }
  }
}
