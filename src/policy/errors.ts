import { InputError, ShiptagError, describeLocation, type InputLocation } from '../errors.js'
import type { Finding } from './types.js'

export interface PolicyProblem {
  readonly location: InputLocation
  readonly message: string
  readonly hint: string
}

/** The policy file is malformed: every problem with its file, line and column; nothing runs. */
export class PolicyFileError extends InputError {
  constructor(readonly problems: readonly PolicyProblem[]) {
    const [first, ...rest] = problems
    const more = rest.map((problem) => `\n${describeLocation(problem.location)}: ${problem.message}`).join('')
    super(first!.location, `${first!.message}${more}`, { hint: first!.hint })
  }
}

/** Policy refused what the command was about to write; nothing was written. */
export class PolicyViolationError extends ShiptagError {
  constructor(readonly findings: readonly Finding[]) {
    const errors = findings.filter((finding) => finding.level === 'error')
    const lines = errors.map((finding) => `[${finding.rule}] ${finding.location?.file ? `${describeLocation(finding.location)}: ` : ''}${finding.message}`)
    super(`policy refused it, nothing was written:\n${lines.join('\n')}`, { hint: [...new Set(errors.map((finding) => finding.hint))].join('; ') })
  }
}
