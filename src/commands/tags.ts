import type { GitContext } from '../context/index.js'
import {
  computeMetadata,
  loadDateSupport,
  loadPep440Support,
  loadRegexSupport,
  loadTemplateSupport,
  usesTemplates,
  usesDates,
  usesRegex,
  parseMetadataInputs,
  type Metadata,
  type MetadataOptions,
  type RawMetadataInputs,
} from '../tags/index.js'

/**
 * The `tags` use case: parse the metadata-action inputs, then compute tags, labels and annotations.
 * The template engine, date formatting, the regex engine and PEP 440 parsing are loaded first when
 * the inputs use them.
 */
export async function runTagsCommand(inputs: RawMetadataInputs, context: GitContext, options: MetadataOptions): Promise<Metadata> {
  const texts = [inputs.tags, inputs.flavor, inputs.labels, inputs.annotations, inputs.images] as const
  if (usesTemplates(...texts)) await loadTemplateSupport()
  if (usesDates(...texts)) await loadDateSupport()
  if (usesRegex(inputs.tags)) await loadRegexSupport()
  const spec = parseMetadataInputs(inputs)
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
