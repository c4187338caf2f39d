/**
 * The progress rule of a body in flight (issue 12): at least `minBytes` in every window of `windowMs`.
 * undici's own idle limit (`bodyTimeout`) is refreshed by every chunk, so a registry that drips one
 * byte every 2 s never trips it; a minimum per window does. The rule only blames the registry when it
 * is the slow side: bytes waiting in our buffers mean our own consumer (or producer) is the
 * bottleneck, e.g. the destination of a promotion that reads slowly from its source.
 *
 * One timer per body, re-armed with `refresh()` at each window; a chunk costs two additions.
 */
export interface ProgressRule {
  readonly windowMs: number
  readonly minBytes: number
}

export interface BodyProgressOptions {
  readonly rule: ProgressRule
  /** True when the registry is the slow side at this moment (nothing waits in our buffers). */
  readonly registryIsBehind: () => boolean
  /** Called once, when a window moved fewer bytes than the rule asks; the body is to be destroyed. */
  readonly tooSlow: (bytesInWindow: number) => void
  /** At the end of every window that passed the rule, with the bytes moved so far. */
  readonly onWindow?: (bytesSoFar: number) => void
  /**
   * A body read whole (a manifest, a tag page, a token, an error: capped, never a blob) must also end
   * within this many windows, however fast it crawls: otherwise a registry sending 16 MiB of tag page
   * at just over the minimum rate holds the step for a quarter of an hour.
   */
  readonly wholeWithin?: { readonly windows: number; readonly tooLong: (bytesSoFar: number) => void }
}

export class BodyProgress {
  private inWindow = 0
  private total = 0
  private windows = 0
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly options: BodyProgressOptions) {}

  start(): void {
    if (this.timer !== undefined) return
    this.timer = setTimeout(() => this.endOfWindow(), this.options.rule.windowMs)
    this.timer.unref()
  }

  add(count: number): void {
    this.inWindow += count
    this.total += count
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
  }

  private endOfWindow(): void {
    if (this.inWindow < this.options.rule.minBytes && this.options.registryIsBehind()) {
      this.options.tooSlow(this.inWindow)
      return
    }
    const whole = this.options.wholeWithin
    if (whole !== undefined && ++this.windows >= whole.windows) {
      whole.tooLong(this.total)
      return
    }
    this.inWindow = 0
    this.options.onWindow?.(this.total)
    this.timer?.refresh()
  }
}
