import { beforeAll, describe, expect, it } from 'vitest'
import { COSIGN_ANNOTATIONS, signCosignTag } from '../../test/support/sigstore/index.js'
import {
  DIGEST,
  identityRules,
  ISSUER,
  keyRules,
  makeFixtures,
  RELEASE_IDENTITY,
  tagEvidence,
  verifyCase as verify,
  WORKFLOW,
  type Case,
  type Fixtures,
} from './verify.test-support.js'

let f: Fixtures
beforeAll(async () => {
  f = await makeFixtures()
})

type Signer = Parameters<typeof signCosignTag>[0]['signer']
const keyless = (): Signer => ({ keyless: { subject: WORKFLOW, issuer: ISSUER }, sigstore: f.sigstore })
const signedWith = async (options: Parameters<typeof signCosignTag>[0]) => tagEvidence(await signCosignTag(options))
/** A signed layer whose annotations were changed after signing. */
const withAnnotations = async (change: (a: Record<string, string>) => void, signer?: Signer) => {
  const signed = await signCosignTag({ digest: DIGEST, signer: signer ?? { key: f.keys['ecdsa-p256'] } })
  const annotations = { ...signed.annotations }
  change(annotations)
  return tagEvidence({ payload: signed.payload, annotations })
}

/** Garbage, oversized and hostile `.sig` layers: each a refused check that says what is wrong, never a crash. */
describe('a malformed cosign .sig layer', () => {
  const refusals: [string, () => Promise<Case>, { signer?: string; problem: string | RegExp }][] = [
    [
      'no signature annotation',
      async () => ({ evidence: await withAnnotations((a) => delete a[COSIGN_ANNOTATIONS.signature]), signers: keyRules(f.keys['ecdsa-p256']) }),
      { problem: 'no dev.cosignproject.cosign/signature annotation: the layer is not a cosign signature' },
    ],
    [
      'a signature that is not base64',
      async () => ({ evidence: await withAnnotations((a) => (a[COSIGN_ANNOTATIONS.signature] = 'not*base64!')), signers: keyRules(f.keys['ecdsa-p256']) }),
      { problem: 'annotation dev.cosignproject.cosign/signature is not base64' },
    ],
    [
      'an oversized signature annotation',
      async () => ({ evidence: await withAnnotations((a) => (a[COSIGN_ANNOTATIONS.signature] = 'A'.repeat(70_000))), signers: keyRules(f.keys['ecdsa-p256']) }),
      { problem: 'annotation dev.cosignproject.cosign/signature is 70000 bytes, over the limit of 64 KiB' },
    ],
    [
      'a garbage certificate',
      async () => ({
        evidence: await withAnnotations((a) => (a[COSIGN_ANNOTATIONS.certificate] = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n')),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      { problem: /^annotation dev\.sigstore\.cosign\/certificate holds a certificate that cannot be read \(/ },
    ],
    [
      'a certificate annotation that is no PEM',
      async () => ({
        evidence: await withAnnotations((a) => (a[COSIGN_ANNOTATIONS.certificate] = 'hello'), keyless()),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      { problem: 'annotation dev.sigstore.cosign/certificate is not PEM certificates' },
    ],
    [
      'a chain longer than 10 certificates',
      async () => ({
        evidence: await withAnnotations((a) => (a[COSIGN_ANNOTATIONS.chain] = a[COSIGN_ANNOTATIONS.chain]!.repeat(10)), keyless()),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      { problem: 'the certificate chain has 11 certificates, over the limit of 10' },
    ],
    [
      'a garbage Rekor bundle',
      async () => ({
        evidence: await withAnnotations((a) => (a[COSIGN_ANNOTATIONS.bundle] = '{"SignedEntryTimestamp":1}'), keyless()),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      {
        problem: `annotation dev.sigstore.cosign/bundle is not Rekor's bundle ({"SignedEntryTimestamp", "Payload": {"body", "integratedTime", "logIndex", "logID"}})`,
      },
    ],
    [
      'a Rekor bundle nested 10000 deep',
      async () => ({
        evidence: await withAnnotations((a) => (a[COSIGN_ANNOTATIONS.bundle] = '['.repeat(10_000)), keyless()),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      { problem: 'annotation dev.sigstore.cosign/bundle nests deeper than 64 levels' },
    ],
    [
      'an oversized payload',
      async () => ({
        evidence: tagEvidence({ payload: Buffer.alloc(1024 * 1024 + 1, 0x20), annotations: { [COSIGN_ANNOTATIONS.signature]: 'AAAA' } }),
        signers: keyRules(f.keys['ecdsa-p256']),
      }),
      { problem: 'the signed payload is 1048577 bytes, over the limit of 1 MiB' },
    ],
    [
      'a signed payload that is not JSON',
      async () => ({
        evidence: await signedWith({ digest: DIGEST, signer: { key: f.keys.ed25519 }, payload: Buffer.from('\u00ff not json') }),
        signers: keyRules(f.keys.ed25519),
      }),
      { signer: 'key .github/cosign.pub', problem: /^the signed payload is not JSON \(/ },
    ],
    [
      'a signed payload nested 100000 deep',
      async () => ({
        evidence: await signedWith({ digest: DIGEST, signer: { key: f.keys.ed25519 }, payload: Buffer.from('['.repeat(100_000)) }),
        signers: keyRules(f.keys.ed25519),
      }),
      { signer: 'key .github/cosign.pub', problem: 'the signed payload nests deeper than 64 levels' },
    ],
    [
      'a signed payload that is no simple-signing document',
      async () => ({
        evidence: await signedWith({
          digest: DIGEST,
          signer: { key: f.keys.ed25519 },
          payload: Buffer.from(JSON.stringify({ critical: { image: { 'docker-manifest-digest': DIGEST } } })),
        }),
        signers: keyRules(f.keys.ed25519),
      }),
      {
        signer: 'key .github/cosign.pub',
        problem: `the signed payload is not cosign's simple-signing document (critical.type "cosign container image signature" with critical.image.docker-manifest-digest)`,
      },
    ],
    [
      'a policy key that is not a public key',
      async () => ({
        evidence: await signedWith({ digest: DIGEST, signer: { key: f.keys.ed25519 } }),
        signers: { keys: [{ name: '.github/cosign.pub', pem: 'not a key' }], identities: [] },
      }),
      { signer: 'an unknown key', problem: "the policy's key .github/cosign.pub cannot be used: it is not a PEM public key" },
    ],
  ]
  it.each(refusals)('refuses: %s', async (_name, build, expected) => {
    const check = await verify(await build())
    expect(check.ok).toBe(false)
    expect(check.signer).toBe(expected.signer)
    if (typeof expected.problem === 'string') expect(check.problem).toBe(expected.problem)
    else expect(check.problem).toMatch(expected.problem)
  })
})
