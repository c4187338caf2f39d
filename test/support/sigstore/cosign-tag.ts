/**
 * Signatures in cosign's `.sig` tag form (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md):
 * one layer per signature whose blob is the simple-signing payload and whose annotations carry the
 * signature, and for a keyless signer the Fulcio certificate, its chain and Rekor's SET bundle.
 */
import { createHash, sign } from 'node:crypto'
import type { KeylessIdentity, MockSigstore, RekorEntry } from './instance.js'
import type { SigningKey } from './keys.js'

export const COSIGN_ANNOTATIONS = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  rfc3161Timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
} as const

/** With a key (`cosign sign --key`), or keyless through a mock instance (`cosign sign` with an OIDC identity). */
export type TagSigner =
  | { readonly key: SigningKey; readonly hash?: 'sha256' | 'sha384'; readonly log?: MockSigstore }
  | { readonly keyless: KeylessIdentity; readonly sigstore: MockSigstore; readonly timestamp?: boolean; readonly noLog?: boolean }

export interface CosignTagSignature {
  /** The layer blob. */
  readonly payload: Uint8Array
  readonly annotations: Readonly<Record<string, string>>
}

/** cosign's simple-signing payload for `digest` (key order as cosign writes it). */
export function simpleSigningPayload(digest: string, dockerReference = 'registry.test/app'): Uint8Array {
  const payload = {
    critical: { identity: { 'docker-reference': dockerReference }, image: { 'docker-manifest-digest': digest }, type: 'cosign container image signature' },
    optional: null,
  }
  return Buffer.from(JSON.stringify(payload))
}

/** Signs `digest` as cosign does; `payload` replaces the simple-signing payload (to sign something else). */
export async function signCosignTag(options: {
  digest: string
  signer: TagSigner
  dockerReference?: string
  payload?: Uint8Array
}): Promise<CosignTagSignature> {
  const payload = options.payload ?? simpleSigningPayload(options.digest, options.dockerReference)
  const signer = options.signer
  if ('key' in signer) {
    const signature = signer.key.sign(payload, signer.hash)
    const annotations: Record<string, string> = { [COSIGN_ANNOTATIONS.signature]: signature.toString('base64') }
    if (signer.log !== undefined) {
      const entry = await signer.log.logEntry(hashedRekord(payload, signature, signer.key.publicKeyPem))
      annotations[COSIGN_ANNOTATIONS.bundle] = setBundle(entry)
    }
    return { payload, annotations }
  }
  const certificate = await signer.sigstore.issueCertificate(signer.keyless)
  const signature = sign('sha256', payload, certificate.privateKey)
  const annotations: Record<string, string> = {
    [COSIGN_ANNOTATIONS.signature]: signature.toString('base64'),
    [COSIGN_ANNOTATIONS.certificate]: certificate.certificatePem,
    [COSIGN_ANNOTATIONS.chain]: certificate.chainPem,
  }
  if (signer.noLog !== true) {
    annotations[COSIGN_ANNOTATIONS.bundle] = setBundle(await signer.sigstore.logEntry(hashedRekord(payload, signature, certificate.certificatePem)))
  }
  if (signer.timestamp === true) {
    const blob = (await signer.sigstore.timestamp(signature)).toString('base64')
    annotations[COSIGN_ANNOTATIONS.rfc3161Timestamp] = JSON.stringify({ SignedRFC3161TimestampBlob: blob })
  }
  return { payload, annotations }
}

/** Rekor's hashedrekord v0.0.1 entry for a signature over `payload` (https://github.com/sigstore/rekor/tree/main/pkg/types/hashedrekord). */
export function hashedRekord(payload: Uint8Array, signature: Uint8Array, publicKeyOrCertificatePem: string): object {
  return {
    apiVersion: '0.0.1',
    kind: 'hashedrekord',
    spec: {
      data: { hash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') } },
      signature: { content: Buffer.from(signature).toString('base64'), publicKey: { content: Buffer.from(publicKeyOrCertificatePem).toString('base64') } },
    },
  }
}

/** cosign's `dev.sigstore.cosign/bundle` annotation: Rekor's SET and the entry it signs. */
export function setBundle(entry: RekorEntry): string {
  return JSON.stringify({
    SignedEntryTimestamp: entry.verification.signedEntryTimestamp,
    Payload: { body: entry.body, integratedTime: entry.integratedTime, logIndex: entry.logIndex, logID: entry.logID },
  })
}
