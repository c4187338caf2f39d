import type { RequestStats } from '../api.js'

/** Which of a registry's counters a request adds to. */
export type RequestKind = 'registry' | 'auth' | 'off-host'

interface Counters {
  requests: number
  authRequests: number
  offHostRequests: number
  bytesSent: number
  bytesReceived: number
}

const ZERO: RequestStats = { requests: 0, authRequests: 0, offHostRequests: 0, bytesSent: 0, bytesReceived: 0 }

/**
 * Per-registry counters. `requests` counts requests to the registry's own origin, so it equals the
 * registry's access log; token-endpoint requests and requests to other hosts (redirects to a CDN,
 * offloaded upload sessions) have their own counters. Bytes are request bodies sent and response
 * bodies read, for all of them.
 */
export class StatsBook {
  private readonly byRegistry = new Map<string, Counters>()

  request(registry: string, kind: RequestKind, bytesSent: number): void {
    const counters = this.counters(registry)
    if (kind === 'registry') counters.requests += 1
    else if (kind === 'auth') counters.authRequests += 1
    else counters.offHostRequests += 1
    counters.bytesSent += bytesSent
  }

  received(registry: string, bytes: number): void {
    this.counters(registry).bytesReceived += bytes
  }

  snapshot(registry: string): RequestStats {
    const counters = this.byRegistry.get(registry)
    return counters === undefined ? ZERO : { ...counters }
  }

  private counters(registry: string): Counters {
    let counters = this.byRegistry.get(registry)
    if (counters === undefined) {
      counters = { ...ZERO }
      this.byRegistry.set(registry, counters)
    }
    return counters
  }
}
