import { repositoryName } from '../ref/index.js'
import * as core from '@actions/core'
import { runPushCommand } from '../commands/push.js'
import { describeTransfer } from '../commands/transfer-words.js'
import { tagLine } from '../commands/tag-lines.js'
import { metadataOptionsFromEnv } from '../commands/tags-options.js'
import { resolveGitContext } from '../context/index.js'
import { pushTotals } from '../push/report.js'
import { annotateFindings } from './annotations.js'
import type { ActionInputs } from './inputs.js'
import { actionPolicyGate } from './policy.js'
import { runnerOutputs } from './output-sink.js'
import { writePushOutputs } from './outputs.js'
import { createActionRegistryClient } from './registry-client.js'
import { writePushSummary } from './push-summary.js'
import type { StepRecord } from './step-record.js'
import { actionTransferLog } from './transfer-log.js'

/** The `push` command as an action step: credentials from the runner, outputs, logs and job summary. */
export async function runPushStep(inputs: ActionInputs, env: NodeJS.ProcessEnv, now: Date, record: StepRecord): Promise<void> {
  record.dryRun = inputs.dryRun
  const options = metadataOptionsFromEnv(env, now)
  const context = await resolveGitContext({ source: inputs.contextSource, env, cwd: env.GITHUB_WORKSPACE || process.cwd() })
  const policy = (record.gate = await actionPolicyGate(inputs, env, now))
  const client = record.writes.wrap(createActionRegistryClient(inputs, env))
  try {
    const progress = actionTransferLog()
    const result = await runPushCommand(
      {
        source: inputs.source,
        metadata: inputs.metadata,
        dryRun: inputs.dryRun,
        policy,
        progress: progress.forTarget,
        mountFrom: inputs.mountFrom,
        onIntent: (targets, tags) => record.intend(targets, tags),
        beforeWrite: (plans) => record.plan(plans),
      },
      context,
      options,
      client,
    ).finally(() => progress.finish())
    for (const warning of result.warnings) core.warning(warning)
    annotateFindings(policy.warnings)
    for (const report of result.reports) {
      const totals = pushTotals(report)
      core.startGroup(`${repositoryName(report.target)}@${report.digest}`)
      for (const tag of report.tags) core.info(tagLine(tag, report.digest))
      core.info(report.upToDate ? 'up to date: nothing sent' : `blobs: ${describeTransfer(totals, inputs.dryRun)}`)
      core.endGroup()
    }
    writePushOutputs(result, inputs.separators, runnerOutputs(env))
    await writePushSummary(result, inputs.dryRun, policy)
  } finally {
    await client.close()
  }
}
