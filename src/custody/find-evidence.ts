import type { Evidence } from '../sigstore/index.js'
import { parseDigest } from '../ref/index.js'
import type { RepositoryClient } from '../registry/index.js'
import { EVIDENCE_LIMITS, EvidenceBudget, type EvidenceLimits } from './budgets.js'
import { findBundleReferrers, type ReferrersApi } from './bundle-referrers.js'
import { findCosignSignatures } from './cosign-tag.js'
import type { PlaceFound } from './notes.js'

/** What to look for, and what one run shares between the digests it looks at. */
export interface EvidenceWanted {
  /** `cosign-tag`: the `sha256-<hex>.sig` tag; `bundle`: Sigstore bundles attached as referrers. */
  readonly kinds: readonly Evidence['kind'][]
  /**
   * Whether the registry has the referrers API, shared by every digest looked at in one registry
   * (the platforms of an index): the first query learns it, the others go straight to the tag.
   */
  readonly referrersApi?: ReferrersApi
  readonly limits?: EvidenceLimits
}

/** Everything found for one digest, and where it was looked for, in words for a refusal. */
export interface FoundEvidence {
  readonly evidence: Evidence[]
  /**
   * Every place looked, with what it held: "127.0.0.1:5000/app:sha256-<hex>.sig (not found)",
   * "referrers of 127.0.0.1:5000/app@sha256:<hex> (registry has no referrers API; referrers tag sha256-<hex> not found)".
   */
  readonly looked: string[]
  /** What was found but could not be read as evidence (too large, not a signature, another subject), one sentence each. */
  readonly unreadable: string[]
}

/**
 * The signatures and attestations of `subject` in one repository, in the two places cosign keeps
 * them (docs/signatures.md#where-shiptag-looks): the `.sig` tag, then the referrers (API, else the
 * referrers tag), as `Evidence` to verify. Nothing is verified here and nothing is written.
 * Garbage in either place is said in `unreadable` and never read as evidence; a registry that
 * cannot be asked (unreachable, credentials refused) throws the registry client's typed error.
 */
export async function findEvidence(repository: RepositoryClient, subject: string, want: EvidenceWanted): Promise<FoundEvidence> {
  parseDigest(subject)
  const budget = new EvidenceBudget(want.limits ?? EVIDENCE_LIMITS)
  const places: PlaceFound<Evidence>[] = []
  if (want.kinds.includes('cosign-tag')) places.push(await findCosignSignatures(repository, subject, budget))
  if (want.kinds.includes('bundle')) places.push(await findBundleReferrers(repository, subject, budget, want.referrersApi ?? {}))
  return {
    evidence: places.flatMap((place) => place.evidence),
    looked: places.map((place) => place.looked),
    unreadable: places.flatMap((place) => place.unreadable),
  }
}
