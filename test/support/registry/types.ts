/** The contract of the real-registry test harness (see index.ts). */

export type RegistryAuthMode = 'anonymous' | 'htpasswd' | 'token'

export type RepositoryAction = 'pull' | 'push' | 'delete' | '*'

export interface RegistryUser {
  readonly username: string
  readonly password: string
  /** Token mode: what the token server grants, by repository glob (`*`, `acme/*`, `acme/app`). */
  readonly grants?: readonly { readonly repository: string; readonly actions: readonly RepositoryAction[] }[]
}

export interface StartRegistryOptions {
  readonly auth?: RegistryAuthMode
  /** Default: `pusher`/`pusher-secret` with pull+push on everything, `reader`/`reader-secret` with pull only. */
  readonly users?: readonly RegistryUser[]
}

/** One request as the registry logged it. */
export interface AccessLogEntry {
  readonly method: string
  /** Path without the query, e.g. `/v2/acme/app/blobs/uploads/`. */
  readonly path: string
  /** Raw query string without `?`, '' when none. */
  readonly query: string
  /** The registry's status (a `status` fault's own); 0 when the request never reached the registry. */
  readonly status: number
  /** Response body bytes, as the registry (or a `status` fault) sent them. */
  readonly bytesSent: number
  /** Request body bytes the proxy received, 0 when none. */
  readonly bytesReceived: number
  readonly userAgent: string
  /** Set when a fault rule answered or broke this request. */
  readonly fault?: FaultKind
  /**
   * When the proxy received the request and when it finished with it (answered or cut), in ms on
   * the test process's `performance.now()` clock: which requests were in flight together.
   */
  readonly startedAt: number
  readonly endedAt: number
}

/** What the proxy does instead of a faithful pass-through. */
export type Fault =
  /** Answer with this status without forwarding (the request body is read and dropped). */
  | { readonly kind: 'status'; readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string }
  /** Forward, let the registry act, then cut the client's connection instead of answering. */
  | { readonly kind: 'lose-response' }
  /**
   * Cut the client's connection without forwarding: at once for a request without a body, else once
   * `afterBytes` of the body arrived (default: half of its Content-Length), i.e. mid-upload; an
   * `afterBytes` of the Content-Length or more cuts once the whole body arrived.
   */
  | { readonly kind: 'reset'; readonly afterBytes?: number }
  /**
   * Hold the request `ms`, or until `until` settles when that comes first (its body is read
   * meanwhile), then forward it. A client that gives up first (a timeout) closes the connection:
   * the request is then never forwarded. `until` lets a test release the request on an event (another
   * request arriving) instead of guessing how long that takes.
   */
  | { readonly kind: 'stall'; readonly ms: number; readonly until?: Promise<unknown> }
  /**
   * Forward; answer with the registry's status and headers, but end the body after `bytes` bytes
   * (never the whole body: at most Content-Length − 1) and cut the connection.
   */
  | { readonly kind: 'truncate'; readonly bytes: number }
  /** Forward; answer faithfully except one byte of the body, at `at` (default: the middle), flipped. */
  | { readonly kind: 'corrupt'; readonly at?: number }
  /**
   * Read the request and its body, then never answer: the connection stays open until the client
   * gives up. With `processingEveryMs`, a `102 Processing` interim answer every so often, which
   * keeps undici's header timer from firing (it restarts on every 1xx).
   */
  | { readonly kind: 'silent'; readonly processingEveryMs?: number }
  /** Forward; relay the registry's status and headers at once, then its body one byte every `everyMs`. */
  | { readonly kind: 'drip'; readonly everyMs: number }
  /** Forward; relay the registry's status and headers at once, then its body at a steady `bytesPerSecond`. */
  | { readonly kind: 'throttle'; readonly bytesPerSecond: number }
  /**
   * Forward; answer faithfully with these headers added: a registry that says more than
   * distribution 2.8 does, e.g. `OCI-Subject` after a manifest PUT (a registry with the referrers API).
   */
  | { readonly kind: 'add-headers'; readonly headers: Readonly<Record<string, string>> }
  /**
   * Read `afterBytes` of the request body, then stop reading it and never answer (a registry that
   * hangs mid-upload); the connection is cut after `ms`, since a socket nobody reads never learns
   * that its client left.
   */
  | { readonly kind: 'stop-reading'; readonly afterBytes: number; readonly ms: number }
  /**
   * For GET tags/list: answer one page of the registry's real list, `size` names (or the request's
   * `n`) after `last=` in lexical order, with a `Link` to the next page while more remain: a
   * registry that pages, which distribution 2.8 never does (paged-tags.ts).
   */
  | { readonly kind: 'page-tags'; readonly size: number }

export type FaultKind = Fault['kind']

export interface FaultRequest {
  readonly method: string
  readonly path: string
  readonly query: string
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
}

/** Decides per request; `undefined` passes it through. */
export type FaultRule = (request: FaultRequest) => Fault | undefined

export interface TestRegistry {
  /** `127.0.0.1:PORT`: the registry name to use in references. */
  readonly host: string
  /** `http://127.0.0.1:PORT` */
  readonly url: string
  readonly auth: RegistryAuthMode
  readonly users: readonly RegistryUser[]
  /** Token mode: the token server's URL. */
  readonly tokenServerUrl?: string
  /** Requests logged since start or the last reset, in order, excluding the token server's. */
  accessLog(): Promise<AccessLogEntry[]>
  resetAccessLog(): Promise<void>
  /** Offers every later request to `rule` (the proxy's fault injection); `undefined` clears it. */
  injectFaults(rule: FaultRule | undefined): void
  stop(): Promise<void>
}
