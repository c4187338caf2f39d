import * as core from '@actions/core'
import { metadataOptionsFromEnv } from '../commands/tags-options.js'
import { checkComputedTags } from '../commands/policy-gate.js'
import { runTagsCommand } from '../commands/tags.js'
import { resolveGitContext } from '../context/index.js'
import { annotateFindings } from './annotations.js'
import type { ActionInputs } from './inputs.js'
import { actionPolicyGate } from './policy.js'
import { runnerOutputs } from './output-sink.js'
import { writeMetadataOutputs } from './outputs.js'
import type { StepRecord } from './step-record.js'
import { writeTagsSummary } from './summary.js'

/** The `tags` command as an action step: context from the runner, outputs, log and job summary. */
export async function runTagsStep(inputs: ActionInputs, env: NodeJS.ProcessEnv, now: Date, record: StepRecord): Promise<void> {
  const options = metadataOptionsFromEnv(env, now)
  const context = await resolveGitContext({ source: inputs.contextSource, env, cwd: env.GITHUB_WORKSPACE || process.cwd() })
  const gate = (record.gate = await actionPolicyGate(inputs, env, now))
  const metadata = (record.metadata = await runTagsCommand(inputs.metadata, context, options))
  // Warnings first: a refused tag may be one shiptag rewrote, and the warning says from what.
  for (const warning of metadata.warnings) core.warning(warning)
  checkComputedTags(gate, metadata.images, metadata.tagNames, metadata.origins)
  annotateFindings(gate.warnings)
  core.startGroup(`Tags (${metadata.tagNames.length})`)
  for (const tag of metadata.tags) core.info(tag)
  core.endGroup()
  if (metadata.labels.length > 0) {
    core.startGroup(`Labels (${metadata.labels.length})`)
    for (const label of metadata.labels) core.info(label)
    core.endGroup()
  }
  writeMetadataOutputs(metadata, inputs.separators, runnerOutputs(env))
  await writeTagsSummary(metadata, context, gate.findings)
}
