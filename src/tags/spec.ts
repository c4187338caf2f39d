/**
 * The parse boundary: the five raw inputs in, typed values out. Everything after this works on
 * `MetadataSpec` only; every syntax problem has already been reported with its input and line.
 */
import type { RawMetadataInputs } from './api.js'
import { parseFlavor, type Flavor } from './flavor.js'
import { parseImages, type ImageSpec } from './images.js'
import { parseKeyValues, type KeyValueEntry } from './key-values.js'
import type { TagRule } from './tag-rule.js'
import { parseTagRules } from './tag-rules.js'

export interface MetadataSpec {
  readonly images: readonly ImageSpec[]
  /** In input order (sorted by priority when computed); the default rules if `tags` was empty. */
  readonly tags: readonly TagRule[]
  readonly flavor: Flavor
  readonly labels: readonly KeyValueEntry[]
  readonly annotations: readonly KeyValueEntry[]
  /** Problems that did not stop parsing (ignored label lines); carried into `Metadata.warnings`. */
  readonly warnings: readonly string[]
}

/** Parses all five inputs; throws `InputError` naming the input and line of the first problem. */
export function parseMetadataInputs(raw: RawMetadataInputs): MetadataSpec {
  const images = parseImages(raw.images)
  const tags = parseTagRules(raw.tags)
  const flavor = parseFlavor(raw.flavor)
  const labels = parseKeyValues('labels', raw.labels)
  const annotations = parseKeyValues('annotations', raw.annotations)
  return {
    images,
    tags,
    flavor,
    labels: labels.entries,
    annotations: annotations.entries,
    warnings: [...labels.warnings, ...annotations.warnings],
  }
}
