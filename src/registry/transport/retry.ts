import { RegistryUnreachableError } from '../errors.js'
import { MAX_SMALL_BODY_BYTES } from './body.js'
import { isDefiniteAnswer, isRetryableStatus, ociErrorCodes } from './retryable.js'
import type { HttpRequest, HttpResponse, Send } from './types.js'

export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number
  readonly baseDelayMs: number
  /** Longest wait, for the backoff and for `Retry-After`; a longer `Retry-After` fails at once. */
  readonly maxDelayMs: number
  readonly sleep: (ms: number) => Promise<void>
  readonly now: () => number
  /** In [0, 1); jitter. */
  readonly random: () => number
  /**
   * No retry is started, and no wait begun, that would end past this long after the first attempt
   * (issue 12: retries must not multiply the wait). The silence budget (silence.ts) bounds the
   * attempts themselves; this bounds the waits between them, `Retry-After` included.
   */
  readonly budgetMs?: number
}

/** ggcr's policy: 1 s, ×3, 3 tries (docs/registry-protocol.md#retries); `Retry-After` capped at 60 s. */
export const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 1_000, maxDelayMs: 60_000 } as const

const BACKOFF_FACTOR = 3

/**
 * `Retry-After` as milliseconds to wait from `nowMs`: delta-seconds or an HTTP-date (RFC 9110,
 * https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3; containers/image `parseRetryAfter`). undefined when absent or unreadable; a date in the
 * past is 0.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  if (!/[a-z]/i.test(text)) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs)
}

/** Exponential backoff with jitter: base × 3^(attempt−1), scaled into [50 %, 100 %), capped. */
export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: number): number {
  const full = policy.baseDelayMs * BACKOFF_FACTOR ** (attempt - 1)
  return Math.min(policy.maxDelayMs, Math.round(full * (0.5 + random / 2)))
}

/**
 * How long to wait before trying `request` again after `response`, or undefined when it must not be
 * retried: not idempotent, not a retryable status, out of attempts, or told to wait longer than the
 * cap (fail fast with the registry's answer rather than sleep for hours in CI, docs/registry-protocol.md#retries).
 */
export function retryDelay(
  request: Pick<HttpRequest, 'idempotent'>,
  response: Pick<HttpResponse, 'status' | 'headers'>,
  attempt: number,
  policy: RetryPolicy,
): number | undefined {
  if (!request.idempotent || !isRetryableStatus(response.status) || attempt >= policy.attempts) return undefined
  // Docker Hub: the pull quota is spent, and waiting a few seconds will not bring it back.
  if (response.status === 429 && /^0(;|$)/.test(response.headers.get('ratelimit-remaining') ?? '')) return undefined
  const told = parseRetryAfter(response.headers.get('retry-after'), policy.now())
  if (told !== undefined) return told > policy.maxDelayMs ? undefined : told
  return backoffDelay(attempt, policy, policy.random())
}

/**
 * Sends idempotent requests again on network errors and on 408/429/5xx (docs/registry-protocol.md#retries), within the budget,
 * except a 5xx whose body names a code that answers the request (retryable.ts): that one, as the
 * last response, is returned as it is, for the caller to turn into an error with the registry's
 * own words.
 */
export function withRetry(send: Send, policy: RetryPolicy): Send {
  return async (request: HttpRequest): Promise<HttpResponse> => {
    const started = policy.now()
    const withinBudget = (delay: number) => policy.budgetMs === undefined || policy.now() + delay - started <= policy.budgetMs
    for (let attempt = 1; ; attempt++) {
      let response: HttpResponse
      try {
        response = await send(request)
      } catch (error) {
        const again = error instanceof RegistryUnreachableError && error.temporary && request.idempotent && attempt < policy.attempts
        const delay = backoffDelay(attempt, policy, policy.random())
        if (!again || !withinBudget(delay)) throw error
        await policy.sleep(delay)
        continue
      }
      const delay = retryDelay(request, response, attempt, policy)
      if (delay === undefined || !withinBudget(delay)) return response
      if (response.status >= 500 && (await namesDefiniteCode(response))) return response
      await response.body.dump()
      await policy.sleep(delay)
    }
  }
}

/** A body that breaks while being read names nothing: the request is retried as any 5xx. */
async function namesDefiniteCode(response: HttpResponse): Promise<boolean> {
  try {
    return isDefiniteAnswer(ociErrorCodes(await response.body.hold(MAX_SMALL_BODY_BYTES)))
  } catch {
    return false
  }
}
