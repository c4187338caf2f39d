import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { trustedRootFromFile, verifyEvidence } from '../src/sigstore/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import {
  BUNDLE_V03_MEDIA_TYPE,
  COSIGN_ANNOTATIONS,
  generateSigningKey,
  pushBundleReferrer,
  pushCosignSignatures,
  putManifest,
  pushBlob,
  SIMPLE_SIGNING_MEDIA_TYPE,
  signBundle,
  signCosignTag,
  SLSA_PROVENANCE_V1,
  startMockSigstore,
  type PushTarget,
} from './support/sigstore/index.js'

/** The evidence helpers lay signatures and bundles out in the registry as cosign and attest-build-provenance do. */
describe('test/support/sigstore on the real registry', () => {
  let registry: StartedRegistry
  let target: PushTarget
  beforeAll(async () => {
    registry = await startRegistry()
    target = { url: registry.url, repository: 'acme/app' }
  })
  afterAll(() => registry.stop())

  async function pushImage() {
    const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, nonce: Math.random() }))
    const configDigest = await pushBlob(target, config)
    const manifest = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: config.length, digest: configDigest },
      layers: [],
    }
    return putManifest(target, 'latest', Buffer.from(JSON.stringify(manifest)), manifest.mediaType)
  }

  const get = async (path: string, accept: string) => {
    const response = await fetch(`${registry.url}/v2/acme/app/${path}`, { headers: { accept } })
    expect(response.status).toBe(200)
    return response.json() as Promise<Record<string, unknown>>
  }

  it('pushes the sha256-<hex>.sig manifest: one simple-signing layer per signature, annotations on each', async () => {
    const image = await pushImage()
    const sigstore = await startMockSigstore()
    const keyed = await signCosignTag({ digest: image.digest, signer: { key: generateSigningKey('ecdsa-p256') } })
    const keyless = await signCosignTag({
      digest: image.digest,
      signer: { keyless: { subject: 'dev@example.com', issuer: 'https://accounts.example.com' }, sigstore },
    })
    await pushCosignSignatures(target, image.digest, [keyed, keyless])
    const manifest = (await get(`manifests/${image.digest.replace(':', '-')}.sig`, 'application/vnd.oci.image.manifest.v1+json')) as {
      layers: { mediaType: string; digest: string; annotations: Record<string, string> }[]
    }
    expect(manifest.layers.map((l) => l.mediaType)).toEqual([SIMPLE_SIGNING_MEDIA_TYPE, SIMPLE_SIGNING_MEDIA_TYPE])
    expect(Object.keys(manifest.layers[0]!.annotations)).toEqual([COSIGN_ANNOTATIONS.signature])
    expect(Object.keys(manifest.layers[1]!.annotations).sort()).toEqual([
      COSIGN_ANNOTATIONS.signature,
      COSIGN_ANNOTATIONS.bundle,
      COSIGN_ANNOTATIONS.certificate,
      COSIGN_ANNOTATIONS.chain,
    ])
    const payload = await fetch(`${registry.url}/v2/acme/app/blobs/${manifest.layers[0]!.digest}`).then((r) => r.json())
    expect(payload).toEqual({
      critical: {
        identity: { 'docker-reference': 'registry.test/app' },
        image: { 'docker-manifest-digest': image.digest },
        type: 'cosign container image signature',
      },
      optional: null,
    })
  })

  it('attaches a bundle as a referrer and, the registry having no referrers API, lists it in the sha256-<hex> tag', async () => {
    const image = await pushImage()
    const bundle = await signBundle({ digest: image.digest, predicateType: SLSA_PROVENANCE_V1, signer: { key: generateSigningKey('ed25519') } })
    const referrer = await pushBundleReferrer(target, image, bundle, SLSA_PROVENANCE_V1)
    const index = (await get(`manifests/${image.digest.replace(':', '-')}`, 'application/vnd.oci.image.index.v1+json')) as {
      manifests: Record<string, unknown>[]
    }
    expect(index.manifests).toEqual([
      expect.objectContaining({
        digest: referrer.digest,
        artifactType: BUNDLE_V03_MEDIA_TYPE,
        annotations: expect.objectContaining({ 'dev.sigstore.bundle.predicateType': SLSA_PROVENANCE_V1 }),
      }),
    ])
    const manifest = await get(`manifests/${referrer.digest}`, 'application/vnd.oci.image.manifest.v1+json')
    expect(manifest).toMatchObject({
      artifactType: BUNDLE_V03_MEDIA_TYPE,
      subject: { digest: image.digest },
      layers: [{ mediaType: BUNDLE_V03_MEDIA_TYPE, size: bundle.length }],
    })
  })

  it('makes evidence that verifies after the round trip through the registry (annotations and bytes as pushed)', async () => {
    const image = await pushImage()
    const sigstore = await startMockSigstore()
    const identity = {
      subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
      issuer: 'https://token.actions.githubusercontent.com',
    }
    await pushCosignSignatures(target, image.digest, [await signCosignTag({ digest: image.digest, signer: { keyless: identity, sigstore } })])
    const bundle = await signBundle({ digest: image.digest, predicateType: SLSA_PROVENANCE_V1, signer: { keyless: identity, sigstore } })
    const referrer = await pushBundleReferrer(target, image, bundle, SLSA_PROVENANCE_V1)
    const sig = (await get(`manifests/${image.digest.replace(':', '-')}.sig`, 'application/vnd.oci.image.manifest.v1+json')) as {
      layers: { digest: string; annotations: Record<string, string> }[]
    }
    const blob = async (digest: string) => Buffer.from(await (await fetch(`${registry.url}/v2/acme/app/blobs/${digest}`)).arrayBuffer())
    const layer = ((await get(`manifests/${referrer.digest}`, 'application/vnd.oci.image.manifest.v1+json')) as { layers: { digest: string }[] }).layers[0]!
    const signers = {
      keys: [],
      identities: [
        {
          subject: { source: identity.subject, matches: (v: string) => v === identity.subject },
          issuer: { source: identity.issuer, matches: (v: string) => v === identity.issuer },
          text: 'the release workflow',
        },
      ],
    }
    const trust = trustedRootFromFile(sigstore.trustedRootText, 'trusted_root.json')
    const where = 'registry'
    const tagCheck = await verifyEvidence(
      { kind: 'cosign-tag', where, subject: image.digest, payload: await blob(sig.layers[0]!.digest), annotations: sig.layers[0]!.annotations },
      { kind: 'signature' },
      signers,
      trust,
      new Date(),
    )
    const bundleCheck = await verifyEvidence(
      { kind: 'bundle', where, subject: image.digest, bundle: await blob(layer.digest) },
      { kind: 'attestation', predicateType: SLSA_PROVENANCE_V1 },
      signers,
      trust,
      new Date(),
    )
    expect([tagCheck, bundleCheck].map((c) => [c.ok, c.signer])).toEqual([
      [true, `${identity.subject} (issuer ${identity.issuer})`],
      [true, `${identity.subject} (issuer ${identity.issuer})`],
    ])
  })
})
