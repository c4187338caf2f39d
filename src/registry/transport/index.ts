/**
 * The HTTP layer: undici, redirects, retries. The order the concerns wrap in is decided here and
 * nowhere else:
 *
 *   retry (within the budget) → redirect (+ scheme pin, SSRF guard) → http (User-Agent,
 *   Content-Length, stats, Warning, deadlines: silence budget per origin, body progress rule)
 *
 * Authentication wraps this from the outside (auth/), so a retried request is re-authorized and a
 * redirect strips the credentials auth added.
 */
import { createHttpSender, type HttpSenderOptions } from './http.js'
import { followRedirects } from './redirect.js'
import { withRetry, type RetryPolicy } from './retry.js'
import type { Send } from './types.js'

export interface TransportOptions extends HttpSenderOptions {
  readonly retry: RetryPolicy
}

export function createTransport(options: TransportOptions): Send {
  return withRetry(followRedirects(createHttpSender(options)), options.retry)
}

export { createDispatcher } from './http.js'
export { DEFAULT_BUDGET_MS, DEFAULT_DEADLINES, deadlinesFor, type Deadlines } from './deadlines.js'
export type { TransferProgress } from './request-body-watch.js'
export { SilenceWatch } from './silence.js'
export { DEFAULT_RETRY, type RetryPolicy } from './retry.js'
export { MAX_SMALL_BODY_BYTES, type ResponseBody } from './body.js'
export { endpointFor, isLoopbackHostname, type Endpoint } from './endpoint.js'
export type { ResponseHeaders } from './headers.js'
export { redactUrl } from './redact.js'
export { StatsBook } from './stats.js'
export type { HttpMethod, HttpRequest, HttpResponse, RequestBody, RequestContext, Send } from './types.js'
export { resolveServerUrl } from './url-guard.js'
