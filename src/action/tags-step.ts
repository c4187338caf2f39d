import * as runner from './runner/index.js'
import { metadataInputs, metadataOptionsFromEnv } from '../commands/tags-options.js'
import { checkComputedTags } from '../commands/policy-gate.js'
import { runTagsCommand } from '../commands/tags.js'
import { annotateFindings } from './annotations.js'
import { stepGitContext } from './git-context.js'
import type { CommandValues } from '../declarations/index.js'
import { actionPolicyGate } from './policy.js'
import { runnerOutputs } from './output-sink.js'
import { writeMetadataOutputs } from './outputs.js'
import type { StepRecord } from './step-record.js'
import { writeTagsSummary } from './summary.js'

/** The `tags` command as an action step: context from the runner, outputs, log and job summary. */
export async function runTagsStep(inputs: CommandValues<'tags'>, env: NodeJS.ProcessEnv, now: Date, record: StepRecord): Promise<void> {
  const options = metadataOptionsFromEnv(env, now)
  const context = await stepGitContext(inputs, env)
  const gate = (record.gate = await actionPolicyGate(inputs, env, now))
  const metadata = (record.metadata = await runTagsCommand(metadataInputs(inputs), context, options))
  // Warnings first: a refused tag may be one shiptag rewrote, and the warning says from what.
  for (const warning of metadata.warnings) runner.warning(warning)
  checkComputedTags(gate, metadata.images, metadata.tagNames, metadata.origins)
  annotateFindings(gate.warnings)
  runner.startGroup(`Tags (${metadata.tagNames.length})`)
  for (const tag of metadata.tags) runner.info(tag)
  runner.endGroup()
  if (metadata.labels.length > 0) {
    runner.startGroup(`Labels (${metadata.labels.length})`)
    for (const label of metadata.labels) runner.info(label)
    runner.endGroup()
  }
  writeMetadataOutputs(metadata, inputs, runnerOutputs(env))
  await writeTagsSummary(metadata, context, gate.findings)
}
