import * as core from '@actions/core'
import { readActionInputs } from './action/inputs.js'
import { runPromoteStep } from './action/promote-step.js'
import { runPushStep } from './action/push-step.js'
import { runTagsStep } from './action/tags-step.js'
import { annotateFindings } from './action/annotations.js'
import { describeError } from './errors.js'
import { PolicyViolationError } from './policy/index.js'

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
      default:
        // readActionInputs refuses commands that have not landed; reaching here is a bug.
        throw new Error(`command "${inputs.command}" has no handler`)
    }
  } catch (error) {
    if (error instanceof PolicyViolationError) annotateFindings(error.findings)
    core.setFailed(describeError(error))
  }
}
