import { promoteJson, promoteRefs, promoteTags, promotionMatrix, type PromoteResult } from '../commands/promote.js'
import { pushJson, pushRefs, type PushResult } from '../commands/push.js'
import { metadataJson } from '../commands/tags.js'
import type { Metadata } from '../tags/index.js'
import type { CommandOutputs } from '../declarations/index.js'
import { writeOutputs, type OutputSink } from './output-sink.js'

/** Between the entries of the list outputs: the `sep-*` inputs. */
export interface OutputSeparators {
  readonly 'sep-tags': string
  readonly 'sep-labels': string
  readonly 'sep-annotations': string
}

/** The `tags` command's outputs. */
export function writeMetadataOutputs(metadata: Metadata, separators: OutputSeparators, sink: OutputSink): void {
  writeOutputs(metadataOutputs(metadata, separators), sink)
}

/** push: the tags outputs, plus `digest`, `refs` and a `json` with what each repository received. */
export function writePushOutputs(result: PushResult, separators: OutputSeparators, sink: OutputSink): void {
  const outputs: CommandOutputs<'push'> = {
    ...metadataOutputs(result.metadata, separators),
    digest: result.digest,
    refs: pushRefs(result).join('\n'),
    json: JSON.stringify(pushJson(result)),
  }
  writeOutputs(outputs, sink)
}

/**
 * promote: `digest` (when one image), `refs`, `tags` as `repository:tag` for every target, `json`, and
 * `plan`, the matrix a workflow feeds to `strategy.matrix` to fan the promotions out.
 */
export function writePromoteOutputs(result: PromoteResult, separators: OutputSeparators, sink: OutputSink): void {
  const digests = [...new Set(result.promotions.map((promotion) => promotion.source.digest))]
  const outputs: CommandOutputs<'promote'> = {
    ...metadataOutputs(result.metadata, separators),
    tags: promoteTags(result).join(separators['sep-tags']),
    digest: digests.length === 1 ? digests[0]! : '',
    refs: promoteRefs(result).join('\n'),
    json: JSON.stringify(promoteJson(result)),
    plan: JSON.stringify(promotionMatrix(result.promotions)),
  }
  writeOutputs(outputs, sink)
}

function metadataOutputs(metadata: Metadata, separators: OutputSeparators): CommandOutputs<'tags'> {
  return {
    version: metadata.version,
    tags: metadata.tags.join(separators['sep-tags']),
    'tag-names': metadata.tagNames.join(separators['sep-tags']),
    labels: metadata.labels.join(separators['sep-labels']),
    annotations: metadata.annotations.join(separators['sep-annotations']),
    json: JSON.stringify(metadataJson(metadata)),
  }
}
