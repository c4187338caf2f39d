import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backoffDelay, DEFAULT_RETRY } from './retry.js'
import { DEFAULT_DEADLINES, deadlinesFor, formatDuration } from './deadlines.js'
import { SilenceWatch } from './silence.js'

describe('deadlinesFor', () => {
  it.each([
    { budgetMs: 60_000, connectMs: 10_000, headersMs: 20_000, windowMs: 20_000 },
    { budgetMs: 300_000, connectMs: 50_000, headersMs: 100_000, windowMs: 100_000 },
    { budgetMs: 3_000, connectMs: 1_000, headersMs: 1_000, windowMs: 1_000 },
    { budgetMs: 1_000, connectMs: 1_000, headersMs: 333, windowMs: 333 },
  ])('a budget of $budgetMs ms: connect $connectMs, headers $headersMs, progress window $windowMs', ({ budgetMs, connectMs, headersMs, windowMs }) => {
    const deadlines = deadlinesFor(budgetMs)
    expect(deadlines).toEqual({ budgetMs, connectMs, headersMs, bodyMs: headersMs, progressWindowMs: windowMs, progressMinBytes: 320 * 1024 })
  })

  it('defaults to 60 s, the product budget for a registry that never answers', () => {
    expect(DEFAULT_DEADLINES.budgetMs).toBe(60_000)
  })

  it('keeps the minimum rate of a body far below a slow link and far above a drip', () => {
    const bytesPerSecond = DEFAULT_DEADLINES.progressMinBytes / (DEFAULT_DEADLINES.progressWindowMs / 1000)
    expect(bytesPerSecond).toBeGreaterThan(1) // a byte every 2 s fails
    expect(bytesPerSecond).toBeLessThanOrEqual(16 * 1024) // 128 kbit/s passes
  })

  // Without the silence budget, three tries of a request that never gets headers would wait
  // 3 × 20 s plus the backoff: more than the budget. The budget is what holds the total.
  it('needs the silence budget: the tries alone would wait longer than 60 s', () => {
    const tries = DEFAULT_RETRY.attempts * DEFAULT_DEADLINES.headersMs
    const backoff = [1, 2].reduce((sum, attempt) => sum + backoffDelay(attempt, DEFAULT_RETRY, 0.999999), 0)
    expect(tries + backoff).toBeGreaterThan(DEFAULT_DEADLINES.budgetMs)
  })
})

describe('formatDuration', () => {
  it.each([
    [250, '250 ms'],
    [1000, '1 s'],
    [1500, '1.5 s'],
    [2001, '2 s'],
    [60_000, '60 s'],
  ])('%i → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('SilenceWatch', () => {
  let clock = 0
  const now = () => clock
  const advance = async (ms: number) => {
    clock += ms
    await vi.advanceTimersByTimeAsync(ms)
  }
  const reason = (waitedMs: number) => new Error(`silent ${waitedMs}`)

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    clock = 0
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('aborts an attempt that hears nothing for the budget, with how long it waited', async () => {
    const attempt = new SilenceWatch(60_000, now).begin('https://r', reason)
    await advance(59_999)
    expect(attempt.signal.aborted).toBe(false)
    await advance(1)
    expect((attempt.signal.reason as Error).message).toBe('silent 60000')
  })

  it('counts retries and fallbacks against one budget: a new attempt after an unanswered one keeps the clock', async () => {
    const watch = new SilenceWatch(60_000, now)
    const first = watch.begin('https://r', reason)
    await advance(20_000)
    first.end(false)
    await advance(4_000)
    const second = watch.begin('https://r', reason)
    await advance(20_000)
    second.end(false)
    const third = watch.begin('https://r', reason)
    await advance(15_999)
    expect(third.signal.aborted).toBe(false)
    await advance(1)
    expect(third.signal.aborted).toBe(true)
    expect(watch.begin('https://r', reason).signal.aborted).toBe(true)
  })

  it('restarts the clock on every sign of life: a long upload the registry keeps reading never trips it', async () => {
    const attempt = new SilenceWatch(60_000, now).begin('https://r', reason)
    for (let i = 0; i < 10; i++) {
      await advance(50_000)
      attempt.heard()
    }
    expect(attempt.signal.aborted).toBe(false)
  })

  it('gives a fresh budget after an answer, and keeps origins apart', async () => {
    const watch = new SilenceWatch(60_000, now)
    const answered = watch.begin('https://r', reason)
    await advance(50_000)
    answered.end(true)
    const other = watch.begin('https://other', reason)
    await advance(59_000)
    const next = watch.begin('https://r', reason)
    await advance(59_000)
    expect(next.signal.aborted).toBe(false)
    await advance(1_000)
    expect(other.signal.aborted).toBe(true)
  })

  it('forgets an old silence once nothing was asked for longer than the budget', async () => {
    const watch = new SilenceWatch(60_000, now)
    watch.begin('https://r', reason).end(false)
    await advance(61_000)
    expect(watch.begin('https://r', reason).signal.aborted).toBe(false)
  })
})
