import * as runner from './runner/index.js'
import { custodySettings } from '../commands/custody-settings.js'
import { deploymentsSource, withDeployments } from '../commands/status-deployments.js'
import { runStatusCommand, statusJson, type StatusReader } from '../commands/status.js'
import { loadStatusReader } from '../commands/status-reader.js'
import { driftSentence } from '../commands/status-words.js'
import type { CommandOutputs, CommandValues } from '../declarations/index.js'
import { runnerOutputs, writeOutputs } from './output-sink.js'
import { stepWorkspace } from './git-context.js'
import { actionPolicyGate } from './policy.js'
import { createActionRegistryClient } from './registry-client.js'
import type { StepRecord } from './step-record.js'
import { writeStepSummary } from './step-summary.js'
import { buildHistorySummary, buildStatusSummary } from './status-summary.js'

/**
 * The `status` command as a workflow step: the board in the job summary, the `status` (JSON) and
 * `drift` outputs, a warning per problem (never a silent gap), and a failed step when nothing could
 * be read or, with `fail-on-drift`, when an environment lags. Outputs and summary come first, so a
 * failed step still shows what it read.
 */
export async function runStatusStep(
  inputs: CommandValues<'status'>,
  env: NodeJS.ProcessEnv,
  now: Date,
  record: StepRecord,
  reader?: StatusReader,
): Promise<void> {
  const gate = (record.gate = await actionPolicyGate(inputs, env, now))
  const client = createActionRegistryClient(inputs, env)
  const result = await runStatusCommand(
    {
      environment: inputs.environment,
      images: inputs.images,
      digest: inputs.digest,
      concurrency: inputs.concurrency,
      custody: custodySettings(env, stepWorkspace(env), now, inputs['github-token']),
      ...withDeployments(deploymentsSource(env, inputs['github-token'])),
    },
    client,
    gate.policy,
    reader ?? (await loadStatusReader()),
  ).finally(() => client.close())
  const outputs: CommandOutputs<'status'> = { status: JSON.stringify(statusJson(result)), drift: String(result.drifting) }
  writeOutputs(outputs, runnerOutputs(env))
  if (result.kind === 'board') {
    for (const drift of result.board.drift) runner.info(`drift: ${driftSentence(drift)}`)
    for (const problem of result.board.problems) runner.warning(`not read: ${problem}`)
    await writeStepSummary(buildStatusSummary(result.board, now))
  } else {
    for (const problem of result.history.problems) runner.warning(`not read: ${problem}`)
    await writeStepSummary(buildHistorySummary(result.history))
  }
  if (result.nothingRead) runner.setFailed("nothing could be read (see the warnings); check the registries' addresses and credentials")
  else if (result.drifting && inputs['fail-on-drift']) runner.setFailed('an environment lags the one it promotes from (fail-on-drift); see the job summary')
}
