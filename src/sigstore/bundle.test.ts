import { beforeAll, describe, expect, it } from 'vitest'
import { COSIGN_SIGN_PREDICATE, inTotoStatement, signBundle, SLSA_PROVENANCE_V1, type TagSigner } from '../../test/support/sigstore/index.js'
import type { Requirement } from './types.js'
import {
  bundleEvidence,
  DIGEST,
  identityRules,
  ISSUER,
  keyRules,
  makeFixtures,
  OTHER_DIGEST,
  OTHER_WORKFLOW,
  RELEASE_IDENTITY,
  RELEASE_SIGNER,
  WORKFLOW,
  verifyCase as verify,
  type Case,
  type Fixtures,
} from './verify.test-support.js'

let f: Fixtures
beforeAll(async () => {
  f = await makeFixtures()
})

const PROVENANCE: Requirement = { kind: 'attestation', predicateType: SLSA_PROVENANCE_V1 }
const keyless = (subject = WORKFLOW, extra: { timestamp?: boolean } = {}): TagSigner => ({
  keyless: { subject, issuer: ISSUER },
  sigstore: f.sigstore,
  ...extra,
})
const signed = async (options: Parameters<typeof signBundle>[0], subject = DIGEST) => bundleEvidence(await signBundle(options), subject)
/** The bundle with its JSON changed after signing. */
interface BundleJson {
  mediaType: string
  dsseEnvelope?: { payload: string; payloadType: string; signatures: { sig: string }[] }
  messageSignature?: unknown
  verificationMaterial: { tlogEntries: unknown[] }
}
const edited = async (options: Parameters<typeof signBundle>[0], change: (bundle: BundleJson) => void) => {
  const json = JSON.parse(Buffer.from(await signBundle(options)).toString()) as BundleJson
  change(json)
  return bundleEvidence(Buffer.from(JSON.stringify(json)))
}
const raw = (text: string) => bundleEvidence(Buffer.from(text))

describe('a Sigstore bundle (DSSE, in-toto statement)', () => {
  const positives: [string, () => Promise<Case>, string, string][] = [
    [
      'a cosign signature, keyless',
      async () => ({ evidence: await signed({ digest: DIGEST, signer: keyless() }), signers: identityRules(RELEASE_IDENTITY), trust: f.trust }),
      RELEASE_SIGNER,
      COSIGN_SIGN_PREDICATE,
    ],
    [
      'a cosign signature, keyless and timestamped',
      async () => ({
        evidence: await signed({ digest: DIGEST, signer: keyless(undefined, { timestamp: true }) }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      RELEASE_SIGNER,
      COSIGN_SIGN_PREDICATE,
    ],
    [
      'a cosign signature, Ed25519 key',
      async () => ({ evidence: await signed({ digest: DIGEST, signer: { key: f.keys.ed25519 } }), signers: keyRules(f.keys.ed25519) }),
      'key .github/cosign.pub',
      COSIGN_SIGN_PREDICATE,
    ],
    [
      'a cosign signature, P-384 key',
      async () => ({ evidence: await signed({ digest: DIGEST, signer: { key: f.keys['ecdsa-p384'] } }), signers: keyRules(f.keys['ecdsa-p384']) }),
      'key .github/cosign.pub',
      COSIGN_SIGN_PREDICATE,
    ],
    [
      'a cosign signature, RSA key',
      async () => ({ evidence: await signed({ digest: DIGEST, signer: { key: f.keys['rsa-2048'] } }), signers: keyRules(f.keys['rsa-2048']) }),
      'key .github/cosign.pub',
      COSIGN_SIGN_PREDICATE,
    ],
    [
      'an SLSA provenance attestation, keyless',
      async () => ({
        evidence: await signed({
          digest: DIGEST,
          predicateType: SLSA_PROVENANCE_V1,
          predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' } },
          signer: keyless(),
        }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
        requirement: PROVENANCE,
      }),
      RELEASE_SIGNER,
      SLSA_PROVENANCE_V1,
    ],
    [
      'a statement with several subjects, one of them the digest',
      async () => ({
        evidence: await signed({
          digest: DIGEST,
          signer: { key: f.keys.ed25519 },
          statement: Buffer.from(
            JSON.stringify({
              _type: 'https://in-toto.io/Statement/v1',
              subject: [
                { name: 'x', digest: { sha256: 'b'.repeat(64) } },
                { name: 'y', digest: { sha256: 'a'.repeat(64) } },
              ],
              predicateType: SLSA_PROVENANCE_V1,
              predicate: {},
            }),
          ),
        }),
        signers: keyRules(f.keys.ed25519),
        requirement: PROVENANCE,
      }),
      'key .github/cosign.pub',
      SLSA_PROVENANCE_V1,
    ],
  ]
  it.each(positives)('verifies: %s', async (_name, build, signer, predicateType) => {
    const check = await verify(await build())
    expect(check).toMatchObject({ ok: true, signer, statement: { predicateType } })
    expect(check.problem).toBeUndefined()
    expect(check.statement!.subjects.some((s) => s.digest.sha256 === 'a'.repeat(64))).toBe(true)
  })

  const refusals: [string, () => Promise<Case>, { signer?: string; problem: string | RegExp }][] = [
    [
      'a provenance attestation where a signature is required',
      async () => ({
        evidence: await signed({ digest: DIGEST, predicateType: SLSA_PROVENANCE_V1, signer: keyless() }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      { signer: RELEASE_SIGNER, problem: `an attestation of ${SLSA_PROVENANCE_V1}, not a cosign signature (predicate type ${COSIGN_SIGN_PREDICATE})` },
    ],
    [
      'a signature where provenance is required',
      async () => ({
        evidence: await signed({ digest: DIGEST, signer: keyless() }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
        requirement: PROVENANCE,
      }),
      { signer: RELEASE_SIGNER, problem: `an attestation of ${COSIGN_SIGN_PREDICATE}, not an attestation of ${SLSA_PROVENANCE_V1}` },
    ],
    [
      'a statement about another digest',
      async () => ({ evidence: await signed({ digest: OTHER_DIGEST, signer: keyless() }), signers: identityRules(RELEASE_IDENTITY), trust: f.trust }),
      { signer: RELEASE_SIGNER, problem: `signs ${OTHER_DIGEST} not ${DIGEST}` },
    ],
    [
      'wrong identity',
      async () => ({ evidence: await signed({ digest: DIGEST, signer: keyless(OTHER_WORKFLOW) }), signers: identityRules(RELEASE_IDENTITY), trust: f.trust }),
      {
        signer: `${OTHER_WORKFLOW} (issuer ${ISSUER})`,
        problem: `subject ${OTHER_WORKFLOW} issued by ${ISSUER} does not match subject ${WORKFLOW} issued by ${ISSUER} (the subject differs)`,
      },
    ],
    [
      'tampered statement, keyless',
      async () => ({
        evidence: await edited(
          { digest: DIGEST, signer: keyless() },
          (b) => (b.dsseEnvelope!.payload = Buffer.from(inTotoStatement({ digest: DIGEST, predicate: { x: 1 } })).toString('base64')),
        ),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      {
        signer: RELEASE_SIGNER,
        problem: 'its transparency-log entry records another signature or payload (DSSE payload hash mismatch): the payload was changed after signing',
      },
    ],
    [
      'tampered statement, key',
      async () => ({
        evidence: await edited(
          { digest: DIGEST, signer: { key: f.keys['ecdsa-p256'] } },
          (b) => (b.dsseEnvelope!.payload = Buffer.from(inTotoStatement({ digest: DIGEST, predicate: { x: 1 } })).toString('base64')),
        ),
        signers: keyRules(f.keys['ecdsa-p256']),
      }),
      {
        signer: 'an unknown key',
        problem: 'signed by another key: .github/cosign.pub does not verify the signature (or the payload was changed after signing)',
      },
    ],
    [
      // What a signature rule meets in a repository where promote wrote a record: not a bad signature.
      'an attestation of another kind by a key the policy does not know, for a signature',
      async () => ({
        evidence: await signed({ digest: DIGEST, predicateType: 'https://shiptag.dev/promotion/v1', signer: { key: f.otherKey } }),
        signers: keyRules(f.keys['ecdsa-p256']),
      }),
      {
        signer: 'an unknown key',
        problem: `an attestation of https://shiptag.dev/promotion/v1, not a cosign signature (predicate type ${COSIGN_SIGN_PREDICATE})`,
      },
    ],
    [
      'wrong key',
      async () => ({ evidence: await signed({ digest: DIGEST, signer: { key: f.otherKey } }), signers: keyRules(f.keys['ecdsa-p256']) }),
      {
        signer: 'an unknown key',
        problem: 'signed by another key: .github/cosign.pub does not verify the signature (or the payload was changed after signing)',
      },
    ],
    [
      'keyless with no trusted root',
      async () => ({ evidence: await signed({ digest: DIGEST, signer: keyless() }), signers: identityRules(RELEASE_IDENTITY) }),
      {
        signer: RELEASE_SIGNER,
        problem:
          'a keyless signature, and no trusted root to verify its certificate: set sigstore.trustedRoot in the policy (public-good, github or a trusted_root.json)',
      },
    ],
    [
      'a certificate used outside its validity with no timestamp',
      async () => ({
        evidence: await signed({ digest: DIGEST, signer: { keyless: { subject: WORKFLOW, issuer: ISSUER }, sigstore: f.late } }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.lateTrust,
      }),
      {
        signer: RELEASE_SIGNER,
        problem: /^certificate expired at \S+ and no timestamp proves it was used before: the transparency log says it was used at \S+$/,
      },
    ],
    ['not JSON', async () => ({ evidence: raw('{"mediaType": '), signers: keyRules(f.keys.ed25519) }), { problem: /^the bundle is not JSON \(/ }],
    [
      'not UTF-8',
      async () => ({ evidence: bundleEvidence(Buffer.from([0x7b, 0xff, 0x7d])), signers: keyRules(f.keys.ed25519) }),
      { problem: 'the bundle is not UTF-8 text' },
    ],
    [
      'oversized',
      async () => ({ evidence: bundleEvidence(Buffer.alloc(1024 * 1024 + 1, 0x20)), signers: keyRules(f.keys.ed25519) }),
      { problem: 'the bundle is 1048577 bytes, over the limit of 1 MiB' },
    ],
    [
      'nested 100000 deep',
      async () => ({ evidence: raw('{"a":'.repeat(100_000)), signers: keyRules(f.keys.ed25519) }),
      { problem: 'the bundle nests deeper than 64 levels' },
    ],
    ['a JSON array', async () => ({ evidence: raw('[]'), signers: keyRules(f.keys.ed25519) }), { problem: 'the bundle is not a JSON object' }],
    [
      'no content',
      async () => ({ evidence: raw('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}'), signers: keyRules(f.keys.ed25519) }),
      { problem: /^not a valid Sigstore bundle/ },
    ],
    [
      'a wrong media type',
      async () => ({
        evidence: await edited({ digest: DIGEST, signer: { key: f.keys.ed25519 } }, (b) => (b.mediaType = 'text/plain')),
        signers: keyRules(f.keys.ed25519),
      }),
      { problem: 'not a valid Sigstore bundle: mediaType missing or invalid' },
    ],
    [
      '17 transparency-log entries',
      async () => ({
        evidence: await edited(
          { digest: DIGEST, signer: keyless() },
          (b) => (b.verificationMaterial.tlogEntries = Array(17).fill(b.verificationMaterial.tlogEntries[0])),
        ),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      { problem: 'the bundle has 17 transparency-log entries, over the limit of 16' },
    ],
    [
      'a message signature instead of a DSSE envelope',
      async () => ({
        evidence: await edited({ digest: DIGEST, signer: { key: f.keys.ed25519 } }, (b) => {
          b.messageSignature = {
            messageDigest: { algorithm: 'SHA2_256', digest: Buffer.alloc(32).toString('base64') },
            signature: b.dsseEnvelope!.signatures[0]!.sig,
          }
          delete b.dsseEnvelope
        }),
        signers: keyRules(f.keys.ed25519),
      }),
      { problem: 'a message-signature bundle signs a file, not an image: cosign and GitHub attach bundles with a DSSE envelope over an in-toto statement' },
    ],
    [
      'a DSSE envelope of another payload type',
      async () => ({
        evidence: await edited({ digest: DIGEST, signer: { key: f.keys.ed25519 } }, (b) => (b.dsseEnvelope!.payloadType = 'text/plain')),
        signers: keyRules(f.keys.ed25519),
      }),
      { problem: 'its DSSE envelope holds payload type "text/plain", not an in-toto statement (application/vnd.in-toto+json)' },
    ],
    [
      'a signed statement that is not in-toto',
      async () => ({
        evidence: await signed({ digest: DIGEST, signer: { key: f.keys.ed25519 }, statement: Buffer.from('{"_type":"https://example.com/x"}') }),
        signers: keyRules(f.keys.ed25519),
      }),
      {
        signer: 'key .github/cosign.pub',
        problem: 'the signed statement is not an in-toto statement: _type is "https://example.com/x", expected https://in-toto.io/Statement/v1',
      },
    ],
    [
      'a signed statement without subjects',
      async () => ({
        evidence: await signed({
          digest: DIGEST,
          signer: { key: f.keys.ed25519 },
          statement: Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', predicateType: COSIGN_SIGN_PREDICATE, subject: [] })),
        }),
        signers: keyRules(f.keys.ed25519),
      }),
      { signer: 'key .github/cosign.pub', problem: 'the signed statement is not an in-toto statement: no subject' },
    ],
  ]
  it.each(refusals)('refuses: %s', async (_name, build, expected) => {
    const check = await verify(await build())
    expect(check.ok).toBe(false)
    expect(check.signer).toBe(expected.signer)
    expect(check.statement).toBeUndefined()
    if (typeof expected.problem === 'string') expect(check.problem).toBe(expected.problem)
    else expect(check.problem).toMatch(expected.problem)
  })
})
