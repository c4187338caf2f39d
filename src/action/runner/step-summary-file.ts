import { constants } from 'node:fs'
import { access, appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'

/**
 * The job summary: Markdown (HTML allowed) appended to the file the runner names in
 * GITHUB_STEP_SUMMARY (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#adding-a-job-summary).
 * Each section ends with a line break, so the next one starts on a line of its own.
 */
export async function appendStepSummary(text: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<void> {
  const path = env.GITHUB_STEP_SUMMARY
  if (!path) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.')
  try {
    // The runner creates the file before the step; one that cannot be read and written is an earlier step's doing.
    await access(path, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`)
  }
  await appendFile(path, text + EOL, { encoding: 'utf8' })
}
