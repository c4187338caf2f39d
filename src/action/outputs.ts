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

/**
 * The `tags` command's outputs. push's and promote's are in push-outputs.ts and promote-outputs.ts:
 * importing their commands here put the registry client and undici into every tags step (issue 18).
 */
export function writeMetadataOutputs(metadata: Metadata, separators: OutputSeparators, sink: OutputSink): void {
  writeOutputs(metadataOutputs(metadata, separators), sink)
}

/** The outputs every command that computes tags sets. */
export function metadataOutputs(metadata: Metadata, separators: OutputSeparators): CommandOutputs<'tags'> {
  return {
    version: metadata.version,
    tags: metadata.tags.join(separators['sep-tags']),
    'tag-names': metadata.tagNames.join(separators['sep-tags']),
    labels: metadata.labels.join(separators['sep-labels']),
    annotations: metadata.annotations.join(separators['sep-annotations']),
    json: JSON.stringify(metadataJson(metadata)),
  }
}
