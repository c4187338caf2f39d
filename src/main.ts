import * as core from '@actions/core'
import { readActionInputs } from './action/inputs.js'
import { annotateFindings } from './action/annotations.js'
import { describeError } from './errors.js'
import { PolicyFileError, PolicyViolationError } from './policy/errors.js'
import type { InputLocation } from './errors.js'

/**
 * The action: read inputs, run the command, write outputs. The one place where a failure becomes
 * an annotation and exit code 1.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readActionInputs()
    const now = new Date()
    // Each step's code is loaded when it runs: a tags step never parses the registry client.
    const steps = {
      tags: async () => (await import('./action/tags-step.js')).runTagsStep,
      push: async () => (await import('./action/push-step.js')).runPushStep,
      promote: async () => (await import('./action/promote-step.js')).runPromoteStep,
      check: async () => (await import('./action/check-step.js')).runCheckStep,
    } as const
    await (await steps[inputs.command]())(inputs, env, now)
  } catch (error) {
    if (error instanceof PolicyViolationError) annotateFindings(error.findings)
    if (error instanceof PolicyFileError) {
      // One annotation per problem, on its line of the policy file, instead of one for them all.
      for (const problem of error.problems) core.error(`${problem.message}\nWhat to do: ${problem.hint}`, annotationAt(problem.location, 'policy file'))
      process.exitCode = 1
      return
    }
    core.setFailed(describeError(error))
  }
}

function annotationAt(location: InputLocation, title: string): core.AnnotationProperties {
  return {
    title,
    ...(location.file !== undefined ? { file: location.file } : {}),
    ...(location.line !== undefined ? { startLine: location.line } : {}),
    ...(location.column !== undefined ? { startColumn: location.column } : {}),
  }
}
