/**
 * The budget of a registry that stays silent (issue 12). Per origin, the time since it last gave a
 * sign of life while at least one request waited on it: response headers, or request body bytes it
 * took. Every attempt waiting on a silent origin is aborted once that time reaches the budget, and
 * an attempt that starts after that fails at once. So retries, the fallbacks that swallow a network
 * error (a refused mount becomes an upload; a failed background ping is pinged again) and requests
 * that follow each other can never add up past the budget: the deadline belongs to the registry,
 * not to one request. A healthy registry answers, which resets its clock; a slow body is the
 * business of the progress rule (body-progress.ts).
 */

interface OriginState {
  /** Attempts sent and not answered yet. */
  waiting: number
  /** Since when the origin has been silent; undefined when nothing waits on it since its last answer. */
  quietSince: number | undefined
  lastEnded: number
}

/** One attempt's view: its abort signal fires when the origin's silence reaches the budget. */
export interface WatchedAttempt {
  readonly signal: AbortSignal
  /** The origin showed life (a request body chunk it took). */
  heard(): void
  /** The attempt is over: `answered` when response headers came. */
  end(answered: boolean): void
}

export class SilenceWatch {
  private readonly origins = new Map<string, OriginState>()

  constructor(
    private readonly budgetMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts watching one attempt; `silent` builds the abort reason from how long the origin was silent. */
  begin(origin: string, silent: (waitedMs: number) => Error): WatchedAttempt {
    const state = this.state(origin)
    const now = this.now()
    // Silence carries over from attempts that failed unanswered (that is what makes the budget
    // cover retries and fallbacks), unless we stopped asking for longer than the budget itself.
    if (state.waiting === 0 && (state.quietSince === undefined || now - state.lastEnded > this.budgetMs)) state.quietSince = now
    state.waiting++
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = () => {
      const since = state.quietSince ?? this.now()
      const left = since + this.budgetMs - this.now()
      if (left > 0) {
        timer = setTimeout(check, left)
        timer.unref()
        return
      }
      timer = undefined
      controller.abort(silent(this.now() - since))
    }
    check()
    let ended = false
    return {
      signal: controller.signal,
      heard: () => {
        state.quietSince = this.now()
      },
      end: (answered) => {
        if (ended) return
        ended = true
        if (timer !== undefined) clearTimeout(timer)
        state.waiting--
        const time = this.now()
        state.lastEnded = time
        if (answered) state.quietSince = state.waiting === 0 ? undefined : time
      },
    }
  }

  private state(origin: string): OriginState {
    let state = this.origins.get(origin)
    if (state === undefined) {
      state = { waiting: 0, quietSince: undefined, lastEnded: 0 }
      this.origins.set(origin, state)
    }
    return state
  }
}
