import { InputError, ShiptagError, type InputLocation } from '../errors.js'

/**
 * A JavaScript regular expression the linear-time engine (RE2 syntax) cannot run: lookaround,
 * backreferences, set operations, or what RE2 itself refuses; the message names the construct as
 * written and where it is. Callers turn it into an `InputError` at their input.
 */
export class UnsupportedRegexError extends ShiptagError {
  constructor(message: string, hint: string) {
    super(message, { hint })
  }
}

/**
 * Matching would exceed the work budget (compiled instructions × characters of input): RE2 runs in
 * time linear in both, so this bounds the time of any one match. Callers turn it into an `InputError`.
 */
export class RegexBudgetError extends ShiptagError {
  constructor(
    readonly programSize: number,
    readonly inputLength: number,
    readonly budget: number,
  ) {
    super(
      `matching it against an input of ${inputLength} characters would take ${programSize} instructions × ${inputLength} characters, over the budget of ${budget}`,
      { hint: 'shorten the input, or simplify the expression (large counted repetitions such as (.*a){50} compile to many instructions)' },
    )
  }
}

/**
 * Rethrows a regex error as an `InputError` at the user's input, `subject` naming the pattern
 * (`pattern "v(?=1)"`, `"re:(a|a)*b"`); any other error passes through unchanged.
 */
export function rethrowAtInput(error: unknown, where: InputLocation, subject: string): never {
  if (error instanceof UnsupportedRegexError) throw new InputError(where, `${subject} ${error.message}`, { hint: error.hint ?? '' })
  if (error instanceof RegexBudgetError) throw new InputError(where, `${subject}: ${error.message}`, { hint: error.hint ?? '' })
  throw error
}
