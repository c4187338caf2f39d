/**
 * Keyless verification of a bundle with @sigstore/verify's `Verifier`: the certificate chains to a
 * certificate authority of the trusted root and carries an SCT from one of its CT logs, the
 * transparency-log entry (inclusion promise or proof) and any RFC 3161 timestamp come from its
 * logs and authorities and prove when the certificate was used, the certificate was valid then, and
 * the signature verifies. Then the identity rules, matched here so a refusal names who signed.
 */
import type { Bundle } from '@sigstore/bundle'
import type { X509Certificate } from '@sigstore/core'
import { toSignedEntity, Verifier, VerificationError, type SignedEntity } from '@sigstore/verify'
import { describeIdentity, identityOf, matchIdentity } from './identity.js'
import { refuse } from './refusal.js'
import { trustMaterialOf } from './trust.js'
import type { SignerRules, TrustSource } from './types.js'

/** How far ahead of `now` a signing time may be before it is refused (clocks of runners and logs differ). */
const CLOCK_SKEW_MS = 5 * 60 * 1000

/** Verifies a keyless bundle; returns how messages name the signer, or throws a Refusal. */
export async function verifyKeyless(
  bundle: Bundle,
  artifact: Buffer | undefined,
  certificate: X509Certificate,
  signers: SignerRules,
  trust: TrustSource | undefined,
  now: Date,
): Promise<string> {
  const found = identityOf(certificate)
  const signer = describeIdentity(found)
  if (trust === undefined) {
    refuse(
      'a keyless signature, and no trusted root to verify its certificate: set sigstore.trustedRoot in the policy (public-good, github or a trusted_root.json)',
      signer,
    )
  }
  const material = await trustMaterialOf(trust)
  let entity: SignedEntity
  try {
    entity = toSignedEntity(bundle, artifact)
  } catch (error) {
    refuse(`its certificate or timestamp cannot be read (${messageOf(error)})`, signer)
  }
  if (entity.timestamps.length === 0) {
    refuse('no transparency-log entry or RFC 3161 timestamp proves when its short-lived certificate was used', signer)
  }
  try {
    // An instance without a Rekor log or CT log (GitHub's, for private repositories) proves use by
    // timestamps alone; one that has them must have logged the signature, as cosign requires by default.
    new Verifier(material, { tlogThreshold: material.tlogs.length > 0 ? 1 : 0, ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0 }).verify(entity)
  } catch (error) {
    // Anything else is a value the library could not read (a log index that is no number, a timestamp's ASN.1).
    if (!(error instanceof VerificationError)) refuse(`its transparency-log entry or timestamp cannot be read (${messageOf(error)})`, signer)
    refuse(explain(error, entity, certificate, trust), signer)
  }
  for (const time of usedAt(entity)) {
    if (time.at.getTime() > now.getTime() + CLOCK_SKEW_MS)
      refuse(`${time.by} says it was signed at ${time.at.toISOString()}, later than now (${now.toISOString()})`, signer)
  }
  const match = matchIdentity(signers.identities, found)
  if ('problem' in match) refuse(match.problem, signer)
  return signer
}

/** What a failed step means for the release engineer. */
function explain(error: VerificationError, entity: SignedEntity, certificate: X509Certificate, trust: TrustSource): string {
  switch (error.code) {
    case 'CERTIFICATE_ERROR': {
      const outside = usedAt(entity).find((time) => time.at < certificate.notBefore || time.at > certificate.notAfter)
      if (outside !== undefined && outside.at > certificate.notAfter) {
        return `certificate expired at ${certificate.notAfter.toISOString()} and no timestamp proves it was used before: ${outside.by} says it was used at ${outside.at.toISOString()}`
      }
      if (outside !== undefined) {
        return `certificate is valid only from ${certificate.notBefore.toISOString()}, and ${outside.by} says it was used at ${outside.at.toISOString()}`
      }
      if (/SCT/.test(error.message)) return `the certificate carries no signed certificate timestamp from a CT log of ${trust.text} (${error.message})`
      return `the certificate was not issued by a certificate authority of ${trust.text} (${causeOf(error)})`
    }
    case 'TLOG_ERROR':
      return `it has no transparency-log entry, and ${trust.text} lists a Rekor log that must have recorded it`
    case 'TLOG_INCLUSION_PROMISE_ERROR':
    case 'TLOG_INCLUSION_PROOF_ERROR':
    case 'TLOG_MISSING_INCLUSION_ERROR':
      return `its transparency-log entry is not proven by a Rekor log of ${trust.text} (${error.message})`
    case 'TLOG_BODY_ERROR':
      return `its transparency-log entry records another signature or payload (${error.message}): the payload was changed after signing`
    case 'SIGNATURE_ERROR':
      return "the signature does not verify with the certificate's key: the payload was changed after signing"
    case 'TIMESTAMP_ERROR':
      return `its timestamp is not from a timestamp authority of ${trust.text} (${causeOf(error)})`
    default:
      return `verification failed: ${causeOf(error)}`
  }
}

/** The signing times the evidence claims: Rekor's integrated time, a TSA's signing time. */
function usedAt(entity: SignedEntity): { at: Date; by: string }[] {
  return entity.timestamps.map((timestamp) =>
    timestamp.$case === 'transparency-log'
      ? { at: new Date(Number(timestamp.tlogEntry.integratedTime) * 1000), by: 'the transparency log' }
      : { at: timestamp.timestamp.signingTime, by: 'the RFC 3161 timestamp' },
  )
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function causeOf(error: VerificationError): string {
  const cause: unknown = error.cause
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message
}
