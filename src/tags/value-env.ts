/**
 * What one rule produces before prefix/suffix and sanitising, and what it contributes to the
 * `latest` decision under `latest=auto`.
 */
import type { GitContext } from '../context/types.js'
import type { Expressions } from './expressions.js'
import type { ValueChange } from './value-changes.js'

export interface TagValue {
  readonly value: string
  /** Whether this entry asks for `latest` under `flavor latest=auto`. */
  readonly latest: boolean
}

/** What the per-type value functions may read. */
export interface ValueEnv {
  readonly context: GitContext
  /** The sha in use (see `revisionSha`). */
  readonly sha: string
  readonly shortShaLength: number
  readonly expressions: Expressions
  readonly warn: (message: string) => void
  /** Records a value the engine changed (sanitised, shortened, dropped), which also warns. */
  readonly changed: (change: ValueChange) => void
}
