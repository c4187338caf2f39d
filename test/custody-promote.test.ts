/**
 * Signatures and attestations follow the image: after promote copies a digest (to another repository
 * and to another registry), findEvidence at the target finds the cosign `.sig` signature and the
 * Sigstore bundle referrer attached at the source, byte for byte, through the referrers tag promote
 * writes for a registry without the referrers API (distribution 2.8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findEvidence } from '../src/custody/index.js'
import { referrersTag } from '../src/oci/index.js'
import { promoteImage, resolveSource } from '../src/promote/index.js'
import { parseReference } from '../src/ref/index.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { limiterPerRegistry } from '../src/store/index.js'
import { indexOf, pushGraph, smallImage } from './support/layouts/graphs.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import { addToReferrersTag, pushBundleReferrer, pushCosignSignatures, referrersApi, signaturePayload } from './support/sigstore/evidence-attach.js'

describe('promotion carries signatures and bundles to the target', () => {
  let staging: StartedRegistry
  let prod: StartedRegistry
  let client: RegistryClient
  beforeAll(async () => {
    ;[staging, prod] = await Promise.all([startRegistry(), startRegistry()])
    client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {} })
  })
  afterAll(async () => {
    await client?.close()
    await Promise.all([staging?.stop(), prod?.stop()])
  })

  it.each(['referrers tag', 'referrers API'] as const)(
    'a bundle referrer (listed at the source by its %s) and .sig signatures of the index and of a platform are found at every target',
    async (listing) => {
      const repository = `acme/app-${listing.replace(' ', '-').toLowerCase()}`
      const source = client.repository({ registry: staging.host, repository }, { intent: 'push' })
      const platform = smallImage(listing === 'referrers tag' ? 601 : 602)
      await pushGraph(source, platform, 'platform')
      const root = indexOf([platform.root])
      await source.putManifest('rc-1', root.bytes, root.mediaType)
      const bundle = Buffer.from('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","record":"staging"}')
      const record = await pushBundleReferrer(source, { digest: root.digest, size: root.size, mediaType: root.mediaType }, bundle)
      if (listing === 'referrers tag') await addToReferrersTag(source, root.digest, [record])
      // Only the source answers with the API here: the target of the same registry is left out.
      else
        staging.injectFaults((request) =>
          request.path.startsWith(`/v2/${repository}/`) ? referrersApi(new Map([[root.digest, [record]]]))(request) : undefined,
        )
      const indexSignature = signaturePayload(root.digest)
      const platformSignature = signaturePayload(platform.root.digest)
      await pushCosignSignatures(source, root.digest, [{ payload: indexSignature, annotations: { 'dev.cosignproject.cosign/signature': 'index' } }])
      await pushCosignSignatures(source, platform.root.digest, [
        { payload: platformSignature, annotations: { 'dev.cosignproject.cosign/signature': 'platform' } },
      ])

      const resolved = await resolveSource(client, parseReference(`${staging.host}/${repository}:rc-1`))
      for (const target of [
        { registry: staging.host, repository: `${repository}-prod` },
        { registry: prod.host, repository: `prod/${repository}` },
      ]) {
        await promoteImage(client, resolved, [target], { tags: ['1.0.0'], dryRun: false, limiterFor: limiterPerRegistry(4) })
        const there = client.repository(target)
        const name = `${target.registry}/${target.repository}`
        const atRoot = await findEvidence(there, root.digest, { kinds: ['cosign-tag', 'bundle'] })
        expect(atRoot.evidence).toEqual([
          {
            kind: 'cosign-tag',
            where: `${name}:${referrersTag(root.digest)}.sig`,
            subject: root.digest,
            payload: indexSignature,
            annotations: { 'dev.cosignproject.cosign/signature': 'index' },
          },
          { kind: 'bundle', where: `${name}@${record.digest} (referrers tag ${referrersTag(root.digest)})`, subject: root.digest, bundle },
        ])
        expect(atRoot.unreadable).toEqual([])
        const atPlatform = await findEvidence(there, platform.root.digest, { kinds: ['cosign-tag'] })
        expect(atPlatform.evidence.map((e) => (e.kind === 'cosign-tag' ? Buffer.from(e.payload) : undefined))).toEqual([platformSignature])
      }
      staging.injectFaults(undefined)
    },
  )
})
