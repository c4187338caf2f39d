import * as runner from './runner/index.js'
import { pushSource, runPushCommand } from '../commands/push.js'
import { describeTransfer } from '../commands/transfer-words.js'
import { tagLine } from '../commands/tag-lines.js'
import type { CommandValues } from '../declarations/index.js'
import { pushTotals } from '../push/report.js'
import { repositoryName } from '../ref/index.js'
import { runnerOutputs } from './output-sink.js'
import { writePushOutputs } from './push-outputs.js'
import { writePushSummary } from './push-summary.js'
import type { StepRecord } from './step-record.js'
import { runWriteStep } from './write-step.js'

/** The `push` command as an action step: credentials from the runner, outputs, logs and job summary. */
export async function runPushStep(inputs: CommandValues<'push'>, env: NodeJS.ProcessEnv, now: Date, record: StepRecord): Promise<void> {
  const { result, policy } = await runWriteStep(inputs, env, now, record, ({ request, context, options, client }) =>
    runPushCommand({ ...request, source: pushSource(inputs.source), mountFrom: inputs['mount-from'] }, context, options, client),
  )
  for (const report of result.reports) {
    const totals = pushTotals(report)
    runner.startGroup(`${repositoryName(report.target)}@${report.digest}`)
    for (const tag of report.tags) runner.info(tagLine(tag, report.digest))
    runner.info(report.upToDate ? 'up to date: nothing sent' : `blobs: ${describeTransfer(totals, inputs['dry-run'])}`)
    runner.endGroup()
  }
  writePushOutputs(result, inputs, runnerOutputs(env))
  await writePushSummary(result, inputs['dry-run'], policy)
}
