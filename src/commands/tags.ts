import type { GitContext } from '../context/index.js'
import {
  computeMetadata,
  loadDateSupport,
  loadPep440Support,
  loadRegexSupport,
  loadTemplateSupport,
  needsTemplateEngine,
  usesDates,
  usesRegex,
  parseMetadataInputs,
  type Metadata,
  type MetadataOptions,
  type RawMetadataInputs,
} from '../tags/index.js'
import { listLines } from '../input-lines.js'

/**
 * The `tags` use case: parse the metadata-action inputs, then compute tags, labels and annotations.
 * The template engine (for templates beyond plain `{{version}}`-style ones), date formatting, the
 * regex engine and PEP 440 parsing are loaded first when the inputs use them.
 */
export async function runTagsCommand(inputs: RawMetadataInputs, context: GitContext, options: MetadataOptions): Promise<Metadata> {
  const lines = {
    tags: listLines('tags', inputs.tags),
    flavor: listLines('flavor', inputs.flavor),
    labels: listLines('labels', inputs.labels),
    annotations: listLines('annotations', inputs.annotations),
    images: listLines('images', inputs.images),
  }
  const texts = Object.values(lines).flatMap((list) => list.map((line) => line.text))
  if (needsTemplateEngine(...texts)) await loadTemplateSupport()
  if (usesDates(...texts)) await loadDateSupport()
  if (usesRegex(lines.tags)) await loadRegexSupport()
  const spec = parseMetadataInputs(lines)
  if (spec.tags.some((rule) => rule.type === 'pep440')) await loadPep440Support()
  return computeMetadata(spec, context, options)
}

/** The `json` output: metadata-action's shape (`tags`, `tag-names`, `labels` as a map, `annotations`) plus `version`. */
export function metadataJson(metadata: Metadata): Record<string, unknown> {
  return {
    version: metadata.version,
    tags: metadata.tags,
    'tag-names': metadata.tagNames,
    labels: Object.fromEntries(metadata.labels.map(splitKeyValue)),
    annotations: metadata.annotations,
  }
}

function splitKeyValue(line: string): [string, string] {
  const at = line.indexOf('=')
  return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)]
}
