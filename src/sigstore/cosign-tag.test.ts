import { beforeAll, describe, expect, it } from 'vitest'
import { KEY_TYPES, signCosignTag, simpleSigningPayload, startMockSigstore, type KeylessIdentity, type KeyType } from '../../test/support/sigstore/index.js'
import { trustedRootFromFile } from './trust.js'
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
        problem: `subject ${OTHER_WORKFLOW} issued by ${ISSUER} does not match subject ${WORKFLOW} issued by ${ISSUER} (the subject differs)`,
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
        problem: `subject ${WORKFLOW} issued by ${OTHER_ISSUER} does not match subject ${WORKFLOW} issued by ${ISSUER} (the issuer differs)`,
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
      {
        signer: RELEASE_SIGNER,
        problem: `subject ${WORKFLOW} issued by ${ISSUER} does not match subject ${WORKFLOW} issued by ${ISSUER} (certificate extension 1.3.6.1.4.1.57264.1.12 is https://github.com/evil/app, not https://github.com/acme/app)`,
      },
    ],
    [
      'a certificate used outside its validity with no timestamp (the CA clock an hour behind)',
      async () => ({
        evidence: await signedWith({ digest: DIGEST, signer: { keyless: { subject: WORKFLOW, issuer: ISSUER }, sigstore: f.late } }),
        signers: identityRules(RELEASE_IDENTITY),
        trust: f.lateTrust,
      }),
      {
        signer: RELEASE_SIGNER,
        problem: /^certificate expired at \S+ and no timestamp proves it was used before: the transparency log says it was used at \S+$/,
      },
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
  ]
  it.each(refusals)('refuses: %s', async (_name, build, expected) => {
    const check: EvidenceCheck = await verify(await build())
    expect(check.ok).toBe(false)
    expect(check.signer).toBe(expected.signer)
    if (typeof expected.problem === 'string') expect(check.problem).toBe(expected.problem)
    else expect(check.problem).toMatch(expected.problem)
  })

  it('refuses a signature the log dates later than now (a log or runner clock that cannot be right)', async () => {
    const future = new Date(Date.now() + 86_400_000)
    const sigstore = await startMockSigstore({ ca: future, ctlog: future, tlog: future })
    const evidence = tagEvidence(await signCosignTag({ digest: DIGEST, signer: { keyless: { subject: WORKFLOW, issuer: ISSUER }, sigstore } }))
    const now = new Date()
    const check = await verify({ evidence, signers: identityRules(RELEASE_IDENTITY), trust: trustedRootFromFile(sigstore.trustedRootText, 'future.json'), now })
    const loggedAt = new Date(Math.floor(future.getTime() / 1000) * 1000).toISOString()
    expect(check).toMatchObject({
      ok: false,
      signer: RELEASE_SIGNER,
      problem: `the transparency log says it was signed at ${loggedAt}, later than now (${now.toISOString()})`,
    })
  })

  it('names when an expired certificate was used and when it expired', async () => {
    const evidence = tagEvidence(await signCosignTag({ digest: DIGEST, signer: { keyless: { subject: WORKFLOW, issuer: ISSUER }, sigstore: f.late } }))
    const check = await verify({ evidence, signers: identityRules(RELEASE_IDENTITY), trust: f.lateTrust })
    expect(check.problem).toMatch(
      new RegExp(
        `^certificate expired at ${lateExpiry(f.lateClock).replaceAll('.', '\\.')} and no timestamp proves it was used before: the transparency log says it was used at \\d{4}-`,
      ),
    )
  })

  it('keeps the payload as signed: the simple-signing document cosign writes', () => {
    expect(JSON.parse(Buffer.from(simpleSigningPayload(DIGEST)).toString())).toMatchObject({ critical: { image: { 'docker-manifest-digest': DIGEST } } })
  })
})
