/**
 * verifyEvidence: one piece of evidence found for a digest, checked against who may sign and what is
 * required. Every outcome is an `EvidenceCheck`; only a trusted root that cannot be had is thrown
 * (TrustedRootError), since it is no fault of the evidence.
 */
import { verifyBundle } from './bundle.js'
import { verifyCosignTag } from './cosign-tag.js'
import { TrustedRootError } from './errors.js'
import { Refusal } from './refusal.js'
import type { Evidence, EvidenceCheck, Requirement, SignerRules, TrustSource } from './types.js'

export async function verifyEvidence(
  evidence: Evidence,
  requirement: Requirement,
  signers: SignerRules,
  trust: TrustSource | undefined,
  now: Date,
): Promise<EvidenceCheck> {
  const where = evidence.where
  try {
    if (evidence.kind === 'cosign-tag') {
      if (requirement.kind === 'attestation') return { where, ok: false, problem: `a cosign signature, not an attestation of ${requirement.predicateType}` }
      return { where, ok: true, signer: await verifyCosignTag(evidence, signers, trust, now) }
    }
    const { signer, statement } = await verifyBundle(evidence, requirement, signers, trust, now)
    return { where, ok: true, signer, statement }
  } catch (error) {
    if (error instanceof TrustedRootError) throw error
    if (error instanceof Refusal) return { where, ok: false, problem: error.problem, ...(error.signer === undefined ? {} : { signer: error.signer }) }
    // A library that throws on input it cannot read: still this evidence's problem, said as such.
    return { where, ok: false, problem: `cannot be verified: ${error instanceof Error ? error.message : String(error)}` }
  }
}
