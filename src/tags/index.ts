/**
 * `tags/`: docker/metadata-action's tag and label computation, pure. Parse the five inputs once
 * with `parseMetadataInputs`, read the env knobs with `readMetadataKnobs`, then `computeMetadata`.
 */
export { tagKind, versionedFirst, type TagKind } from './tag-kind.js'
export type { Metadata, MetadataKnobs, MetadataOptions, RawMetadataInputs } from './api.js'
export { computeMetadata } from './compute.js'
export { describeOrigin, originHint, type FlavorEffect, type TagOrigin } from './provenance.js'
export { changeMessage, shown, type ValueChange } from './value-changes.js'
export type { Flavor, FlavorAffix, LatestMode } from './flavor.js'
export type { ImageSpec } from './images.js'
export type { KeyValueEntry } from './key-values.js'
export { ANNOTATION_LEVELS, DEFAULT_SHORT_SHA_LENGTH, readMetadataKnobs } from './knobs.js'
export { parseMetadataInputs, type MetadataSpec } from './spec.js'
export type { Enable, RefEvent, ShaFormat, TagRule, TagType } from './tag-rule.js'
export { loadDateSupport, usesDates } from './expressions.js'
export { loadPep440Support } from './versions.js'
export { loadTemplateSupport, needsTemplateEngine } from './templates.js'
export { usesRegex } from './tag-rules.js'
export { loadRegexSupport } from '../regex/index.js'
