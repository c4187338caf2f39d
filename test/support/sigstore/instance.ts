/**
 * A private Sigstore instance for tests, offline: Fulcio's CA, a CT log, Rekor and a timestamp
 * authority from @sigstore/mock, each with its own clock, and the trusted_root.json that trusts
 * exactly them (protobuf-specs TrustedRoot JSON: https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_trustroot.proto).
 */
import { createHash, generateKeyPairSync, randomInt, type KeyObject } from 'node:crypto'
import { RFC3161Timestamp } from '@sigstore/core'
import { initializeCA, initializeCTLog, initializeTLog, initializeTSA } from '@sigstore/mock'

/** Where each service's clock stands; a missing one follows the real time. */
export interface MockSigstoreClocks {
  /** Fulcio: a past clock issues certificates that expired long before anything logs them. */
  readonly ca?: Date
  readonly ctlog?: Date
  /** Rekor: its integrated time is the signing time verification trusts. */
  readonly tlog?: Date
  readonly tsa?: Date
}

/** A Fulcio identity: the certificate's SAN, its OIDC issuer, other extensions by OID. */
export interface KeylessIdentity {
  readonly subject: string
  readonly issuer: string
  /** Fulcio extension OIDs (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md) to their values, e.g. `1.3.6.1.4.1.57264.1.12` SourceRepositoryURI. */
  readonly extensions?: Readonly<Record<string, string>>
}

/** A short-lived signing certificate and the key it certifies, as Fulcio gives a keyless signer. */
export interface SigningCertificate {
  readonly certificateDer: Buffer
  readonly certificatePem: string
  /** The CA's root, PEM: cosign's `dev.sigstore.cosign/chain` annotation. */
  readonly chainPem: string
  readonly privateKey: KeyObject
}

/** One Rekor v1 entry (https://github.com/sigstore/rekor/blob/main/openapi.yaml, LogEntry). */
export interface RekorEntry {
  readonly body: string
  readonly integratedTime: number
  readonly logIndex: number
  readonly logID: string
  readonly verification: {
    readonly signedEntryTimestamp: string
    readonly inclusionProof: { logIndex: number; treeSize: number; rootHash: string; hashes: string[]; checkpoint: string }
  }
}

export interface MockSigstore {
  /** trusted_root.json as parsed JSON. */
  readonly trustedRoot: Record<string, unknown>
  /** trusted_root.json as a file holds it. */
  readonly trustedRootText: string
  readonly rekorUrl: string
  issueCertificate(identity: KeylessIdentity): Promise<SigningCertificate>
  /** Logs a proposed entry (hashedrekord, dsse) and returns what Rekor answers. */
  logEntry(proposedEntry: object): Promise<RekorEntry>
  /** An RFC 3161 timestamp response over `signature`, as the bundle's `rfc3161Timestamps[].signedTimestamp` holds it. */
  timestamp(signature: Uint8Array): Promise<Buffer>
}

const ISSUER_OID = '1.3.6.1.4.1.57264.1.8'
const SHA256_OID = '2.16.840.1.101.3.4.2.1'
const REKOR_URL = 'https://rekor.mock.test'

/** Starts a fresh instance: new keys for every service, so two instances never trust each other. */
export async function startMockSigstore(clocks: MockSigstoreClocks = {}): Promise<MockSigstore> {
  const p256 = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const ctlog = await initializeCTLog(p256(), clocks.ctlog)
  const ca = await initializeCA(p256(), ctlog, clocks.ca)
  const tlog = await initializeTLog(REKOR_URL, p256(), clocks.tlog)
  const tsa = await initializeTSA(p256(), clocks.tsa)
  const rootPem = pem(Buffer.from(ca.rootCertificate.buffer, ca.rootCertificate.byteOffset, ca.rootCertificate.byteLength))
  // Valid from well before any clock a test sets, so what a test sees is the certificate's own validity.
  const validFor = { start: '2000-01-01T00:00:00Z' }
  const logKey = (publicKey: Buffer, logId: Buffer, baseUrl: string) => ({
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: publicKey.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
    logId: { keyId: logId.toString('base64') },
  })
  const der = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64')
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [logKey(tlog.publicKey, createHash('sha256').update(tlog.publicKey).digest(), REKOR_URL)],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: 'https://fulcio.mock.test',
        certChain: { certificates: [{ rawBytes: der(ca.rootCertificate) }] },
        validFor,
      },
    ],
    ctlogs: [logKey(ctlog.publicKey, Buffer.from(ctlog.logID.buffer, ctlog.logID.byteOffset, ctlog.logID.byteLength), 'https://ctfe.mock.test')],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: 'https://tsa.mock.test',
        certChain: { certificates: [{ rawBytes: der(tsa.intCertificate) }, { rawBytes: der(tsa.rootCertificate) }] },
        validFor,
      },
    ],
  }
  return {
    trustedRoot,
    trustedRootText: JSON.stringify(trustedRoot, null, 2),
    rekorUrl: REKOR_URL,
    async issueCertificate(identity) {
      const { publicKey, privateKey } = p256()
      const extensions = Object.entries({ [ISSUER_OID]: identity.issuer, ...identity.extensions }).map(([oid, value]) => ({ oid, value }))
      const issued = await ca.issueCertificate({ publicKey: publicKey.export({ type: 'spki', format: 'der' }), subjectAltName: identity.subject, extensions })
      const certificateDer = Buffer.from(issued.buffer, issued.byteOffset, issued.byteLength)
      return { certificateDer, certificatePem: pem(certificateDer), chainPem: rootPem, privateKey }
    },
    async logEntry(proposedEntry) {
      const answer = await tlog.log(proposedEntry)
      return Object.values(answer)[0] as unknown as RekorEntry
    },
    async timestamp(signature) {
      const artifactHash = createHash('sha256').update(signature).digest()
      // The mock writes genTime's milliseconds without trailing zeros (".5Z"), which @sigstore/core's
      // parser refuses (it takes exactly three digits); a TSA answers again a millisecond later.
      for (let attempt = 0; ; attempt++) {
        const answer = await tsa.timestamp({ artifactHash, hashAlgorithmOID: SHA256_OID, nonce: randomInt(1_000_000), policyOID: '1.2.3.4', certReq: true })
        const bytes = Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength)
        if (parsesWithCore(bytes) || attempt === 20) return bytes
        await new Promise((resolve) => setTimeout(resolve, 1))
      }
    },
  }
}

function parsesWithCore(response: Buffer): boolean {
  try {
    return RFC3161Timestamp.parse(Buffer.from(response)).signingTime instanceof Date
  } catch {
    return false
  }
}

export function pem(der: Buffer, label = 'CERTIFICATE'): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}
