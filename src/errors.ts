/**
 * Typed errors shared by every layer. Each carries what a user needs to act: where the problem is,
 * what was expected, and what to do. None may ever hold a secret. Only `main.ts` and `cli.ts` turn
 * them into exit codes.
 */
import { redactSecrets } from './secrets.js'

export { REDACTED, redactSecrets, rememberSecret } from './secrets.js'

/**
 * Base class: `hint` says what to do about it. Message and hint are scrubbed of every secret received
 * so far (secrets.ts): whatever text an error quotes, a known secret never leaves in it.
 */
export class ShiptagError extends Error {
  readonly hint: string | undefined

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(redactSecrets(message), options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.hint = options.hint === undefined ? undefined : redactSecrets(options.hint)
  }
}

/** Where in the user's input a problem sits: an action input / CLI flag, or a file, with a 1-based line. */
export interface InputLocation {
  /** Action input or CLI option name, e.g. `tags`. */
  readonly input?: string
  /** File path, when the input came from a file (policy file, event payload). */
  readonly file?: string
  /** 1-based line within the input value or the file. */
  readonly line?: number
  /** 1-based column. */
  readonly column?: number
}

/**
 * Bad user input: exit code 1, nothing written anywhere. Location, detail and hint stay apart, so a
 * caller that lists problems itself (the policy file's) takes the parts, never edits the message.
 */
export class InputError extends ShiptagError {
  readonly location: InputLocation
  /** What is wrong, without the location (scrubbed of secrets like the message). */
  readonly detail: string

  constructor(location: InputLocation, detail: string, options: { hint?: string; cause?: unknown } = {}) {
    super(`${describeLocation(location)}: ${detail}`, options)
    this.location = location
    this.detail = redactSecrets(detail)
  }
}

/** `input "tags", line 3` / `.github/image-policy.yml:4:7` */
export function describeLocation(location: InputLocation): string {
  const parts: string[] = []
  if (location.file !== undefined) {
    let where = location.file
    if (location.line !== undefined) where += `:${location.line}`
    if (location.line !== undefined && location.column !== undefined) where += `:${location.column}`
    parts.push(where)
    if (location.input !== undefined) parts.push(`(input "${location.input}")`)
  } else if (location.input !== undefined) {
    let where = `input "${location.input}"`
    if (location.line !== undefined) where += `, line ${location.line}`
    if (location.column !== undefined) where += `, column ${location.column}`
    parts.push(where)
  }
  return parts.length > 0 ? parts.join(' ') : 'input'
}

/**
 * The text a user sees for a failure: the message, then what to do. An error we did not type is a
 * bug of ours, and says so.
 */
export function describeError(error: unknown): string {
  if (error instanceof ShiptagError) {
    return redactSecrets(error.hint === undefined ? error.message : `${error.message}\nWhat to do: ${error.hint}`)
  }
  return redactSecrets(`unexpected error: ${errorMessage(error)}\nWhat to do: this is a bug in shiptag; please report it with the log of this step.`)
}

/** The message of anything thrown: an Error's own, else its string form (a library may throw a string). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
