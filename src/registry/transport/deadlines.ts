/**
 * The deadlines of every request, derived from one number: the budget, how long a registry may stay
 * silent while we wait on it (issue 12: "a registry that never answers fails within 60 s by default").
 * A `timeout` of 5 minutes for a slow link scales every deadline by 5 and lowers the minimum body
 * rate by 5.
 */
export interface Deadlines {
  /**
   * A registry origin that gives no sign of life (no response headers, no request body bytes taken)
   * for this long, while requests wait on it, fails all of them, retries and fallbacks included.
   */
  readonly budgetMs: number
  /**
   * TCP and TLS connection (undici `connect.timeout`): a sixth of the budget, but not under 1 s (or
   * the budget), which a busy runner's event loop can spend before it sees a loopback connect.
   */
  readonly connectMs: number
  /**
   * Response headers, counted after the request body was sent, per attempt of a request that may be
   * retried: a third of the budget leaves room for the retries. A request that will not be retried
   * (a finalizing blob PUT) may wait for the whole budget.
   */
  readonly headersMs: number
  /** Longest gap between two chunks of a response body (undici `bodyTimeout`). */
  readonly bodyMs: number
  /**
   * A body (response, or request body the registry reads) must move `progressMinBytes` in every
   * window of this length: an idle limit alone lets a registry that drips a byte a second hold a
   * request forever.
   */
  readonly progressWindowMs: number
  readonly progressMinBytes: number
}

/** The default budget: 60 s, as the product promises for a registry that never answers. */
export const DEFAULT_BUDGET_MS = 60_000

/**
 * 320 KiB per window: 16 KiB/s (128 kbit/s) over 20 s at the default budget, far below any link a CI
 * runner pushes over, far above a drip. A longer budget keeps the bytes and widens the window.
 */
const PROGRESS_MIN_BYTES = 320 * 1024

export function deadlinesFor(budgetMs: number = DEFAULT_BUDGET_MS): Deadlines {
  const third = Math.round(budgetMs / 3)
  return {
    budgetMs,
    connectMs: Math.max(Math.round(budgetMs / 6), Math.min(budgetMs, 1_000)),
    headersMs: third,
    bodyMs: third,
    progressWindowMs: third,
    progressMinBytes: PROGRESS_MIN_BYTES,
  }
}

export const DEFAULT_DEADLINES: Deadlines = deadlinesFor()

/** `20 s`, `1.5 s`, `250 ms`: a duration as messages show it. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  return `${Number((ms / 1000).toFixed(1))} s`
}
