import * as runner from './runner/index.js'
import { recordLine, runPromoteCommand } from '../commands/promote.js'
import { deploymentLine, deploymentOptions } from '../commands/deployments.js'
import { describeTransfer } from '../commands/transfer-words.js'
import { tagLine } from '../commands/tag-lines.js'
import type { CommandValues } from '../declarations/index.js'
import { promoteTotals } from '../promote/index.js'
import { repositoryName } from '../ref/index.js'
import { runnerOutputs } from './output-sink.js'
import { writePromoteOutputs } from './promote-outputs.js'
import { writePromoteSummary } from './promote-summary.js'
import type { StepRecord } from './step-record.js'
import { runWriteStep } from './write-step.js'

/** The `promote` command as an action step: a log group per target, outputs (with `plan`), job summary. */
export async function runPromoteStep(inputs: CommandValues<'promote'>, env: NodeJS.ProcessEnv, now: Date, record: StepRecord): Promise<void> {
  const { result, policy } = await runWriteStep(inputs, env, now, record, ({ request, context, options, client }) =>
    runPromoteCommand(
      {
        ...request,
        source: inputs.source,
        artifacts: inputs.artifacts,
        records: { env, key: inputs['record-key'], now },
        warn: (message) => runner.warning(message),
        ...deploymentOptions(inputs.deployments, inputs['deployment-url'], env, inputs['github-token']),
      },
      context,
      options,
      client,
    ),
  )
  for (const promotion of result.promotions) {
    for (const target of promotion.targets) {
      const totals = promoteTotals(target)
      runner.startGroup(`${promotion.source.reference} → ${repositoryName(target.target)}@${target.digest} (${target.path})`)
      for (const tag of target.tags) runner.info(tagLine(tag, target.digest))
      if (!target.upToDate && target.path !== 'same-repository') {
        runner.info(`blobs: ${describeTransfer(totals, inputs['dry-run'], 'copy')}`)
      }
      for (const artifact of target.artifacts) runner.info(`${artifact.kind === 'tag' ? artifact.tag : `referrer ${artifact.digest}`}: ${artifact.action}`)
      runner.endGroup()
    }
  }
  for (const written of result.records) runner.info(recordLine(written))
  for (const deployment of result.deployments) runner.info(deploymentLine(deployment))
  writePromoteOutputs(result, inputs, runnerOutputs(env))
  await writePromoteSummary(result, inputs['dry-run'], policy)
}
