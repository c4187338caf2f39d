import { ShiptagError } from '../errors.js'
import { redactUserInfo } from './user-info.js'

/** What is wrong with a reference, as a stable code that callers and tests can switch on. */
export type InvalidReferenceReason =
  | 'empty'
  | 'user-info'
  | 'whitespace'
  | 'scheme'
  | 'image-id'
  | 'missing-name'
  | 'missing-repository'
  | 'invalid-registry'
  | 'uppercase-path'
  | 'invalid-path'
  | 'path-too-long'
  | 'invalid-tag'
  | 'tag-too-long'
  | 'invalid-digest'
  | 'digest-length'
  | 'unsupported-digest-algorithm'
  | 'unexpected-tag-or-digest'

/** One specific problem found by a validator: `detail` says what is wrong, `hint` what to do. */
export interface ReferenceProblem {
  readonly reason: InvalidReferenceReason
  readonly detail: string
  readonly hint: string
}

/** What kind of value was being parsed, for the first words of the message. */
export type ReferenceSubject = 'image reference' | 'repository' | 'digest'

/**
 * Long inputs are cut in messages: a reference comes from user files (a deployment manifest in a
 * pull request, say), and one stray line must not flood the log.
 */
const MAX_QUOTED_LENGTH = 300

/**
 * Quotes a user value for a message. JSON escaping turns newlines and control characters into
 * visible escapes, so an input cannot start a new log line (GitHub workflow commands such as
 * `::add-mask::` are only recognised at the start of a line).
 */
export function quote(value: string): string {
  const shown = value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value
  return JSON.stringify(shown)
}

/**
 * A reference, repository name or digest that does not follow the distribution reference grammar.
 * The message names the input and the specific problem; `hint` says how to fix it.
 */
export class InvalidReferenceError extends ShiptagError {
  /** The value as the user wrote it, but for user info (`https://user:token@…`), shown as `***`. */
  readonly input: string
  readonly reason: InvalidReferenceReason

  constructor(input: string, problem: ReferenceProblem, subject: ReferenceSubject = 'image reference') {
    const shown = redactUserInfo(input)
    super(`invalid ${subject} ${quote(shown)}: ${problem.detail}`, { hint: problem.hint })
    this.input = shown
    this.reason = problem.reason
  }
}
