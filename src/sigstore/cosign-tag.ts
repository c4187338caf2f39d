/**
 * Verifying one layer of cosign's `sha256-<hex>.sig` manifest
 * (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md). With a key: the signature
 * over the payload, by node:crypto. Keyless: the layer becomes the Sigstore bundle v0.1 cosign's
 * annotations amount to (certificate chain, Rekor's SET as the inclusion promise, the message
 * signature over the payload) and goes through @sigstore/verify. Either way the payload must be a
 * simple-signing document naming the subject digest.
 */
import { createHash } from 'node:crypto'
import { bundleFromJSON } from '@sigstore/bundle'
import { decodeBase64, isRecord, parseBoundedJson } from './bounded-json.js'
import { readCosignAnnotations, type CosignLayer, type RekorSet } from './cosign-annotations.js'
import { verifyKeyless } from './keyless.js'
import { formatBytes, SIGSTORE_LIMITS } from './limits.js'
import { verifyWithPolicyKeys } from './policy-keys.js'
import { refuse } from './refusal.js'
import type { Evidence, SignerRules, TrustSource } from './types.js'

const SIMPLE_SIGNING_TYPE = 'cosign container image signature'

/** Verifies a `.sig` layer for its subject; returns how messages name the signer, or throws a Refusal. */
export async function verifyCosignTag(
  evidence: Extract<Evidence, { kind: 'cosign-tag' }>,
  signers: SignerRules,
  trust: TrustSource | undefined,
  now: Date,
): Promise<string> {
  if (evidence.payload.length > SIGSTORE_LIMITS.payloadBytes) {
    refuse(`the signed payload is ${formatBytes(evidence.payload.length)}, over the limit of ${formatBytes(SIGSTORE_LIMITS.payloadBytes)}`)
  }
  const layer = readCosignAnnotations(evidence.annotations)
  const payload = Buffer.from(evidence.payload)
  const signer =
    layer.certificates === undefined
      ? verifyWithPolicyKeys(signers, payload, layer.signature)
      : await verifyKeyless(bundleOf(layer, layer.certificates, payload), payload, layer.certificates[0]!.parsed, signers, trust, now)
  checkPayload(payload, evidence.subject, signer)
  return signer
}

/** The bundle v0.1 equivalent of a keyless layer (https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_bundle.proto). */
function bundleOf(layer: CosignLayer, certificates: NonNullable<CosignLayer['certificates']>, payload: Buffer) {
  const json = {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      x509CertificateChain: { certificates: certificates.map((c) => ({ rawBytes: c.der.toString('base64') })) },
      tlogEntries: layer.rekor === undefined ? [] : [tlogEntryOf(layer.rekor)],
      ...(layer.timestamp === undefined ? {} : { timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: layer.timestamp.toString('base64') }] } }),
    },
    // The digest is computed here from the payload: Rekor's entry and the signature are checked against it.
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(payload).digest('base64') },
      signature: layer.signature.toString('base64'),
    },
  }
  try {
    return bundleFromJSON(json)
  } catch (error) {
    return refuse(`the signature's annotations do not make a Sigstore bundle (${(error as Error).message})`)
  }
}

/** Rekor's SET bundle as a tlog entry with an inclusion promise; kind and version come from the logged body itself. */
function tlogEntryOf(rekor: RekorSet) {
  const body = decodeBase64(rekor.body) ?? refuse("the Rekor bundle's body is not base64")
  const parsed = parseBoundedJson(body, "the Rekor bundle's body", SIGSTORE_LIMITS.annotationBytes)
  const entry = parsed.ok && isRecord(parsed.value) ? parsed.value : undefined
  if (entry === undefined || typeof entry.kind !== 'string' || typeof entry.apiVersion !== 'string') refuse("the Rekor bundle's body is not a Rekor entry")
  return {
    logIndex: String(rekor.logIndex),
    logId: { keyId: Buffer.from(rekor.logId, 'hex').toString('base64') },
    kindVersion: { kind: entry.kind, version: entry.apiVersion },
    integratedTime: String(rekor.integratedTime),
    inclusionPromise: { signedEntryTimestamp: rekor.signedEntryTimestamp },
    canonicalizedBody: rekor.body,
  }
}

/**
 * The payload must be cosign's simple-signing document for the subject. Its docker-reference is not
 * compared: promotion copies a signed digest to other repositories, and cosign itself checks only
 * the digest (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md).
 */
function checkPayload(payload: Buffer, subject: string, signer: string): void {
  const parsed = parseBoundedJson(payload, 'the signed payload', SIGSTORE_LIMITS.payloadBytes)
  if (!parsed.ok) refuse(parsed.problem, signer)
  const critical = isRecord(parsed.value) ? parsed.value.critical : undefined
  const image = isRecord(critical) ? critical.image : undefined
  const digest = isRecord(image) ? image['docker-manifest-digest'] : undefined
  if (!isRecord(critical) || critical.type !== SIMPLE_SIGNING_TYPE || typeof digest !== 'string') {
    refuse(
      `the signed payload is not cosign's simple-signing document (critical.type "${SIMPLE_SIGNING_TYPE}" with critical.image.docker-manifest-digest)`,
      signer,
    )
  }
  if (digest !== subject) refuse(`signs ${digest.slice(0, 80)} not ${subject}`, signer)
}
