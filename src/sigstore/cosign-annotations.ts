/**
 * The annotations of a layer of cosign's `.sig` manifest, read within bounds
 * (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md): the signature, and for a
 * keyless signature the Fulcio certificate, its chain, Rekor's SET bundle and an RFC 3161 timestamp.
 */
import { X509Certificate } from '@sigstore/core'
import { decodeBase64, isRecord, parseBoundedJson } from './bounded-json.js'
import { formatBytes, SIGSTORE_LIMITS } from './limits.js'
import { refuse } from './refusal.js'

export const COSIGN_ANNOTATIONS = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  rfc3161Timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
} as const

/** Rekor's entry as cosign keeps it: the SET and the payload it signs. */
export interface RekorSet {
  readonly signedEntryTimestamp: string
  readonly body: string
  readonly integratedTime: number
  readonly logIndex: number
  readonly logId: string
}

export interface CosignLayer {
  readonly signature: Buffer
  /** Keyless only: the leaf first, then the chain. */
  readonly certificates?: readonly { readonly der: Buffer; readonly parsed: X509Certificate }[]
  readonly rekor?: RekorSet
  readonly timestamp?: Buffer
}

/** Reads the annotations; every one present must be well formed (a garbage one is refused, not skipped). */
export function readCosignAnnotations(annotations: Readonly<Record<string, string>>): CosignLayer {
  const value = (name: string): string | undefined => {
    const text = Object.hasOwn(annotations, name) ? annotations[name] : undefined
    if (typeof text === 'string' && Buffer.byteLength(text) > SIGSTORE_LIMITS.annotationBytes) {
      refuse(`annotation ${name} is ${formatBytes(Buffer.byteLength(text))}, over the limit of ${formatBytes(SIGSTORE_LIMITS.annotationBytes)}`)
    }
    return typeof text === 'string' ? text : undefined
  }
  const signatureText = value(COSIGN_ANNOTATIONS.signature) ?? refuse(`no ${COSIGN_ANNOTATIONS.signature} annotation: the layer is not a cosign signature`)
  const signature = decodeBase64(signatureText) ?? refuse(`annotation ${COSIGN_ANNOTATIONS.signature} is not base64`)
  const certificate = value(COSIGN_ANNOTATIONS.certificate)
  const chain = value(COSIGN_ANNOTATIONS.chain)
  const rekor = value(COSIGN_ANNOTATIONS.bundle)
  const timestamp = value(COSIGN_ANNOTATIONS.rfc3161Timestamp)
  return {
    signature,
    ...(certificate === undefined ? {} : { certificates: readCertificates(certificate, chain) }),
    ...(rekor === undefined ? {} : { rekor: readRekorSet(rekor) }),
    ...(timestamp === undefined ? {} : { timestamp: readTimestamp(timestamp) }),
  }
}

function readCertificates(leafPem: string, chainPem: string | undefined): { der: Buffer; parsed: X509Certificate }[] {
  const leaf = pemBlocks(leafPem, COSIGN_ANNOTATIONS.certificate)
  if (leaf.length !== 1) refuse(`annotation ${COSIGN_ANNOTATIONS.certificate} holds ${leaf.length} certificates, expected one`)
  const chain = chainPem === undefined ? [] : pemBlocks(chainPem, COSIGN_ANNOTATIONS.chain)
  const all = [...leaf, ...chain]
  if (all.length > SIGSTORE_LIMITS.chainCertificates) {
    refuse(`the certificate chain has ${all.length} certificates, over the limit of ${SIGSTORE_LIMITS.chainCertificates}`)
  }
  return all
}

/** The DER certificates of a PEM text, each parsed; anything else in the text is refused. */
function pemBlocks(text: string, annotation: string): { der: Buffer; parsed: X509Certificate }[] {
  const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----([^-]*)-----END CERTIFICATE-----/g)]
  const rest = text.replace(/-----BEGIN CERTIFICATE-----([^-]*)-----END CERTIFICATE-----/g, '').trim()
  if (blocks.length === 0 || rest !== '') refuse(`annotation ${annotation} is not PEM certificates`)
  if (blocks.length > SIGSTORE_LIMITS.chainCertificates)
    refuse(`annotation ${annotation} holds ${blocks.length} certificates, over the limit of ${SIGSTORE_LIMITS.chainCertificates}`)
  return blocks.map((block) => {
    const der = decodeBase64(block[1]!) ?? refuse(`annotation ${annotation} is not PEM certificates`)
    try {
      return { der, parsed: X509Certificate.parse(Buffer.from(der)) }
    } catch (error) {
      return refuse(`annotation ${annotation} holds a certificate that cannot be read (${(error as Error).message})`)
    }
  })
}

function readRekorSet(text: string): RekorSet {
  const parsed = parseBoundedJson(text, `annotation ${COSIGN_ANNOTATIONS.bundle}`, SIGSTORE_LIMITS.annotationBytes)
  if (!parsed.ok) refuse(parsed.problem)
  const json = parsed.value
  const payload = isRecord(json) ? json.Payload : undefined
  if (
    !isRecord(json) ||
    typeof json.SignedEntryTimestamp !== 'string' ||
    !isRecord(payload) ||
    typeof payload.body !== 'string' ||
    !Number.isSafeInteger(payload.integratedTime) ||
    !Number.isSafeInteger(payload.logIndex) ||
    typeof payload.logID !== 'string' ||
    !/^[0-9a-f]{64}$/.test(payload.logID)
  ) {
    return refuse(
      `annotation ${COSIGN_ANNOTATIONS.bundle} is not Rekor's bundle ({"SignedEntryTimestamp", "Payload": {"body", "integratedTime", "logIndex", "logID"}})`,
    )
  }
  return {
    signedEntryTimestamp: json.SignedEntryTimestamp,
    body: payload.body,
    integratedTime: payload.integratedTime as number,
    logIndex: payload.logIndex as number,
    logId: payload.logID,
  }
}

function readTimestamp(text: string): Buffer {
  const parsed = parseBoundedJson(text, `annotation ${COSIGN_ANNOTATIONS.rfc3161Timestamp}`, SIGSTORE_LIMITS.annotationBytes)
  const blob = parsed.ok && isRecord(parsed.value) ? parsed.value.SignedRFC3161TimestampBlob : undefined
  return (
    (typeof blob === 'string' ? decodeBase64(blob) : undefined) ??
    refuse(`annotation ${COSIGN_ANNOTATIONS.rfc3161Timestamp} is not cosign's {"SignedRFC3161TimestampBlob": base64}`)
  )
}
