import * as core from '@actions/core'
import { redactSecrets } from '../errors.js'

/**
 * Appends a section to the job summary (GITHUB_STEP_SUMMARY), with every secret received so far
 * redacted: the summary quotes registry answers and errors, and the runner masks only its log.
 * A summary that cannot be written is a warning, never the step's outcome: a push that succeeded
 * stays a success, and a failed step keeps its own error and exit code.
 */
export async function writeStepSummary(html: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(redactSecrets(html), true).write()
  } catch (error) {
    core.summary.emptyBuffer()
    core.warning(redactSecrets(`the job summary was not written: ${error instanceof Error ? error.message : String(error)}`))
  }
}
