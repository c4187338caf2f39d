/**
 * Issue 18, one read per repository per run, on the real registry: a promote of several images
 * reads each source repository's tag list once (its first page only; by name past it), finds and
 * copies every image's cosign signature, reads a `.sig` the custody gate verified once, and asks
 * about (or mounts, or uploads) a blob the images share once per target. The proxy pages the tag
 * list as registries that page do (distribution 2.8 never does: test/support/registry/paged-tags.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPromoteCommand, type PromoteRequest } from '../src/commands/promote.js'
import type { GitContext } from '../src/context/index.js'
import { inputLines } from '../src/input-lines.js'
import { cosignTags, referrersTag } from '../src/oci/index.js'
import { promoteMany, resolveSource } from '../src/promote/index.js'
import { parseReference } from '../src/ref/index.js'
import { createRegistryClient, withRunCache, type RegistryClient } from '../src/registry/index.js'
import { limiterPerRegistry } from '../src/store/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { randomBytes, type Blob } from './support/layouts/index.js'
import { blobOf, pushGraph, smallImage, type BuiltGraph } from './support/layouts/graphs.js'
import { startRegistry, type AccessLogEntry, type StartedRegistry } from './support/registry/index.js'
import { startCustodyWorld, type CustodyWorld } from './support/sigstore/custody-world.js'
import { pushCosignSignatures, signaturePayload } from './support/sigstore/evidence-attach.js'
import { pushCosignSignatures as pushSigned, signCosignTag } from './support/sigstore/index.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-07T00:00:00Z') }
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip'

/** An image of a shared `base` layer and one of its own, as images built from one base image are. */
function onBase(base: Blob, seed: number): BuiltGraph {
  const own = blobOf(LAYER, randomBytes(512, seed))
  const config = blobOf(
    'application/vnd.oci.image.config.v1+json',
    Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [base.digest, own.digest] } })),
  )
  const strip = (b: Blob) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size })
  const manifest = blobOf(
    OCI_MANIFEST,
    Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: strip(config), layers: [strip(base), strip(own)] })),
  )
  return { root: manifest, manifests: [manifest], blobs: [config, base, own] }
}

const count = (log: readonly AccessLogEntry[], method: string, path: string) => log.filter((e) => e.method === method && e.path === path).length

describe('a run reads each repository once', () => {
  let registry: StartedRegistry
  let prod: StartedRegistry
  let client: RegistryClient
  beforeAll(async () => {
    ;[registry, prod] = await Promise.all([startRegistry(), startRegistry()])
    client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {} })
  })
  afterAll(async () => {
    await client?.close()
    await Promise.all([registry?.stop(), prod?.stop()])
  })

  const promote = (source: string[], images: string[]) =>
    runPromoteCommand(
      { source: inputLines('source', source.join('\n')), metadata: { images: images.join('\n') }, dryRun: false } satisfies PromoteRequest,
      CONTEXT,
      OPTIONS,
      client,
    )

  it('5 images from a repository whose tag list pages, 2 from one whose list is one page: each list asked once, every signature copied', async () => {
    const paged = client.repository({ registry: registry.host, repository: 'acme/many' }, { intent: 'push' })
    const onePage = client.repository({ registry: registry.host, repository: 'acme/few' }, { intent: 'push' })
    const images = Array.from({ length: 7 }, (_, i) => smallImage(1800 + i))
    for (const [i, image] of images.entries()) {
      const repo = i < 5 ? paged : onePage
      await pushGraph(repo, image, `rc-${i}`)
      await pushCosignSignatures(repo, image.root.digest, [{ payload: signaturePayload(image.root.digest), annotations: { n: String(i) } }])
    }
    // 260 tags: three pages of 100 when the registry pages.
    for (let i = 0; i < 250; i++) await paged.putManifest(`old-${String(i).padStart(3, '0')}`, images[0]!.root.bytes, images[0]!.root.mediaType)
    registry.injectFaults((request) => (request.method === 'GET' && request.path === '/v2/acme/many/tags/list' ? { kind: 'page-tags', size: 100 } : undefined))
    await registry.resetAccessLog()
    try {
      await promote(
        images.map((_, i) => `${registry.host}/acme/${i < 5 ? 'many' : 'few'}:rc-${i}`),
        images.map((_, i) => `${registry.host}/prod/app-${i}`),
      )
    } finally {
      registry.injectFaults(undefined)
    }
    const log = await registry.accessLog()
    expect(count(log, 'GET', '/v2/acme/many/tags/list')).toBe(1)
    expect(log.filter((e) => e.path === '/v2/acme/many/tags/list').map((e) => e.query)).toEqual([''])
    expect(count(log, 'GET', '/v2/acme/few/tags/list')).toBe(1)
    // The registry has no referrers API: the first query of each repository says so, and the images promoted beside it wait for that answer rather than ask too.
    const referrers = (repository: string) => log.filter((e) => e.method === 'GET' && e.path.startsWith(`/v2/acme/${repository}/referrers/`)).length
    expect([referrers('many'), referrers('few')]).toEqual([1, 1])
    for (const [i, image] of images.entries()) {
      const [sig, att, sbom] = cosignTags(image.root.digest)
      const source = `/v2/acme/${i < 5 ? 'many' : 'few'}/manifests/`
      // Past the first page, each name is asked for by itself, once; a one-page list rules out what it lacks.
      const asked = (name: string) => count(log, 'GET', `${source}${name}`)
      expect([sig, att, sbom, referrersTag(image.root.digest)].map((name) => asked(name!))).toEqual(i < 5 ? [1, 1, 1, 1] : [1, 0, 0, 0])
      const there = client.repository({ registry: registry.host, repository: `prod/app-${i}` })
      const copied = await there.headManifest(sig!)
      expect(copied?.digest).toBe((await (i < 5 ? paged : onePage).headManifest(sig!))?.digest)
    }
  })

  it("a run's client reads a manifest and a tag list once, never serves a tag it wrote stale, and always sends HEADs", async () => {
    const repository = 'acme/cached'
    const writer = client.repository({ registry: registry.host, repository }, { intent: 'push' })
    const [first, second] = [smallImage(1950), smallImage(1951)]
    await pushGraph(writer, first, 'a')
    await pushGraph(writer, second, 'other')
    const run = withRunCache(client)
    // Two clients of one repository in one run, as the custody gate's and the promotion's are.
    const [gate, copy] = [run.repository({ registry: registry.host, repository }), run.repository({ registry: registry.host, repository }, { intent: 'push' })]
    await registry.resetAccessLog()
    expect((await gate.getManifest('a'))?.digest).toBe(first.root.digest)
    expect((await copy.getManifest('a'))?.digest).toBe(first.root.digest)
    expect(await gate.getManifest('b')).toBeUndefined()
    expect([...(await gate.listTagsFirstPage()).tags].sort()).toEqual(['a', 'other'])
    expect(await copy.listTags()).toHaveLength(2)
    await copy.putManifest('b', second.root.bytes, second.root.mediaType)
    await copy.putManifest('a', second.root.bytes, second.root.mediaType)
    expect((await gate.getManifest('b'))?.digest).toBe(second.root.digest)
    expect((await gate.getManifest('a'))?.digest).toBe(second.root.digest)
    expect([...(await gate.listTagsFirstPage()).tags].sort()).toEqual(['a', 'b', 'other'])
    expect((await copy.headManifest('a'))?.digest).toBe(second.root.digest)
    expect((await copy.headManifest('a'))?.digest).toBe(second.root.digest)
    const log = await registry.accessLog()
    const path = (reference: string) => `/v2/${repository}/manifests/${reference}`
    expect([count(log, 'GET', path('a')), count(log, 'GET', path('b')), count(log, 'HEAD', path('a'))]).toEqual([2, 2, 2])
    expect(count(log, 'GET', `/v2/${repository}/tags/list`)).toBe(1)
  })

  it.each([
    ['on the same registry: a shared blob is mounted once', 'same'],
    ['on another registry: a shared blob is asked about and uploaded once', 'other'],
  ] as const)('5 images on one base layer promoted to one repository %s', async (_name, where) => {
    const repository = `acme/based-${where}`
    const source = client.repository({ registry: registry.host, repository }, { intent: 'push' })
    const base = blobOf(LAYER, randomBytes(4096, where === 'same' ? 1900 : 1901))
    const images = Array.from({ length: 5 }, (_, i) => onBase(base, 1910 + i + (where === 'same' ? 0 : 10)))
    for (const [i, image] of images.entries()) await pushGraph(source, image, `rc-${i}`)
    const target = where === 'same' ? registry : prod
    // promoteMany as the command runs it: the run's client, and the uploads of the run per target
    // (one target repository for all is not a promote input).
    const promote = (dryRun: boolean) => {
      const run = withRunCache(client)
      const uploads = new Set<string>()
      return promoteMany(
        run,
        images.map((_, i) => ({
          source: resolveSource(run, parseReference(`${registry.host}/${repository}:rc-${i}`)),
          targets: [{ registry: target.host, repository: `prod/based-${where}` }],
          tags: [`rc-${i}`],
        })),
        { dryRun, limiterFor: limiterPerRegistry(4), uploadsOfRun: () => uploads },
      )
    }
    const planned = await promote(true)
    await target.resetAccessLog()
    const promotions = await promote(false)
    expect(promotions.map((p) => p.targets[0]!.tags.map((t) => `${t.tag} ${t.action}`))).toEqual(images.map((_, i) => [`rc-${i} created`]))
    // The reports say it as it happened: across registries one image sent the base layer and the
    // others found it there; within one, every image has it mounted (the later ones by the first's mount).
    const baseOutcomes = promotions.map((p) => p.targets[0]!.content!.blobs.find((blob) => blob.descriptor.digest === base.digest)!)
    expect(baseOutcomes.map((blob) => `${blob.action} ${blob.bytesSent}`).sort()).toEqual(
      where === 'same' ? Array(5).fill('mounted 0') : [...Array(4).fill('present 0'), `uploaded ${base.size}`],
    )
    // ... as the dry run said they would.
    const basePlanned = planned.map((p) => p.targets[0]!.content!.blobs.find((blob) => blob.descriptor.digest === base.digest)!)
    const done: Record<string, string> = { 'would-upload': 'uploaded', 'would-mount': 'mounted' }
    expect(basePlanned.map((blob) => `${done[blob.action] ?? blob.action} ${blob.bytesSent}`).sort()).toEqual(
      baseOutcomes.map((blob) => `${blob.action} ${blob.bytesSent}`).sort(),
    )
    const log = (await target.accessLog()).filter((e) => e.path.startsWith(`/v2/prod/based-${where}/`))
    const baseRequests = log.filter((e) => e.path.endsWith(`/blobs/${base.digest}`) || e.query.includes(encodeURIComponent(base.digest)))
    if (where === 'same') {
      expect(baseRequests.map((e) => e.method)).toEqual(['POST'])
    } else {
      // One HEAD, then the upload's POST and PUT (the POST names no digest; the PUT does).
      expect(baseRequests.map((e) => e.method).sort()).toEqual(['HEAD', 'PUT'])
      expect(log.filter((e) => e.method === 'POST')).toHaveLength(1 + 2 * images.length)
    }
    const there = client.repository({ registry: target.host, repository: `prod/based-${where}` })
    for (const [i, image] of images.entries()) expect((await there.headManifest(`rc-${i}`))?.digest).toBe(image.root.digest)
  })
})

describe('a promote that verifies signatures', () => {
  let world: CustodyWorld
  beforeAll(async () => {
    world = await startCustodyWorld()
  })
  afterAll(async () => {
    await world?.stop()
  })

  it("reads each .sig and each platform manifest once: the custody gate's reads serve the copy", async () => {
    const image = await world.build('every', { platforms: ['amd64', 'arm64'].map((architecture) => ({ os: 'linux', architecture })) })
    const platforms = image.layout.manifests.map((manifest) => manifest.digest).filter((digest) => digest !== image.digest)
    for (const digest of [image.digest, ...platforms]) await pushSigned(world.target(), digest, [await signCosignTag({ digest, signer: { key: world.key } })])
    await world.registry.resetAccessLog()
    const policy = `environments:\n  prod:\n    repository: ${world.registry.host}/prod/app\n    signatures: { keys: [.github/cosign.pub], index: every-platform }\n`
    const gate = world.gate(policy, 'prod')
    await runPromoteCommand(
      { source: inputLines('source', `${world.registry.host}/dev/app:every`), metadata: { tags: 'every' }, dryRun: false, policy: gate },
      CONTEXT,
      OPTIONS,
      world.client,
    )
    expect(gate.proofs).toHaveLength(3)
    const log = await world.registry.accessLog()
    const reads = (reference: string) => count(log, 'GET', `/v2/dev/app/manifests/${reference}`)
    expect([image.digest, ...platforms].map((digest) => reads(cosignTags(digest)[0]!))).toEqual([1, 1, 1])
    expect(platforms.map(reads)).toEqual([1, 1])
    // ... and the signatures went along.
    const there = world.client.repository({ registry: world.registry.host, repository: 'prod/app' })
    for (const digest of [image.digest, ...platforms]) expect(await there.headManifest(cosignTags(digest)[0]!)).toBeDefined()
  })
})
