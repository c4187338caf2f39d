import { promoteJson, promoteRefs, promoteTags, promotionMatrix, type PromoteResult } from '../commands/promote.js'
import type { CommandOutputs } from '../declarations/index.js'
import { writeOutputs, type OutputSink } from './output-sink.js'
import { metadataOutputs, type OutputSeparators } from './outputs.js'

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
