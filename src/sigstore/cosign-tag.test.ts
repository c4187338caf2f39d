import { beforeAll, describe, expect, it } from 'vitest'
import { COSIGN_ANNOTATIONS, KEY_TYPES, signCosignTag, simpleSigningPayload, type KeylessIdentity, type KeyType } from '../../test/support/sigstore/index.js'
import type { EvidenceCheck } from './types.js'
import {
  DIGEST,
  GITHUB_IDENTITY,
  identityRule,
  identityRules,
  exact,
  ISSUER,
  keyRules,
  lateExpiry,
  makeFixtures,
  OTHER_DIGEST,
  OTHER_ISSUER,
  OTHER_WORKFLOW,
  re,
  RELEASE_IDENTITY,
  RELEASE_SIGNER,
  SOURCE_REPOSITORY_URI,
  tagEvidence,
  WORKFLOW,
  verifyCase as verify,
  type Case,
  type Fixtures,
} from './verify.test-support.js'

let f: Fixtures
beforeAll(async () => {
  f = await makeFixtures()
})

const keyless = (identity: KeylessIdentity = { subject: WORKFLOW, issuer: ISSUER }, extra: { timestamp?: boolean; noLog?: boolean } = {}) => ({
  keyless: identity,
  sigstore: f.sigstore,
  ...extra,
})

describe('a cosign .sig tag signature', () => {
  it.each(KEY_TYPES)('signed with a %s key verifies with that key', async (type: KeyType) => {
    const signed = await signCosignTag({ digest: DIGEST, signer: { key: f.keys[type] } })
    expect(await verify({ evidence: tagEvidence(signed), signers: keyRules(f.keys[type]) })).toEqual({
      where: tagEvidence(signed).where,
      ok: true,
      signer: 'key .github/cosign.pub',
    })
  })

  const positives: [string, () => Promise<Case>, string][] = [
    [
      'P-384 hashed with SHA-256, as older cosign signs',
      async () => ({
        evidence: tagEvidence(await signCosignTag({ digest: DIGEST, signer: { key: f.keys['ecdsa-p384'], hash: 'sha256' } })),
        signers: keyRules(f.keys['ecdsa-p384']),
      }),
      'key .github/cosign.pub',
    ],
    [
      'the second of two policy keys',
      async () => ({
        evidence: tagEvidence(await signCosignTag({ digest: DIGEST, signer: { key: f.keys.ed25519 } })),
        signers: keyRules(f.otherKey, f.keys.ed25519),
      }),
      'key .github/cosign-2.pub',
    ],
    [
      'keyless, identity and issuer exact',
      async () => ({
        evidence: tagEvidence(await signCosignTag({ digest: DIGEST, signer: keyless() })),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      RELEASE_SIGNER,
    ],
    [
      'keyless, the subject matched by a re: pattern',
      async () => ({
        evidence: tagEvidence(await signCosignTag({ digest: DIGEST, signer: keyless() })),
        signers: identityRules(identityRule(re('https://github\\.com/acme/app/\\.github/workflows/release\\.yml@refs/tags/v.*'), exact(ISSUER))),
        trust: f.trust,
      }),
      RELEASE_SIGNER,
    ],
    [
      'keyless, with a Fulcio extension rule (SourceRepositoryURI)',
      async () => ({
        evidence: tagEvidence(await signCosignTag({ digest: DIGEST, signer: keyless(GITHUB_IDENTITY) })),
        signers: identityRules(identityRule(exact(WORKFLOW), exact(ISSUER), { [SOURCE_REPOSITORY_URI]: exact('https://github.com/acme/app') })),
        trust: f.trust,
      }),
      RELEASE_SIGNER,
    ],
    [
      'keyless, logged and timestamped',
      async () => ({
        evidence: tagEvidence(await signCosignTag({ digest: DIGEST, signer: keyless(undefined, { timestamp: true }) })),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      RELEASE_SIGNER,
    ],
    [
      'keyless, proven by an RFC 3161 timestamp alone, the trusted root having no Rekor log',
      async () => ({
        evidence: tagEvidence(await signCosignTag({ digest: DIGEST, signer: keyless(undefined, { timestamp: true, noLog: true }) })),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.timestampTrust,
      }),
      RELEASE_SIGNER,
    ],
    [
      'keyless, verified a day after its 10-minute certificate expired (the log proves when it was used)',
      async () => ({
        evidence: tagEvidence(await signCosignTag({ digest: DIGEST, signer: keyless() })),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
        now: new Date(Date.now() + 86_400_000),
      }),
      RELEASE_SIGNER,
    ],
  ]
  it.each(positives)('verifies: %s', async (_name, build, signer) => {
    const check = await verify(await build())
    expect(check).toMatchObject({ ok: true, signer })
    expect(check.problem).toBeUndefined()
  })

  const signedWith = async (options: Parameters<typeof signCosignTag>[0]) => tagEvidence(await signCosignTag(options))
  const withAnnotations = async (change: (a: Record<string, string>) => void, signer?: Parameters<typeof signCosignTag>[0]['signer']) => {
    const signed = await signCosignTag({ digest: DIGEST, signer: signer ?? { key: f.keys['ecdsa-p256'] } })
    const annotations = { ...signed.annotations }
    change(annotations)
    return tagEvidence({ payload: signed.payload, annotations })
  }
  const tampered = async (signer: Parameters<typeof signCosignTag>[0]['signer']) => {
    const signed = await signCosignTag({ digest: DIGEST, signer })
    return tagEvidence({
      payload: Buffer.from(Buffer.from(signed.payload).toString().replace('"optional":null', '"optional":{"x":1}')),
      annotations: signed.annotations,
    })
  }
  const ANOTHER_KEY = 'signed by another key: .github/cosign.pub does not verify the signature (or the payload was changed after signing)'
  const refusals: [string, () => Promise<Case>, { signer?: string; problem: string | RegExp }][] = [
    [
      'wrong key',
      async () => ({ evidence: await signedWith({ digest: DIGEST, signer: { key: f.otherKey } }), signers: keyRules(f.keys['ecdsa-p256']) }),
      { signer: 'an unknown key', problem: ANOTHER_KEY },
    ],
    [
      'tampered payload, key',
      async () => ({ evidence: await tampered({ key: f.keys['ecdsa-p256'] }), signers: keyRules(f.keys['ecdsa-p256']) }),
      { signer: 'an unknown key', problem: ANOTHER_KEY },
    ],
    [
      'tampered payload, keyless',
      async () => ({ evidence: await tampered(keyless()), signers: identityRules(RELEASE_IDENTITY), trust: f.trust }),
      {
        signer: RELEASE_SIGNER,
        problem: 'its transparency-log entry records another signature or payload (digest mismatch): the payload was changed after signing',
      },
    ],
    [
      'tampered payload, keyless with a timestamp and no log entry',
      async () => ({
        evidence: await tampered(keyless(undefined, { timestamp: true, noLog: true })),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.timestampTrust,
      }),
      { signer: RELEASE_SIGNER, problem: "the signature does not verify with the certificate's key: the payload was changed after signing" },
    ],
    [
      'a signature for another digest, key',
      async () => ({ evidence: await signedWith({ digest: OTHER_DIGEST, signer: { key: f.keys.ed25519 } }), signers: keyRules(f.keys.ed25519) }),
      { signer: 'key .github/cosign.pub', problem: `signs ${OTHER_DIGEST} not ${DIGEST}` },
    ],
    [
      'a signature for another digest, keyless',
      async () => ({ evidence: await signedWith({ digest: OTHER_DIGEST, signer: keyless() }), signers: identityRules(RELEASE_IDENTITY), trust: f.trust }),
      { signer: RELEASE_SIGNER, problem: `signs ${OTHER_DIGEST} not ${DIGEST}` },
    ],
    [
      'wrong identity',
      async () => ({
        evidence: await signedWith({ digest: DIGEST, signer: keyless({ subject: OTHER_WORKFLOW, issuer: ISSUER }) }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      {
        signer: `${OTHER_WORKFLOW} (issuer ${ISSUER})`,
        problem: `subject ${OTHER_WORKFLOW} issued by ${ISSUER} does not match subject ${WORKFLOW} issued by ${ISSUER}`,
      },
    ],
    [
      'wrong issuer',
      async () => ({
        evidence: await signedWith({ digest: DIGEST, signer: keyless({ subject: WORKFLOW, issuer: OTHER_ISSUER }) }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      {
        signer: `${WORKFLOW} (issuer ${OTHER_ISSUER})`,
        problem: `subject ${WORKFLOW} issued by ${OTHER_ISSUER} does not match subject ${WORKFLOW} issued by ${ISSUER}`,
      },
    ],
    [
      'wrong extension (another source repository)',
      async () => ({
        evidence: await signedWith({
          digest: DIGEST,
          signer: keyless({ ...GITHUB_IDENTITY, extensions: { [SOURCE_REPOSITORY_URI]: 'https://github.com/evil/app' } }),
        }),
        signers: identityRules({ ...RELEASE_IDENTITY, extensions: { [SOURCE_REPOSITORY_URI]: exact('https://github.com/acme/app') } }),
        trust: f.trust,
      }),
      { signer: RELEASE_SIGNER, problem: `subject ${WORKFLOW} issued by ${ISSUER} does not match subject ${WORKFLOW} issued by ${ISSUER}` },
    ],
    [
      'a certificate used outside its validity with no timestamp (the CA clock an hour behind)',
      async () => ({
        evidence: await signedWith({ digest: DIGEST, signer: { keyless: { subject: WORKFLOW, issuer: ISSUER }, sigstore: f.late } }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.lateTrust,
      }),
      { signer: RELEASE_SIGNER, problem: /^certificate expired at \S+ and no timestamp proves it was used before: the transparency log says \S+$/ },
    ],
    [
      'keyless with no trusted root',
      async () => ({ evidence: await signedWith({ digest: DIGEST, signer: keyless() }), signers: identityRules(RELEASE_IDENTITY) }),
      {
        signer: RELEASE_SIGNER,
        problem:
          'a keyless signature, and no trusted root to verify its certificate: set sigstore.trustedRoot in the policy (public-good, github or a trusted_root.json)',
      },
    ],
    [
      "keyless from another Sigstore instance than the trusted root's",
      async () => ({
        evidence: await signedWith({ digest: DIGEST, signer: { keyless: { subject: WORKFLOW, issuer: ISSUER }, sigstore: f.stranger } }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      {
        signer: RELEASE_SIGNER,
        problem:
          /^the certificate was not issued by a certificate authority of the trusted root \.sigstore\/trusted_root\.json \(Failed to verify certificate chain/,
      },
    ],
    [
      'keyless with a timestamp but no log entry, the trusted root listing a Rekor log',
      async () => ({
        evidence: await signedWith({ digest: DIGEST, signer: keyless(undefined, { timestamp: true, noLog: true }) }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      {
        signer: RELEASE_SIGNER,
        problem: 'it has no transparency-log entry, and the trusted root .sigstore/trusted_root.json lists a Rekor log that must have recorded it',
      },
    ],
    [
      'keyless with neither log entry nor timestamp',
      async () => ({
        evidence: await signedWith({ digest: DIGEST, signer: keyless(undefined, { noLog: true }) }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.trust,
      }),
      { signer: RELEASE_SIGNER, problem: 'no transparency-log entry or RFC 3161 timestamp proves when its short-lived certificate was used' },
    ],
    [
      'key-signed, the policy naming only identities',
      async () => ({ evidence: await signedWith({ digest: DIGEST, signer: { key: f.keys.ed25519 } }), signers: identityRules(RELEASE_IDENTITY) }),
      { signer: 'an unknown key', problem: 'signed with a key, and the policy names no keys, only identities' },
    ],
    [
      'keyless, the policy naming only keys',
      async () => ({ evidence: await signedWith({ digest: DIGEST, signer: keyless() }), signers: keyRules(f.keys.ed25519), trust: f.trust }),
      { signer: RELEASE_SIGNER, problem: `signed keyless by subject ${WORKFLOW} issued by ${ISSUER}, and the policy names no identities, only keys` },
    ],
    [
      'a signature where an attestation is required',
      async () => ({
        evidence: await signedWith({ digest: DIGEST, signer: { key: f.keys.ed25519 } }),
        signers: keyRules(f.keys.ed25519),
        requirement: { kind: 'attestation', predicateType: 'https://slsa.dev/provenance/v1' },
      }),
      { problem: 'a cosign signature, not an attestation of https://slsa.dev/provenance/v1' },
    ],
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
      { signer: 'an unknown key', problem: "the policy's key .github/cosign.pub cannot be used: .github/cosign.pub: is not a PEM public key" },
    ],
  ]
  it.each(refusals)('refuses: %s', async (_name, build, expected) => {
    const check: EvidenceCheck = await verify(await build())
    expect(check.ok).toBe(false)
    expect(check.signer).toBe(expected.signer)
    if (typeof expected.problem === 'string') expect(check.problem).toBe(expected.problem)
    else expect(check.problem).toMatch(expected.problem)
  })

  it('names when an expired certificate was used and when it expired', async () => {
    const evidence = tagEvidence(await signCosignTag({ digest: DIGEST, signer: { keyless: { subject: WORKFLOW, issuer: ISSUER }, sigstore: f.late } }))
    const check = await verify({ evidence, signers: identityRules(RELEASE_IDENTITY), trust: f.lateTrust })
    expect(check.problem).toMatch(
      new RegExp(
        `^certificate expired at ${lateExpiry(f.lateClock).replaceAll('.', '\\.')} and no timestamp proves it was used before: the transparency log says \\d{4}-`,
      ),
    )
  })

  it('keeps the payload as signed: the simple-signing document cosign writes', () => {
    expect(JSON.parse(Buffer.from(simpleSigningPayload(DIGEST)).toString())).toMatchObject({ critical: { image: { 'docker-manifest-digest': DIGEST } } })
  })
})
