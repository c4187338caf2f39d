/**
 * Verifies a promotion record's bundle with @sigstore/verify into the design's `EvidenceCheck`, so
 * record tests can run before slice A's verifyEvidence lands (then they should use it instead).
 */
import { createHash, createPublicKey } from 'node:crypto'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import type { EvidenceCheck, InTotoStatement } from '../../../src/sigstore/types.js'

const EMPTY_ROOT = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: [],
}

export interface RecordTrust {
  readonly trustedRoot?: Record<string, unknown>
  /** Public keys (PEM) a key-signed record may be signed with. */
  readonly keys?: readonly string[]
  /** Keyless: the certificate SAN that must have signed. */
  readonly subjectAlternativeName?: string
}

export function verifyRecordBundle(bytes: Uint8Array, subject: string, trust: RecordTrust, where = 'test'): EvidenceCheck {
  let bundle
  try {
    bundle = bundleFromJSON(JSON.parse(Buffer.from(bytes).toString('utf8')))
  } catch (error) {
    return { where, ok: false, problem: `not a Sigstore bundle: ${(error as Error).message}` }
  }
  const keyed = bundle.verificationMaterial.content.$case === 'publicKey'
  const keys = new Map(
    (trust.keys ?? []).map((pem) => {
      const key = createPublicKey(pem)
      return [
        createHash('sha256')
          .update(key.export({ format: 'der', type: 'spki' }))
          .digest('base64'),
        key,
      ] as const
    }),
  )
  const material = toTrustMaterial(TrustedRoot.fromJSON(trust.trustedRoot ?? EMPTY_ROOT), (hint) => {
    const key = keys.get(hint)
    if (key === undefined) throw new Error(`no key with hint ${hint}`)
    return { publicKey: key, validFor: () => true }
  })
  const thresholds = keyed ? { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 } : {}
  let signer: string
  try {
    const found = new Verifier(material, thresholds).verify(
      toSignedEntity(bundle),
      trust.subjectAlternativeName === undefined ? undefined : { subjectAlternativeName: trust.subjectAlternativeName },
    )
    signer = found.identity?.subjectAlternativeName ?? 'a key'
  } catch (error) {
    return { where, ok: false, problem: `the signature does not verify: ${(error as Error).message}` }
  }
  if (bundle.content.$case !== 'dsseEnvelope') return { where, ok: false, signer, problem: 'not a DSSE envelope' }
  const json = JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8')) as {
    predicateType: string
    subject: InTotoStatement['subjects']
    predicate: unknown
  }
  const statement: InTotoStatement = { predicateType: json.predicateType, subjects: Array.isArray(json.subject) ? json.subject : [], predicate: json.predicate }
  const hex = subject.replace(/^sha256:/, '')
  if (!statement.subjects.some((s) => s?.digest?.sha256 === hex))
    return { where, ok: false, signer, problem: `signs another digest, not ${subject}`, statement }
  return { where, ok: true, signer, statement }
}
