import type { Fault, FaultKind, FaultRequest, FaultRule } from './types.js'

/** mulberry32: a 32-bit PRNG, enough to spread faults and small enough to read. Values in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a, 32 bits: turns a request's identity into PRNG seed material. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

export const ALL_FAULT_KINDS: readonly FaultKind[] = ['status', 'lose-response', 'reset', 'stall', 'truncate', 'corrupt']

export interface RandomFaultOptions {
  readonly seed: number
  /** Share of registry API requests broken, in [0, 1]. */
  readonly rate: number
  /** The kinds to draw from; each request draws among those that apply to it. Default: all. */
  readonly kinds?: readonly FaultKind[]
  /** How long a `stall` holds a request: longer than the client's timeout. */
  readonly stallMs: number
  /** Whether `reset` may cut blob uploads (PUT, PATCH) mid-body; default true. */
  readonly resetUploads?: boolean
}

export interface FaultCounter {
  injected: number
  readonly byKind: Partial<Record<FaultKind, number>>
}

/**
 * A fault schedule that is the same on every run with the same seed. Each decision is drawn from a
 * PRNG seeded by the seed and the request's identity (method, path with upload session ids blanked,
 * the digest of a closing PUT) and how many times that request was seen, not by arrival order, so
 * concurrent requests racing each other do not change which of them breaks. Only the registry API
 * (`/v2/…`) is hit: the token server is not behind the proxy. `truncate` and `corrupt` only spoil
 * GETs whose content the client can verify (blobs, manifests by digest): a manifest read by tag has
 * no digest to check against.
 */
export function randomFaults(options: RandomFaultOptions): { readonly rule: FaultRule; readonly counter: FaultCounter } {
  const counter: FaultCounter = { injected: 0, byKind: {} }
  const kinds = options.kinds ?? ALL_FAULT_KINDS
  const seen = new Map<string, number>()
  const rule: FaultRule = (request) => {
    if (!request.path.startsWith('/v2/')) return undefined
    const identity = requestIdentity(request)
    const occurrence = seen.get(identity) ?? 0
    seen.set(identity, occurrence + 1)
    const random = mulberry32(fnv1a(`${options.seed}\u0000${identity}\u0000${occurrence}`))
    if (random() >= options.rate) return undefined
    const applicable = kinds.filter((kind) => applies(kind, request, options))
    if (applicable.length === 0) return undefined
    const fault = faultOf(applicable[Math.floor(random() * applicable.length)]!, random, options)
    counter.injected++
    counter.byKind[fault.kind] = (counter.byKind[fault.kind] ?? 0) + 1
    return fault
  }
  return { rule, counter }
}

function requestIdentity(request: FaultRequest): string {
  const path = request.path.replace(/\/blobs\/uploads\/[^/]+$/, '/blobs/uploads/<session>')
  const digest = new URLSearchParams(request.query).get('digest') ?? ''
  return `${request.method} ${path} ${digest}`
}

function applies(kind: FaultKind, request: FaultRequest, options: RandomFaultOptions): boolean {
  if (kind === 'reset')
    return options.resetUploads !== false || !request.path.includes('/blobs/uploads/') || (request.method !== 'PUT' && request.method !== 'PATCH')
  if (kind !== 'truncate' && kind !== 'corrupt') return true
  return request.method === 'GET' && (request.path.includes('/blobs/sha256:') || request.path.includes('/manifests/sha256:'))
}

const STATUSES = [500, 502, 503, 429] as const

function faultOf(kind: FaultKind, random: () => number, options: RandomFaultOptions): Fault {
  switch (kind) {
    case 'status': {
      const status = STATUSES[Math.floor(random() * STATUSES.length)]!
      return status === 429 ? { kind, status, headers: { 'retry-after': '1' }, body: 'slow down' } : { kind, status, body: 'injected failure' }
    }
    case 'stall':
      return { kind, ms: options.stallMs }
    case 'truncate':
      return { kind, bytes: Math.floor(random() * 4096) }
    case 'corrupt':
    case 'lose-response':
    case 'reset':
      return { kind }
    case 'silent':
    case 'drip':
    case 'throttle':
    case 'stop-reading':
      // Each costs a deadline's worth of waiting: tests inject them on purpose, never at random.
      throw new Error(`fault kind ${kind} is not drawn at random`)
    case 'add-headers':
    case 'page-tags':
      // Not failures: they make the registry behave as others do (a capability, paging), which a test asks for on purpose.
      throw new Error(`fault kind ${kind} is not drawn at random`)
  }
}

/** `7 (status 3, reset 2, stall 2)` */
export function describeFaultCount(counter: FaultCounter): string {
  const parts = ALL_FAULT_KINDS.filter((kind) => (counter.byKind[kind] ?? 0) > 0).map((kind) => `${kind} ${counter.byKind[kind]}`)
  return parts.join(', ') || 'none'
}
