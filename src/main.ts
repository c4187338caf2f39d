import * as core from '@actions/core'
import { readActionInputs } from './action/inputs.js'
import { runCheckStep } from './action/check-step.js'
import { runPromoteStep } from './action/promote-step.js'
import { runPushStep } from './action/push-step.js'
import { runTagsStep } from './action/tags-step.js'
import { annotateFindings } from './action/annotations.js'
import { describeError } from './errors.js'
import { PolicyFileError, PolicyViolationError } from './policy/index.js'
import type { InputLocation } from './errors.js'

/**
 * The action: read inputs, run the command, write outputs. The one place where a failure becomes
 * an annotation and exit code 1.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readActionInputs()
    const now = new Date()
    switch (inputs.command) {
      case 'tags':
        await runTagsStep(inputs, env, now)
        break
      case 'push':
        await runPushStep(inputs, env, now)
        break
      case 'promote':
        await runPromoteStep(inputs, env, now)
        break
      case 'check':
        await runCheckStep(inputs, env, now)
        break
      default:
        // readActionInputs refuses commands that have not landed; reaching here is a bug.
        throw new Error(`command "${inputs.command}" has no handler`)
    }
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
