/**
 * Chain of custody over a registry (issue 16): finding the signatures and attestations of a digest
 * where cosign and actions/attest keep them, as `Evidence` for sigstore/ to verify
 * (docs/signatures.md#where-shiptag-looks).
 */
export { findEvidence, type EvidenceWanted, type FoundEvidence } from './find-evidence.js'
export { EVIDENCE_LIMITS, type EvidenceLimits } from './budgets.js'
export type { ReferrersApi } from './bundle-referrers.js'
export { EvidenceUnreadableError } from './errors.js'
export { SIGSTORE_BUNDLE_V03, COSIGN_SIMPLE_SIGNING, isSigstoreBundleType } from './media-types.js'
export { platformSubjects, readPlatformSubjects, type PlatformSubject } from './platform-subjects.js'
export * from './records.js'
export { hasPromotionRecord } from './record-present.js'
