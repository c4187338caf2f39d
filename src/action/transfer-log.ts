import * as runner from './runner/index.js'
import { createProgressLog, type ProgressLog } from '../commands/progress.js'

/**
 * The Actions log's view of a push or promote: one line per blob in a `Transfers` group, opened
 * only when something travels, so both steps log transfers alike and a no-op run stays quiet.
 */
export function actionTransferLog(): ProgressLog {
  return createProgressLog({
    line: (text) => runner.info(text),
    now: Date.now,
    begin: () => runner.startGroup('Transfers'),
    end: () => runner.endGroup(),
  })
}
