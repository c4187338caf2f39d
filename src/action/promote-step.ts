import { repositoryName } from '../ref/index.js'
import * as core from '@actions/core'
import { inputLines } from '../input-lines.js'
import { runPromoteCommand } from '../commands/promote.js'
import { promoteTotals } from '../promote/index.js'
import { describeTransfer } from '../commands/transfer-words.js'
import { tagLine } from '../commands/tag-lines.js'
import { metadataOptionsFromEnv } from '../commands/tags-options.js'
import { resolveGitContext } from '../context/index.js'
import { annotateFindings } from './annotations.js'
import type { ActionInputs } from './inputs.js'
import { actionPolicyGate } from './policy.js'
import { runnerOutputs } from './output-sink.js'
import { writePromoteOutputs } from './outputs.js'
import { writePromoteSummary } from './promote-summary.js'
import { createActionRegistryClient } from './registry-client.js'
import type { StepRecord } from './step-record.js'
import { actionTransferLog } from './transfer-log.js'

/** The `promote` command as an action step: a log group per target, outputs (with `plan`), job summary. */
export async function runPromoteStep(inputs: ActionInputs, env: NodeJS.ProcessEnv, now: Date, record: StepRecord): Promise<void> {
  record.dryRun = inputs.dryRun
  const options = metadataOptionsFromEnv(env, now)
  const context = await resolveGitContext({ source: inputs.contextSource, env, cwd: env.GITHUB_WORKSPACE || process.cwd() })
  const policy = (record.gate = await actionPolicyGate(inputs, env, now))
  const client = record.writes.wrap(createActionRegistryClient(inputs, env))
  try {
    const progress = actionTransferLog()
    const result = await runPromoteCommand(
      {
        source: inputLines('source', inputs.source),
        metadata: inputs.metadata,
        dryRun: inputs.dryRun,
        policy,
        progress: progress.forTarget,
        artifacts: inputs.artifacts,
        warn: (message) => core.warning(message),
        onIntent: (targets, tags) => record.intend(targets, tags),
        beforeWrite: (plans) => record.plan(plans),
      },
      context,
      options,
      client,
    ).finally(() => progress.finish())
    for (const warning of result.warnings) core.warning(warning)
    annotateFindings(policy.warnings)
    for (const promotion of result.promotions) {
      for (const target of promotion.targets) {
        const totals = promoteTotals(target)
        core.startGroup(`${promotion.source.reference} → ${repositoryName(target.target)}@${target.digest} (${target.path})`)
        for (const tag of target.tags) core.info(tagLine(tag, target.digest))
        if (!target.upToDate && target.path !== 'same-repository') {
          core.info(`blobs: ${describeTransfer(totals, inputs.dryRun, 'copy')}`)
        }
        for (const artifact of target.artifacts) core.info(`${artifact.kind === 'tag' ? artifact.tag : `referrer ${artifact.digest}`}: ${artifact.action}`)
        core.endGroup()
      }
    }
    writePromoteOutputs(result, inputs.separators, runnerOutputs(env))
    await writePromoteSummary(result, inputs.dryRun, policy)
  } finally {
    await client.close()
  }
}
