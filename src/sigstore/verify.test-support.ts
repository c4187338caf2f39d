/** Shared fixtures of the sigstore tests: identities, matchers, policy rules and evidence builders. */
import {
  generateSigningKey,
  startMockSigstore,
  type CosignTagSignature,
  type KeyType,
  type MockSigstore,
  type SigningKey,
} from '../../test/support/sigstore/index.js'
import { trustedRootFromFile } from './trust.js'
import type { Evidence, EvidenceCheck, IdentityRule, Matcher, Requirement, SignerRules, TrustSource } from './types.js'
import { verifyEvidence } from './verify.js'

export const DIGEST = `sha256:${'a'.repeat(64)}`
export const OTHER_DIGEST = `sha256:${'b'.repeat(64)}`
export const WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3'
export const OTHER_WORKFLOW = 'https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main'
export const ISSUER = 'https://token.actions.githubusercontent.com'
export const OTHER_ISSUER = 'https://accounts.google.com'
export const SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12'
export const GITHUB_IDENTITY = { subject: WORKFLOW, issuer: ISSUER, extensions: { [SOURCE_REPOSITORY_URI]: 'https://github.com/acme/app' } }

export const exact = (value: string): Matcher => ({ source: value, matches: (v) => v === value })
/** Like a policy's `re:` pattern, anchored as policy expressions are. */
export const re = (pattern: string): Matcher => ({ source: `re:${pattern}`, matches: (v) => new RegExp(`^(?:${pattern})$`).test(v) })

export function identityRule(subject: Matcher, issuer: Matcher, extensions?: Record<string, Matcher>): IdentityRule {
  return { subject, issuer, ...(extensions ? { extensions } : {}), text: `subject ${subject.source} issued by ${issuer.source}` }
}

export const RELEASE_IDENTITY = identityRule(exact(WORKFLOW), exact(ISSUER))
export const keyRules = (...keys: SigningKey[]): SignerRules => ({
  keys: keys.map((k, i) => ({ name: i === 0 ? '.github/cosign.pub' : `.github/cosign-${i + 1}.pub`, pem: k.publicKeyPem })),
  identities: [],
})
export const identityRules = (...identities: IdentityRule[]): SignerRules => ({ keys: [], identities })

export const RELEASE_SIGNER = `${WORKFLOW} (issuer ${ISSUER})`

export function tagEvidence(signed: CosignTagSignature, subject = DIGEST): Evidence {
  return {
    kind: 'cosign-tag',
    where: `127.0.0.1:5000/acme/app:${DIGEST.replace(':', '-')}.sig`,
    subject,
    payload: signed.payload,
    annotations: signed.annotations,
  }
}

export function bundleEvidence(bundle: Uint8Array, subject = DIGEST): Evidence {
  return { kind: 'bundle', where: '127.0.0.1:5000/acme/app referrers API', subject, bundle }
}

/** Everything the tables sign with: one instance trusted, one not, one whose CA clock is an hour behind. */
export interface Fixtures {
  readonly sigstore: MockSigstore
  readonly trust: TrustSource
  readonly stranger: MockSigstore
  readonly late: MockSigstore
  readonly lateTrust: TrustSource
  readonly lateClock: Date
  /** The same instance's trust without its Rekor log: timestamps alone prove use, as on GitHub's instance. */
  readonly timestampTrust: TrustSource
  readonly keys: Record<KeyType, SigningKey>
  readonly otherKey: SigningKey
}

export async function makeFixtures(): Promise<Fixtures> {
  const lateClock = new Date(Date.now() - 60 * 60 * 1000)
  const [sigstore, stranger, late] = await Promise.all([startMockSigstore(), startMockSigstore(), startMockSigstore({ ca: lateClock })])
  return {
    sigstore,
    trust: trustedRootFromFile(sigstore.trustedRootText, '.sigstore/trusted_root.json'),
    stranger,
    late,
    lateTrust: trustedRootFromFile(late.trustedRootText, '.sigstore/late.json'),
    lateClock,
    timestampTrust: trustedRootFromFile(JSON.stringify({ ...sigstore.trustedRoot, tlogs: [] }), '.sigstore/no-rekor.json'),
    keys: {
      'ecdsa-p256': generateSigningKey('ecdsa-p256'),
      'ecdsa-p384': generateSigningKey('ecdsa-p384'),
      ed25519: generateSigningKey('ed25519'),
      'rsa-2048': generateSigningKey('rsa-2048'),
    },
    otherKey: generateSigningKey('ecdsa-p256'),
  }
}

/** The ISO time a certificate issued by the late CA expired at (Fulcio's 10 minutes after its clock, to the second). */
export function lateExpiry(lateClock: Date): string {
  return new Date(Math.floor(lateClock.getTime() / 1000) * 1000 + 10 * 60 * 1000).toISOString()
}

/** One row of a verification table: the evidence and what it is checked against (a signature, now, by default). */
export interface Case {
  readonly evidence: Evidence
  readonly signers: SignerRules
  readonly trust?: TrustSource
  readonly requirement?: Requirement
  readonly now?: Date
}

export function verifyCase(c: Case): Promise<EvidenceCheck> {
  return verifyEvidence(c.evidence, c.requirement ?? { kind: 'signature' }, c.signers, c.trust, c.now ?? new Date())
}
