/**
 * `index: every-platform` on the real registry: which digests below an index custody checks besides
 * the index (readPlatformSubjects), what that costs in requests, and that a signature on one
 * platform is found there and not on the others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findEvidence, readPlatformSubjects } from '../src/custody/index.js'
import { GraphLimitError, MEDIA_TYPES, parseManifest, type ManifestNode } from '../src/oci/index.js'
import { createRegistryClient, type RegistryClient, type RepositoryClient } from '../src/registry/index.js'
import { blobOf, pushGraph, smallImage, type BuiltGraph } from './support/layouts/graphs.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import { pushCosignSignatures, signaturePayload } from './support/sigstore/evidence-attach.js'

const descriptor = (graph: BuiltGraph, extra: Record<string, unknown> = {}) => ({
  mediaType: graph.root.mediaType,
  digest: graph.root.digest,
  size: graph.root.size,
  ...extra,
})

function index(entries: readonly Record<string, unknown>[]) {
  return blobOf(MEDIA_TYPES.ociIndex, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: entries })))
}

function nodeOf(blob: { mediaType: string; digest: string; size: number; bytes: Buffer }): ManifestNode {
  return {
    descriptor: { mediaType: blob.mediaType, digest: blob.digest, size: blob.size },
    bytes: blob.bytes,
    parsed: parseManifest(blob.bytes, blob.mediaType, 'test index'),
  }
}

describe('platform subjects of an index', () => {
  let registry: StartedRegistry
  let client: RegistryClient
  let repo: RepositoryClient
  beforeAll(async () => {
    registry = await startRegistry()
    client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {} })
    repo = client.repository({ registry: registry.host, repository: 'acme/multi' }, { intent: 'push' })
  })
  afterAll(async () => {
    await client?.close()
    await registry?.stop()
  })

  const amd64 = smallImage(501)
  const arm64 = smallImage(502)
  const provenance = smallImage(503)
  const s390x = smallImage(504)

  it('lists the platforms of a flat index without a request, leaving out BuildKit attestation manifests; a signature on one platform is found only there', async () => {
    for (const [graph, tag] of [
      [amd64, 'amd64'],
      [arm64, 'arm64'],
      [provenance, 'provenance'],
    ] as const)
      await pushGraph(repo, graph, tag)
    const root = index([
      descriptor(amd64, { platform: { os: 'linux', architecture: 'amd64' } }),
      descriptor(arm64, { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }),
      descriptor(provenance, {
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': amd64.root.digest },
      }),
    ])
    await repo.putManifest('flat', root.bytes, root.mediaType)
    await registry.resetAccessLog()
    const subjects = await readPlatformSubjects(repo, nodeOf(root))
    expect(subjects).toEqual([
      { digest: amd64.root.digest, platform: 'linux/amd64' },
      { digest: arm64.root.digest, platform: 'linux/arm64/v8' },
    ])
    expect((await registry.accessLog()).filter((e) => e.path !== '/v2/')).toEqual([])
    await pushCosignSignatures(repo, amd64.root.digest, [{ payload: signaturePayload(amd64.root.digest), annotations: {} }])
    const found = await Promise.all(subjects.map((subject) => findEvidence(repo, subject.digest, { kinds: ['cosign-tag'] })))
    expect(found.map((f) => f.evidence.length)).toEqual([1, 0])
    expect(await readPlatformSubjects(repo, nodeOf(amd64.root))).toEqual([])
  })

  it('reads a nested index with the bounded graph walk: one GET per manifest below the root, each platform once', async () => {
    await pushGraph(repo, s390x, 's390x')
    const inner = index([descriptor(amd64, { platform: { os: 'linux', architecture: 'amd64' } }), descriptor(arm64)])
    await repo.putManifest(inner.digest, inner.bytes, inner.mediaType)
    const outer = index([
      { mediaType: inner.mediaType, digest: inner.digest, size: inner.size },
      descriptor(s390x, { platform: { os: 'linux', architecture: 's390x' } }),
      descriptor(amd64, { platform: { os: 'linux', architecture: 'amd64' } }),
    ])
    await repo.putManifest('nested', outer.bytes, outer.mediaType)
    await registry.resetAccessLog()
    const subjects = await readPlatformSubjects(repo, nodeOf(outer))
    expect(subjects.map((s) => s.digest).sort()).toEqual([amd64.root.digest, arm64.root.digest, s390x.root.digest].sort())
    expect(subjects.find((s) => s.digest === s390x.root.digest)?.platform).toBe('linux/s390x')
    const gets = (await registry.accessLog()).filter((e) => e.path !== '/v2/').map((e) => `${e.method} ${e.path.split('/').at(-1)}`)
    expect(gets.sort()).toEqual([inner, amd64.root, arm64.root, s390x.root].map((m) => `GET ${m.digest}`).sort())
  })

  it('refuses an index too wide to check platform by platform, before looking anything up (flat: no request; nested: the walk stops at its budget)', async () => {
    const fake = (i: number) => ({ mediaType: MEDIA_TYPES.ociManifest, digest: `sha256:${i.toString(16).padStart(64, '0')}`, size: 500 })
    const wide = index(Array.from({ length: 300 }, (_, i) => fake(i)))
    await registry.resetAccessLog()
    await expect(readPlatformSubjects(repo, nodeOf(wide))).rejects.toThrow(
      new GraphLimitError(
        `index ${wide.digest} in ${registry.host}/acme/multi lists 300 platform images, more than the 256 shiptag checks one by one for index: every-platform`,
        '',
      ).message,
    )
    const inner = index(Array.from({ length: 1100 }, (_, i) => fake(i)))
    // The registry refuses an index whose children it lacks: the proxy serves this one, as a hostile registry would.
    registry.injectFaults((request) =>
      request.path.endsWith(`/manifests/${inner.digest}`)
        ? { kind: 'status', status: 200, headers: { 'content-type': MEDIA_TYPES.ociIndex }, body: inner.bytes.toString('utf8') }
        : undefined,
    )
    const outer = index([{ mediaType: inner.mediaType, digest: inner.digest, size: inner.size }])
    await registry.resetAccessLog()
    await expect(readPlatformSubjects(repo, nodeOf(outer))).rejects.toBeInstanceOf(GraphLimitError)
    expect((await registry.accessLog()).filter((e) => e.path !== '/v2/').map((e) => `${e.method} ${e.path.split('/').at(-1)}`)).toEqual([`GET ${inner.digest}`])
    registry.injectFaults(undefined)
  })
})
