/**
 * End to end, find then verify: signatures made with real keys and a private Sigstore instance
 * (test/support/sigstore, @sigstore/mock) in cosign's formats, pushed to the real registry as cosign
 * and actions/attest lay them out, found by custody's findEvidence and verified by sigstore's
 * verifyEvidence; a signature of another digest stored under this digest's tag is found and refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findEvidence } from '../src/custody/index.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { verifyEvidence, type Matcher, type SignerRules, type TrustSource } from '../src/sigstore/index.js'
import { pushGraph, smallImage } from './support/layouts/graphs.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import {
  SLSA_PROVENANCE_V1,
  generateSigningKey,
  pushBundleReferrer,
  pushCosignSignatures,
  signBundle,
  signCosignTag,
  startMockSigstore,
  type MockSigstore,
} from './support/sigstore/index.js'

const WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0'
const ISSUER = 'https://token.actions.githubusercontent.com'
const exact = (value: string): Matcher => ({ source: value, matches: (candidate) => candidate === value })

describe('find then verify', () => {
  let registry: StartedRegistry
  let client: RegistryClient
  let sigstore: MockSigstore
  beforeAll(async () => {
    ;[registry, sigstore] = await Promise.all([startRegistry(), startMockSigstore()])
    client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {} })
  })
  afterAll(async () => {
    await client?.close()
    await registry?.stop()
  })

  it('a key-signed .sig signature and a keyless provenance bundle verify; a signature of another digest under the tag is refused', async () => {
    const repository = 'acme/app'
    const repo = client.repository({ registry: registry.host, repository }, { intent: 'push' })
    const image = smallImage(801)
    const other = smallImage(802)
    await pushGraph(repo, image, 'latest')
    const digest = image.root.digest
    const key = generateSigningKey('ecdsa-p256')
    const target = { url: registry.url, repository }
    await pushCosignSignatures(target, digest, [
      await signCosignTag({ digest, signer: { key } }),
      await signCosignTag({ digest: other.root.digest, signer: { key } }),
    ])
    const bundle = await signBundle({ digest, signer: { keyless: { subject: WORKFLOW, issuer: ISSUER }, sigstore }, predicateType: SLSA_PROVENANCE_V1 })
    await pushBundleReferrer(target, { digest, size: image.root.size, mediaType: image.root.mediaType }, bundle, SLSA_PROVENANCE_V1)

    const found = await findEvidence(client.repository({ registry: registry.host, repository }), digest, { kinds: ['cosign-tag', 'bundle'] })
    expect(found.evidence.map((e) => e.kind)).toEqual(['cosign-tag', 'cosign-tag', 'bundle'])
    expect(found.unreadable).toEqual([])
    const signers: SignerRules = {
      keys: [{ name: '.github/cosign.pub', pem: key.publicKeyPem }],
      identities: [{ subject: exact(WORKFLOW), issuer: exact(ISSUER), text: `subject ${WORKFLOW} issued by ${ISSUER}` }],
    }
    const trust: TrustSource = { text: 'the mock Sigstore instance', trustedRoot: async () => sigstore.trustedRoot }
    const now = new Date()
    const [signed, foreign, provenance] = [
      await verifyEvidence(found.evidence[0]!, { kind: 'signature' }, signers, trust, now),
      await verifyEvidence(found.evidence[1]!, { kind: 'signature' }, signers, trust, now),
      await verifyEvidence(found.evidence[2]!, { kind: 'attestation', predicateType: SLSA_PROVENANCE_V1 }, signers, trust, now),
    ]
    expect(signed).toMatchObject({ ok: true, signer: 'key .github/cosign.pub', where: found.evidence[0]!.where })
    expect(foreign).toMatchObject({ ok: false, where: found.evidence[1]!.where })
    expect(foreign.problem).toContain(other.root.digest)
    expect(provenance).toMatchObject({ ok: true, where: found.evidence[2]!.where })
    expect(provenance.signer).toContain(WORKFLOW)
  })
})
