import * as runner from './runner/index.js'
import { redactSecrets, errorMessage } from '../errors.js'

/**
 * GitHub shows at most 1 MiB of job summary per step and drops a larger one whole
 * (https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary);
 * a section stops short of that, leaving room for what else the step wrote.
 */
export const MAX_SUMMARY_BYTES = 960 * 1024

/**
 * Appends a section to the job summary (GITHUB_STEP_SUMMARY), with every secret received so far
 * redacted: the summary quotes registry answers and errors, and the runner masks only its log.
 * A summary that cannot be written is a warning, never the step's outcome: a push that succeeded
 * stays a success, and a failed step keeps its own error and exit code.
 */
export async function writeStepSummary(html: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await runner.appendStepSummary(fitSummary(redactSecrets(html)))
  } catch (error) {
    runner.warning(redactSecrets(`the job summary was not written: ${errorMessage(error)}`))
  }
}

/**
 * The section as is when it fits in `limit` bytes; else cut at the last line break before the limit
 * (whatever made it long: an error quoting a large answer, thousands of findings), with a note of
 * what was left out, so GitHub shows the summary instead of dropping all of it.
 */
export function fitSummary(html: string, limit: number = MAX_SUMMARY_BYTES): string {
  const bytes = Buffer.byteLength(html)
  if (bytes <= limit) return html
  const note = (left: number) =>
    `\n<p>… ${left} more bytes of this summary were cut: GitHub shows at most 1 MiB per step. The log and the outputs have all of it.</p>\n`
  const room = limit - Buffer.byteLength(note(bytes))
  // Cut on a character boundary: decoding a byte slice drops a split character at the end.
  let kept = Buffer.from(html)
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD$/, '')
  const lineEnd = kept.lastIndexOf('\n')
  if (lineEnd > 0) kept = kept.slice(0, lineEnd)
  return `${kept}${note(bytes - Buffer.byteLength(kept))}`
}
