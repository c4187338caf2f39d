/**
 * Image references: the distribution reference grammar, Docker's normalisation, tags, digests,
 * repository comparison, and the per-host registry profiles (host-profile.ts). The lowest layer: it imports nothing but the shared error base.
 */
export { DIGEST_ALGORITHMS, digestProblem, isValidDigest, parseDigest } from './digest.js'
export { redactUserInfo } from './user-info.js'
export type { DigestAlgorithm, ParsedDigest } from './digest.js'
export { InvalidReferenceError } from './errors.js'
export type { InvalidReferenceReason } from './errors.js'
export { familiarName, formatReference, repositoryName } from './format.js'
export { isSameOrUnder, isSameRegistry, isSameRepository, repositoryKey } from './compare.js'
export { parseReference, parseRepository } from './parse.js'
export { referenceProblem, registryProblem, repositoryProblem, tagProblem } from './validity.js'
export type { ReferenceProblem } from './errors.js'
export { MAX_PATH_LENGTH, isValidRepositoryPath } from './path.js'
export { DEFAULT_REGISTRY } from './registry.js'
export { canonicalRegistry, DEFAULT_HOST_LIMITS, hostProfile, registryKey, sameRegistryHost } from './host-profile.js'
export type { HostHints, HostProfile } from './host-profile.js'
export { effectiveTag, isImplicitLatest, resolutionTarget } from './resolve.js'
export type { ResolutionTarget } from './resolve.js'
export { DEFAULT_TAG, MAX_TAG_LENGTH, TAG_INVALID_CHARACTERS, TAG_PATTERN, isValidTag } from './tag.js'
export type { ImageReference, Repository, RepositoryReference } from './types.js'
export { looksLikeRegistryWithoutRepository, referenceWarnings } from './warnings.js'
export type { ReferenceWarning, ReferenceWarningCode } from './warnings.js'
