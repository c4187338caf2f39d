import * as runner from './action/runner/index.js'
import { readActionInputs, type StepInputs } from './action/inputs.js'
import type { CommandName, CommandValues } from './declarations/index.js'
import { annotateFindings } from './action/annotations.js'
import { runnerOutputs, writeFindingsOutput } from './action/output-sink.js'
import { StepRecord } from './action/step-record.js'
import { writeStepSummary } from './action/step-summary.js'
import { describeError, redactSecrets, errorMessage } from './errors.js'
import { PolicyFileError, PolicyViolationError } from './policy/errors.js'
import type { InputLocation } from './errors.js'

/**
 * The action: read inputs, run the command, write outputs. The one place where a failure becomes
 * an annotation, a job summary and exit code 1. Every exit sets `findings` and writes a summary.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // The raw input names the command in the summary even when the inputs do not parse.
  let record = new StepRecord(runner.getInput('command') || 'tags')
  try {
    const { step, ignored } = readActionInputs()
    record = new StepRecord(step.command)
    for (const warning of ignored) runner.warning(warning)
    await runStep(step, env, new Date(), record)
    writeFindingsOutput(record.findingsWith(), runnerOutputs(env))
  } catch (error) {
    reportFailure(error)
    await reportFailureElsewhere(record, error, env)
  }
}

/** A step's code, loaded when it runs: a tags step never parses the registry client. */
const STEPS: {
  readonly [C in CommandName]: () => Promise<(values: CommandValues<C>, env: NodeJS.ProcessEnv, now: Date, record: StepRecord) => Promise<void>>
} = {
  tags: async () => (await import('./action/tags-step.js')).runTagsStep,
  push: async () => (await import('./action/push-step.js')).runPushStep,
  promote: async () => (await import('./action/promote-step.js')).runPromoteStep,
  check: async () => (await import('./action/check-step.js')).runCheckStep,
  status: async () => (await import('./action/status-step.js')).runStatusStep,
}

async function runStep<C extends CommandName>(step: StepInputs<C>, env: NodeJS.ProcessEnv, now: Date, record: StepRecord): Promise<void> {
  const run = await STEPS[step.command as C]()
  await run(step.values as CommandValues<C>, env, now, record)
}

/** The error as annotations and exit code 1: one annotation per problem of a policy file, per refused finding. */
function reportFailure(error: unknown): void {
  if (error instanceof PolicyViolationError) annotateFindings(error.findings)
  if (error instanceof PolicyFileError) {
    // One annotation per problem, on its line of the policy file, instead of one for them all.
    for (const problem of error.problems) runner.error(`${problem.message}\nWhat to do: ${problem.hint}`, annotationAt(problem.location, 'policy file'))
    process.exitCode = 1
    return
  }
  runner.setFailed(describeError(error))
}

/**
 * The `findings` output and the job summary of a failed step. Neither may change the outcome: if
 * they cannot be written, a warning says so and the original error keeps the exit code and message.
 */
async function reportFailureElsewhere(record: StepRecord, error: unknown, env: NodeJS.ProcessEnv): Promise<void> {
  const findings = record.findingsWith(error)
  try {
    writeFindingsOutput(findings, runnerOutputs(env))
  } catch (outputError) {
    warnNotWritten('the findings output', outputError)
  }
  try {
    // Loaded on failure only, like each step's code: a successful step never parses it.
    const { buildFailureSummary } = await import('./action/failure-summary.js')
    await writeStepSummary(buildFailureSummary(record, error, findings))
  } catch (summaryError) {
    warnNotWritten('the job summary', summaryError)
  }
}

function warnNotWritten(what: string, error: unknown): void {
  runner.warning(redactSecrets(`${what} was not written: ${errorMessage(error)}`))
}

function annotationAt(location: InputLocation, title: string): runner.AnnotationProperties {
  return {
    title,
    ...(location.file !== undefined ? { file: location.file } : {}),
    ...(location.line !== undefined ? { startLine: location.line } : {}),
    ...(location.column !== undefined ? { startColumn: location.column } : {}),
  }
}
