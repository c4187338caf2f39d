/**
 * Sigstore bundles v0.3 (https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_bundle.proto)
 * holding a DSSE envelope (https://github.com/secure-systems-lab/dsse/blob/master/protocol.md) over
 * an in-toto statement (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md): what
 * `cosign sign --new-bundle-format` (predicate type https://sigstore.dev/cosign/sign/v1),
 * `cosign attest` and actions/attest-build-provenance attach to an image.
 */
import { createHash, sign } from 'node:crypto'
import type { MockSigstore, RekorEntry } from './instance.js'
import type { TagSigner } from './cosign-tag.js'

export const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1'
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

export interface StatementOptions {
  readonly digest: string
  /** The subject's name (the repository, as cosign and attest-build-provenance write it). */
  readonly name?: string
  /** Default: cosign's signature predicate type. */
  readonly predicateType?: string
  readonly predicate?: unknown
}

/** An in-toto v1 statement about `digest`, as bytes. */
export function inTotoStatement(options: StatementOptions): Uint8Array {
  const [algorithm, hex] = options.digest.split(':') as [string, string]
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: options.name ?? 'registry.test/app', digest: { [algorithm]: hex } }],
    predicateType: options.predicateType ?? COSIGN_SIGN_PREDICATE,
    predicate: options.predicate ?? {},
  }
  return Buffer.from(JSON.stringify(statement))
}

/** DSSE's pre-authentication encoding: what the signature covers. */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType)
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), Buffer.from(payload)])
}

/** A bundle v0.3 JSON with a DSSE envelope over the statement (or over `statement` bytes given as they are). */
export async function signBundle(options: StatementOptions & { signer: TagSigner; statement?: Uint8Array }): Promise<Uint8Array> {
  const payload = options.statement ?? inTotoStatement(options)
  const pae = preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload)
  const signer = options.signer
  let signature: Buffer
  let verificationMaterial: Record<string, unknown>
  let log: MockSigstore | undefined
  let verifier: string
  if ('key' in signer) {
    signature = signer.key.sign(pae, signer.hash)
    verificationMaterial = {
      publicKey: {
        hint: createHash('sha256')
          .update(signer.key.publicKey.export({ type: 'spki', format: 'der' }))
          .digest('base64'),
      },
    }
    log = signer.log
    verifier = signer.key.publicKeyPem
  } else {
    const certificate = await signer.sigstore.issueCertificate(signer.keyless)
    signature = sign('sha256', pae, certificate.privateKey)
    verificationMaterial = { certificate: { rawBytes: certificate.certificateDer.toString('base64') } }
    log = signer.noLog === true ? undefined : signer.sigstore
    verifier = certificate.certificatePem
    if (signer.timestamp === true) {
      verificationMaterial.timestampVerificationData = {
        rfc3161Timestamps: [{ signedTimestamp: (await signer.sigstore.timestamp(signature)).toString('base64') }],
      }
    }
  }
  const envelope = {
    payload: Buffer.from(payload).toString('base64'),
    payloadType: IN_TOTO_PAYLOAD_TYPE,
    signatures: [{ sig: signature.toString('base64'), keyid: '' }],
  }
  const tlogEntries = log === undefined ? [] : [tlogEntry(await log.logEntry(dsseEntry(envelope, payload, signature, verifier)), 'dsse')]
  const bundle = { mediaType: BUNDLE_V03_MEDIA_TYPE, verificationMaterial: { ...verificationMaterial, tlogEntries }, dsseEnvelope: envelope }
  return Buffer.from(JSON.stringify(bundle))
}

/** Rekor's dsse v0.0.1 entry (https://github.com/sigstore/rekor/tree/main/pkg/types/dsse). */
function dsseEntry(envelope: object, payload: Uint8Array, signature: Buffer, verifierPem: string): object {
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(Buffer.from(JSON.stringify(envelope))) },
      payloadHash: { algorithm: 'sha256', value: sha256(payload) },
      signatures: [{ signature: signature.toString('base64'), verifier: Buffer.from(verifierPem).toString('base64') }],
    },
  }
}

/** A bundle's tlog entry (TransparencyLogEntry JSON) from Rekor's answer: inclusion promise and proof. */
export function tlogEntry(entry: RekorEntry, kind: 'dsse' | 'hashedrekord'): object {
  const proof = entry.verification.inclusionProof
  return {
    logIndex: String(entry.logIndex),
    logId: { keyId: Buffer.from(entry.logID, 'hex').toString('base64') },
    kindVersion: { kind, version: '0.0.1' },
    integratedTime: String(entry.integratedTime),
    inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp },
    inclusionProof: {
      logIndex: String(proof.logIndex),
      rootHash: Buffer.from(proof.rootHash, 'hex').toString('base64'),
      treeSize: String(proof.treeSize),
      hashes: proof.hashes,
      checkpoint: { envelope: proof.checkpoint },
    },
    canonicalizedBody: entry.body,
  }
}
