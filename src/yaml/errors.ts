import { InputError, type InputLocation } from '../errors.js'

/**
 * A YAML file goes past one of the reading limits (limits.ts). It names the file, the line and
 * column where the limit was reached, and what to do; nothing of the file is used.
 */
export class YamlLimitError extends InputError {
  constructor(
    readonly where: Required<Pick<InputLocation, 'file' | 'line' | 'column'>>,
    /** The sentence without the location prefix, for callers that report their own location. */
    readonly reason: string,
    hint: string,
  ) {
    super(where, reason, { hint })
  }
}
