/**
 * The one copy routine behind push and promote: content first (blobs, each child manifest once its
 * own blobs are in), tags last in phases (one kind at once), every step skipping what the target
 * already has. Adapts a layout or a registry as the
 * source; the target is always a registry repository.
 */
export type { BlobSource } from './image-graph.js'
export type { ImageGraph, ManifestNode } from '../oci/index.js'
export { copyContent, type BlobAction, type BlobOutcome, type BlobProgress, type ContentReport, type CopyOptions, type ManifestAction } from './copy-content.js'
export { planContent, type BlobStep, type ContentPlan, type PlanOptions } from './plan-content.js'
export { movedFrom, readTags, tagOutcomeJson, writeTags, type TagAction, type TagOutcome } from './write-tags.js'
export { createLimiter, limiterPerRegistry, settleAll, type Limiter } from './limiter.js'
export { MissingContentError, TagOverwrittenError, TagWriteError } from './errors.js'
export { layoutBlobSource } from './layout-source.js'
export { readRegistryGraph, registryBlobSource } from './registry-source.js'
export { planReferrersIndex, readReferrers, readReferrersTag } from './referrers-index.js'
export { ReferrersIndexError } from './errors.js'
export { formatBytes, transferTotals, type TransferTotals } from './totals.js'
