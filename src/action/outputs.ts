import * as core from '@actions/core'
import { promoteJson, promoteRefs, promoteTags, promotionMatrix, type PromoteResult } from '../commands/promote.js'
import { pushJson, pushRefs, type PushResult } from '../commands/push.js'
import { metadataJson } from '../commands/tags.js'
import type { Metadata } from '../tags/index.js'
import type { OutputSeparators } from './inputs.js'

export interface OutputSink {
  setOutput(name: string, value: string): void
  exportVariable(name: string, value: string): void
}

const coreSink: OutputSink = { setOutput: core.setOutput, exportVariable: core.exportVariable }

/**
 * Writes the `tags` command's outputs. Like metadata-action, each output is also exported as
 * `DOCKER_METADATA_OUTPUT_<NAME>` unless `DOCKER_METADATA_SET_OUTPUT_ENV` is false, so later steps
 * that read those variables keep working after a switch.
 */
export function writeMetadataOutputs(
  metadata: Metadata,
  separators: OutputSeparators,
  exportEnv: boolean,
  sink: OutputSink = coreSink,
): void {
  writeOutputs(metadataOutputs(metadata, separators), exportEnv, sink)
}

/** push: the tags outputs, plus `digest`, `refs` and a `json` with what each repository received. */
export function writePushOutputs(result: PushResult, separators: OutputSeparators, sink: OutputSink = coreSink): void {
  writeOutputs(
    { ...metadataOutputs(result.metadata, separators), digest: result.digest, refs: pushRefs(result).join('\n'), json: JSON.stringify(pushJson(result)) },
    false,
    sink,
  )
}

/**
 * promote: `digest` (when one image), `refs`, `tags` as `repository:tag` for every target, `json`, and
 * `plan`, the matrix a workflow feeds to `strategy.matrix` to fan the promotions out.
 */
export function writePromoteOutputs(result: PromoteResult, separators: OutputSeparators, sink: OutputSink = coreSink): void {
  const digests = [...new Set(result.promotions.map((promotion) => promotion.source.digest))]
  writeOutputs(
    {
      ...metadataOutputs(result.metadata, separators),
      tags: promoteTags(result).join(separators.tags),
      digest: digests.length === 1 ? digests[0]! : '',
      refs: promoteRefs(result).join('\n'),
      json: JSON.stringify(promoteJson(result)),
      plan: JSON.stringify(promotionMatrix(result.promotions)),
    },
    false,
    sink,
  )
}

function metadataOutputs(metadata: Metadata, separators: OutputSeparators): Record<string, string> {
  return {
    version: metadata.version,
    tags: metadata.tags.join(separators.tags),
    'tag-names': metadata.tagNames.join(separators.tags),
    labels: metadata.labels.join(separators.labels),
    annotations: metadata.annotations.join(separators.annotations),
    json: JSON.stringify(metadataJson(metadata)),
  }
}

function writeOutputs(outputs: Record<string, string>, exportEnv: boolean, sink: OutputSink): void {
  for (const [name, value] of Object.entries(outputs)) {
    sink.setOutput(name, value)
    if (exportEnv) sink.exportVariable(`DOCKER_METADATA_OUTPUT_${name.replace(/-/g, '_').toUpperCase()}`, value)
  }
}

/** `DOCKER_METADATA_SET_OUTPUT_ENV`: default true; only a case-insensitive "false" turns it off. */
export function shouldExportOutputEnv(env: Record<string, string | undefined>): boolean {
  return (env.DOCKER_METADATA_SET_OUTPUT_ENV ?? '').trim().toLowerCase() !== 'false'
}
