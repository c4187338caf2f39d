/**
 * Verifying a Sigstore bundle found for a digest (a referrer or a GitHub attestation,
 * https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_bundle.proto): parsed and
 * validated by @sigstore/bundle, signed by a policy key (node:crypto over DSSE's pre-authentication
 * encoding) or keyless (@sigstore/verify), and its DSSE in-toto statement about the subject digest
 * with the predicate type required.
 */
import { bundleFromJSON, ValidationError, type Bundle } from '@sigstore/bundle'
import { dsse, X509Certificate } from '@sigstore/core'
import { isRecord, parseBoundedJson } from './bounded-json.js'
import { verifyKeyless } from './keyless.js'
import { SIGSTORE_LIMITS } from './limits.js'
import { verifyWithPolicyKeys } from './policy-keys.js'
import { Refusal, refuse } from './refusal.js'
import { checkPredicateType, checkStatementSubject, IN_TOTO_PAYLOAD_TYPE, parseStatement } from './statement.js'
import type { Evidence, InTotoStatement, Requirement, SignerRules, TrustSource } from './types.js'

/** Verifies a bundle for its subject and the requirement; returns the signer and the statement, or throws a Refusal. */
export async function verifyBundle(
  evidence: Extract<Evidence, { kind: 'bundle' }>,
  requirement: Requirement,
  signers: SignerRules,
  trust: TrustSource | undefined,
  now: Date,
): Promise<{ signer: string; statement: InTotoStatement }> {
  const bundle = readBundle(evidence.bundle)
  if (bundle.content.$case !== 'dsseEnvelope') {
    refuse('a message-signature bundle signs a file, not an image: cosign and GitHub attach bundles with a DSSE envelope over an in-toto statement')
  }
  const envelope = bundle.content.dsseEnvelope
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    refuse(`its DSSE envelope holds payload type ${JSON.stringify(envelope.payloadType.slice(0, 100))}, not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE})`)
  const material = bundle.verificationMaterial.content
  let signer: string
  try {
    if (material.$case === 'publicKey') {
      signer = verifyWithPolicyKeys(signers, dsse.preAuthEncoding(envelope.payloadType, envelope.payload), envelope.signatures[0]!.sig)
    } else {
      signer = await verifyKeyless(bundle, undefined, certificateOf(bundle), signers, trust, now)
    }
  } catch (error) {
    throw otherKind(error, envelope.payload, requirement)
  }
  const statement = parseStatement(envelope.payload, signer)
  checkStatementSubject(statement, evidence.subject, signer)
  checkPredicateType(statement, requirement, signer)
  return { signer, statement }
}

/** The signing certificate (the leaf of a v0.1/v0.2 chain). */
function certificateOf(bundle: Bundle): X509Certificate {
  const material = bundle.verificationMaterial.content
  const der =
    material.$case === 'certificate'
      ? material.certificate.rawBytes
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : undefined
  if (der === undefined) refuse('the bundle names neither a key nor a certificate')
  try {
    return X509Certificate.parse(Buffer.from(der))
  } catch (error) {
    return refuse(`the bundle's certificate cannot be read (${(error as Error).message})`)
  }
}

/** A predicate type as a message may quote it: a printable URI of reasonable length. */
const QUOTABLE_TYPE = /^[\x21-\x7e]{1,200}$/

/**
 * A bundle of another kind by a signer the policy does not know (a promotion record met while
 * looking for a signature) is not a bad signature: the refusal says what it is. The type comes from
 * the statement before its signature verified, so it only ever words a refusal, never accepts.
 */
function otherKind(error: unknown, payload: Uint8Array, requirement: Requirement): unknown {
  if (!(error instanceof Refusal)) return error
  const parsed = parseBoundedJson(payload, 'the signed statement', SIGSTORE_LIMITS.bundleBytes)
  const claimed = parsed.ok && isRecord(parsed.value) ? parsed.value.predicateType : undefined
  if (typeof claimed !== 'string' || !QUOTABLE_TYPE.test(claimed)) return error
  try {
    checkPredicateType({ predicateType: claimed, subjects: [], predicate: null }, requirement, error.signer)
  } catch (typed) {
    return typed
  }
  return error
}

/** The bundle JSON, within bounds, as @sigstore/bundle validates it (v0.1–v0.3). */
function readBundle(bytes: Uint8Array): Bundle {
  const parsed = parseBoundedJson(bytes, 'the bundle', SIGSTORE_LIMITS.bundleBytes)
  if (!parsed.ok) refuse(parsed.problem)
  const json = parsed.value
  if (!isRecord(json)) refuse('the bundle is not a JSON object')
  const material = isRecord(json.verificationMaterial) ? json.verificationMaterial : {}
  const timestamps = isRecord(material.timestampVerificationData) ? material.timestampVerificationData.rfc3161Timestamps : undefined
  const chain = isRecord(material.x509CertificateChain) ? material.x509CertificateChain.certificates : undefined
  const signatures = isRecord(json.dsseEnvelope) ? json.dsseEnvelope.signatures : undefined
  for (const [list, limit, what] of [
    [material.tlogEntries, SIGSTORE_LIMITS.bundleEntries, 'transparency-log entries'],
    [timestamps, SIGSTORE_LIMITS.bundleEntries, 'timestamps'],
    [chain, SIGSTORE_LIMITS.chainCertificates, 'certificates in its chain'],
    [signatures, SIGSTORE_LIMITS.bundleEntries, 'DSSE signatures'],
  ] as const) {
    if (Array.isArray(list) && list.length > limit) refuse(`the bundle has ${list.length} ${what}, over the limit of ${limit}`)
  }
  try {
    return bundleFromJSON(json)
  } catch (error) {
    if (error instanceof ValidationError) refuse(`not a valid Sigstore bundle: ${error.fields.join(', ')} missing or invalid`)
    return refuse(`not a valid Sigstore bundle (${(error as Error).message})`)
  }
}
