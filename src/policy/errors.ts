import { InputError, ShiptagError, describeLocation, type InputLocation } from '../errors.js'
import type { Finding } from './types.js'

export interface PolicyProblem {
  readonly location: InputLocation
  readonly message: string
  readonly hint: string
}

/**
 * The policy file is malformed: every problem with its file, line, column and what to do; nothing
 * runs. One problem reads as any input error; several are listed one a line, each followed by its
 * own "What to do" (issue 13: only the first had one).
 */
export class PolicyFileError extends InputError {
  constructor(readonly problems: readonly PolicyProblem[]) {
    const { location, message, hint } = listed(problems)
    super(location, message, { hint })
  }
}

function listed(problems: readonly PolicyProblem[]): PolicyProblem {
  const [first, ...rest] = problems
  if (rest.length === 0) return first!
  const list = problems.map((problem) => `\n${describeLocation(problem.location)}: ${problem.message}\n  What to do: ${problem.hint}`).join('')
  return {
    location: first!.location.file === undefined ? first!.location : { file: first!.location.file },
    message: `${problems.length} problems:${list}`,
    hint: 'fix every problem listed above; the policy is used only once all are fixed',
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
