/**
 * The promote use case: one digest, resolved once, to targets in the same repository, another
 * repository or another registry, with its signatures and attestations; reads first, then writes.
 */
export { findArtifacts, copyArtifacts, type FoundArtifact } from './artifacts.js'
export { PromoteSourceNotFoundError } from './errors.js'
export { promoteImage, promotionPath, type PromoteOptions } from './promote-image.js'
export { parsePromoteSource, resolveSource } from './resolve-source.js'
export type * from './types.js'
export { promoteMany, type Promotion, type PromoteManyOptions } from './promote-many.js'
export { formatBytes, promoteTargetJson, promoteTotals, promotionJson, promotionMatrix } from './report.js'
