/**
 * custody's findEvidence against the real registry (distribution 2.8, which has no referrers API):
 * cosign's `.sig` tag, Sigstore bundles as referrers through the referrers tag for real, and through
 * the referrers API where the proxy answers for it; request counts from the recording proxy
 * (issue 18 counts requests), and hostile answers injected by the proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EVIDENCE_LIMITS, findEvidence, type EvidenceWanted } from '../src/custody/index.js'
import { MEDIA_TYPES, referrersTag } from '../src/oci/index.js'
import { RegistryError, createRegistryClient, type RegistryClient, type RepositoryClient } from '../src/registry/index.js'
import { indexOf, pushGraph, smallImage } from './support/layouts/graphs.js'
import { startRegistry, type AccessLogEntry, type StartedRegistry } from './support/registry/index.js'
import {
  addToReferrersTag,
  contentOf,
  pushBundleReferrer,
  pushCosignSignatures,
  referrersAnswer,
  referrersApi,
  signaturePayload,
} from './support/sigstore/evidence-attach.js'
import { BUNDLE_V03_MEDIA_TYPE as BUNDLE_V03 } from './support/sigstore/index.js'

const BOTH: EvidenceWanted = { kinds: ['cosign-tag', 'bundle'] }
const requests = (log: AccessLogEntry[]) =>
  log.filter((e) => e.path !== '/v2/').map((e) => `${e.method} ${e.path.replace(/^\/v2\/[^/]+\/[^/]+\//, '')} ${e.status}`)
const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')

describe('findEvidence on a real registry', () => {
  let registry: StartedRegistry
  let client: RegistryClient
  let seed = 300
  beforeAll(async () => {
    registry = await startRegistry()
    client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {}, retry: { attempts: 2 } })
  })
  afterAll(async () => {
    await client?.close()
    await registry?.stop()
  })

  /** A fresh repository holding one small image; its subject descriptor. */
  async function image(name: string): Promise<{ repo: RepositoryClient; subject: { digest: string; size: number; mediaType: string } }> {
    const repo = client.repository({ registry: registry.host, repository: `acme/${name}` }, { intent: 'push' })
    const graph = smallImage(seed++)
    await pushGraph(repo, graph, 'latest')
    return { repo, subject: { digest: graph.root.digest, size: graph.root.size, mediaType: graph.root.mediaType } }
  }

  async function counted<T>(run: () => Promise<T>): Promise<{ result: T; log: string[] }> {
    await registry.resetAccessLog()
    const result = await run()
    return { result, log: requests(await registry.accessLog()) }
  }

  it('distribution 2.8 answers the referrers API with 404 text/plain: an unsigned image costs 3 requests and says where it looked', async () => {
    const { repo, subject } = await image('unsigned')
    const answer = await fetch(`${registry.url}/v2/acme/unsigned/referrers/${subject.digest}`)
    expect([answer.status, answer.headers.get('content-type')?.split(';')[0]]).toEqual([404, 'text/plain'])
    await answer.arrayBuffer()
    const tag = referrersTag(subject.digest)
    const { result, log } = await counted(() => findEvidence(repo, subject.digest, BOTH))
    expect(result).toEqual({
      evidence: [],
      looked: [
        `${registry.host}/acme/unsigned:${tag}.sig (not found)`,
        `referrers of ${registry.host}/acme/unsigned@${subject.digest} (registry has no referrers API; referrers tag ${tag} not found)`,
      ],
      unreadable: [],
    })
    expect(log).toEqual([`GET manifests/${tag}.sig 404`, `GET referrers/${subject.digest} 404`, `GET manifests/${tag} 404`])
  })

  it('reads a cosign signature from the .sig tag by its name, without a tag list: 4 requests', async () => {
    const { repo, subject } = await image('signed')
    const payload = signaturePayload(subject.digest)
    const annotations = { 'dev.cosignproject.cosign/signature': 'MEUCIQ==', 'dev.sigstore.cosign/certificate': '-----BEGIN CERTIFICATE-----' }
    await pushCosignSignatures(repo, subject.digest, [{ payload, annotations }])
    const tag = referrersTag(subject.digest)
    const { result, log } = await counted(() => findEvidence(repo, subject.digest, BOTH))
    expect(result.evidence).toEqual([{ kind: 'cosign-tag', where: `${registry.host}/acme/signed:${tag}.sig`, subject: subject.digest, payload, annotations }])
    expect(result.looked[0]).toBe(`${registry.host}/acme/signed:${tag}.sig (1 signature)`)
    expect(log).toEqual([
      `GET manifests/${tag}.sig 200`,
      `GET blobs/${contentOf('x', payload).digest} 200`,
      `GET referrers/${subject.digest} 404`,
      `GET manifests/${tag} 404`,
    ])
    // Only the tag, when only signatures in cosign's tag format are wanted.
    expect((await counted(() => findEvidence(repo, subject.digest, { kinds: ['cosign-tag'] }))).log).toHaveLength(2)
  })

  it('reads every signature of a tag that holds several, each named by its place', async () => {
    const { repo, subject } = await image('multi-signed')
    const signatures = [1, 2, 3].map((n) => ({
      payload: signaturePayload(subject.digest, `registry.test/signer-${n}`),
      annotations: { 'dev.cosignproject.cosign/signature': `sig-${n}` },
    }))
    await pushCosignSignatures(repo, subject.digest, signatures)
    const found = await findEvidence(repo, subject.digest, { kinds: ['cosign-tag'] })
    const place = `${registry.host}/acme/multi-signed:${referrersTag(subject.digest)}.sig`
    expect(found.evidence.map((e) => [e.where, e.kind === 'cosign-tag' ? e.annotations['dev.cosignproject.cosign/signature'] : ''])).toEqual([
      [`${place}, signature 1 of 3`, 'sig-1'],
      [`${place}, signature 2 of 3`, 'sig-2'],
      [`${place}, signature 3 of 3`, 'sig-3'],
    ])
    expect(found.looked).toEqual([`${place} (3 signatures)`])
  })

  it('finds a bundle through the referrers tag of a registry without the API, for real, and ignores referrers of other artifact types: 5 requests', async () => {
    const { repo, subject } = await image('attested')
    const bundle = Buffer.from(JSON.stringify({ mediaType: BUNDLE_V03, dsseEnvelope: { payload: 'e30=' } }))
    const bundleRef = await pushBundleReferrer(repo, subject, bundle)
    const sbom = await pushBundleReferrer(repo, subject, Buffer.from('{"spdxVersion":"SPDX-2.3"}'), { artifactType: 'application/spdx+json' })
    await addToReferrersTag(repo, subject.digest, [sbom, bundleRef])
    const tag = referrersTag(subject.digest)
    const { result, log } = await counted(() => findEvidence(repo, subject.digest, BOTH))
    expect(result.evidence).toEqual([
      { kind: 'bundle', where: `${registry.host}/acme/attested@${bundleRef.digest} (referrers tag ${tag})`, subject: subject.digest, bundle },
    ])
    expect(result.looked[1]).toBe(
      `referrers of ${registry.host}/acme/attested@${subject.digest} (registry has no referrers API; referrers tag ${tag}: 2 referrers, 1 Sigstore bundle)`,
    )
    expect(log).toEqual([
      `GET manifests/${tag}.sig 404`,
      `GET referrers/${subject.digest} 404`,
      `GET manifests/${tag} 200`,
      `GET manifests/${bundleRef.digest} 200`,
      `GET blobs/${contentOf('x', bundle).digest} 200`,
    ])
  })

  it('finds bundles through the referrers API (both spellings of the v0.3 type), and learns once per registry that there is none', async () => {
    const { repo, subject } = await image('api')
    const spelled = 'application/vnd.dev.sigstore.bundle+json; version="0.3"'
    const first = await pushBundleReferrer(repo, subject, Buffer.from('{"bundle":1}'))
    const second = await pushBundleReferrer(repo, subject, Buffer.from('{"bundle":2}'), { artifactType: spelled })
    const old = await pushBundleReferrer(repo, subject, Buffer.from('{"bundle":0}'), { artifactType: 'application/vnd.dev.sigstore.bundle+json;version=0.1' })
    registry.injectFaults(referrersApi(new Map([[subject.digest, [first, second, old]]])))
    try {
      const { result, log } = await counted(() => findEvidence(repo, subject.digest, { kinds: ['bundle'] }))
      expect(result.evidence.map((e) => [e.where, e.kind === 'bundle' ? decode(e.bundle) : ''])).toEqual([
        [`${registry.host}/acme/api@${first.digest} (referrers API)`, '{"bundle":1}'],
        [`${registry.host}/acme/api@${second.digest} (referrers API)`, '{"bundle":2}'],
      ])
      expect(result.looked).toEqual([`referrers of ${registry.host}/acme/api@${subject.digest} (referrers API: 3 referrers, 2 Sigstore bundles)`])
      expect(log).toHaveLength(5)
      expect(log.filter((line) => line.startsWith('GET manifests/sha256-'))).toEqual([])
    } finally {
      registry.injectFaults(undefined)
    }
    // Without the API: the first digest learns it, the next goes straight to the referrers tag.
    const other = await image('api-less')
    const shared = { kinds: ['bundle'] as const, referrersApi: {} }
    await findEvidence(other.repo, other.subject.digest, shared)
    const { log } = await counted(() => findEvidence(other.repo, subject.digest, shared))
    expect(log).toEqual([`GET manifests/${referrersTag(subject.digest)} 404`])
  })

  it('does not read a layer past 1 MiB, nor a referrer of another subject, nor a .sig tag that is an index: each said in words, nothing thrown', async () => {
    const { repo, subject } = await image('garbage')
    const huge = await pushBundleReferrer(repo, subject, Buffer.alloc(2 * 1024 * 1024, 0x20))
    const elsewhere = await image('garbage-other')
    const foreign = await pushBundleReferrer(repo, elsewhere.subject, Buffer.from('{"other":true}'))
    await addToReferrersTag(repo, subject.digest, [huge, foreign])
    const child = smallImage(seed++)
    await pushGraph(repo, child, 'child')
    const index = indexOf([child.root])
    await repo.putManifest(`${referrersTag(subject.digest)}.sig`, index.bytes, MEDIA_TYPES.ociIndex)
    const { result, log } = await counted(() => findEvidence(repo, subject.digest, BOTH))
    expect(result.evidence).toEqual([])
    const at = (d: string) => `${registry.host}/acme/garbage@${d} (referrers tag ${referrersTag(subject.digest)})`
    expect(result.unreadable).toEqual([
      `${registry.host}/acme/garbage:${referrersTag(subject.digest)}.sig is an index (${MEDIA_TYPES.ociIndex}), not cosign's signature manifest`,
      `${at(huge.digest)} was not read: 2 MiB, past the 1 MiB shiptag reads for one signature or bundle`,
      `${at(foreign.digest)} refers to ${elsewhere.subject.digest}, not to ${subject.digest}`,
    ])
    expect(result.looked).toEqual([
      `${registry.host}/acme/garbage:${referrersTag(subject.digest)}.sig (unreadable)`,
      `referrers of ${registry.host}/acme/garbage@${subject.digest} (registry has no referrers API; referrers tag ${referrersTag(subject.digest)}: 2 referrers, 2 Sigstore bundles, 2 problems)`,
    ])
    expect(log.filter((line) => line.startsWith('GET blobs/'))).toEqual([])
  })

  it('does not trust a referrers tag that is the subject itself (GitLab reads the tag as a digest): said in words', async () => {
    const { repo, subject } = await image('self-tag')
    const manifest = (await repo.getManifest(subject.digest))!
    await repo.putManifest(referrersTag(subject.digest), manifest.bytes, manifest.mediaType)
    const found = await findEvidence(repo, subject.digest, { kinds: ['bundle'] })
    expect(found.evidence).toEqual([])
    expect(found.unreadable).toEqual([
      `referrers of ${registry.host}/acme/self-tag@${subject.digest}: the referrers tag ${referrersTag(subject.digest)} in ${registry.host}/acme/self-tag resolves to the subject itself (the registry reads the tag as a digest)`,
    ])
  })

  it('reads no more of a referrer manifest than its listed size, when the list lies about a large one', async () => {
    const { repo, subject } = await image('lying-size')
    const big = await pushBundleReferrer(repo, subject, Buffer.from('{}'), { annotations: { filler: 'x'.repeat(1024 * 1024) } })
    registry.injectFaults(
      referrersApi(new Map([[subject.digest, [{ mediaType: big.mediaType, digest: big.digest, artifactType: big.artifactType!, size: 300 }]]])),
    )
    try {
      const before = client.stats(registry.host).bytesReceived
      const found = await findEvidence(repo, subject.digest, { kinds: ['bundle'] })
      expect(found.evidence).toEqual([])
      expect(found.unreadable).toEqual([expect.stringContaining('the manifest is larger than 300 bytes')])
      expect(client.stats(registry.host).bytesReceived - before).toBeLessThan(64 * 1024)
    } finally {
      registry.injectFaults(undefined)
    }
  })

  it('bounds what a hostile registry makes it read: thousands of referrers, a pagination loop, a blob that lies about its size or content', async () => {
    const { repo, subject } = await image('hostile')
    const real = await pushBundleReferrer(repo, subject, Buffer.from('{"real":true}'))
    const fakes = Array.from({ length: 5000 }, (_, i) => ({ ...real, digest: `sha256:${i.toString(16).padStart(64, '0')}` }))
    registry.injectFaults(referrersApi(new Map([[subject.digest, [...fakes, real]]])))
    try {
      const { result, log } = await counted(() => findEvidence(repo, subject.digest, { kinds: ['bundle'], limits: { ...EVIDENCE_LIMITS, maxReferrers: 3 } }))
      expect(result.evidence).toEqual([])
      expect(log).toHaveLength(4)
      expect(result.unreadable.at(-1)).toBe(
        `referrers of ${registry.host}/acme/hostile@${subject.digest}: 4998 more Sigstore bundles not read, past what shiptag reads for one digest`,
      )
    } finally {
      registry.injectFaults(undefined)
    }
    registry.injectFaults((request) =>
      request.path.includes('/referrers/') ? referrersAnswer([real], { link: `</v2/acme/hostile/referrers/${subject.digest}>; rel="next"` }) : undefined,
    )
    try {
      const looping = await findEvidence(repo, subject.digest, { kinds: ['bundle'] })
      expect(looping.evidence).toEqual([])
      expect(looping.unreadable).toEqual([expect.stringContaining('the registry paginates in a loop')])
    } finally {
      registry.injectFaults(undefined)
    }
    const blobPath = (request: { path: string }) => request.path.endsWith(`/blobs/${real.digest}`) || request.path.includes('/blobs/')
    for (const fault of [
      { kind: 'status' as const, status: 200, headers: { 'content-length': String(50 * 1024 * 1024) }, body: 'x' },
      { kind: 'corrupt' as const },
    ]) {
      registry.injectFaults(referrersApi(new Map([[subject.digest, [real]]]), (request) => (request.method === 'GET' && blobPath(request) ? fault : undefined)))
      try {
        const spoiled = await findEvidence(repo, subject.digest, { kinds: ['bundle'] })
        expect(spoiled.evidence).toEqual([])
        expect(spoiled.unreadable).toEqual([
          expect.stringMatching(new RegExp(`^${registry.host}/acme/hostile@${real.digest} \\(referrers API\\): blob .* does not match its descriptor`)),
        ])
      } finally {
        registry.injectFaults(undefined)
      }
    }
  })

  it('reads at most the budget of signatures and bytes for one digest, and says what it left', async () => {
    const { repo, subject } = await image('many-signatures')
    const signatures = [1, 2, 3, 4].map((n) => ({ payload: signaturePayload(subject.digest, `registry.test/signer-${n}`), annotations: {} }))
    await pushCosignSignatures(repo, subject.digest, signatures)
    const place = `${registry.host}/acme/many-signatures:${referrersTag(subject.digest)}.sig`
    const { result, log } = await counted(() => findEvidence(repo, subject.digest, { kinds: ['cosign-tag'], limits: { ...EVIDENCE_LIMITS, maxItems: 2 } }))
    expect(result.evidence).toHaveLength(2)
    expect(result.unreadable).toEqual([`${place}: 2 more signatures not read, past the 2 signatures and bundles shiptag reads for one digest`])
    expect(result.looked).toEqual([`${place} (2 signatures, 2 layers not read)`])
    expect(log.filter((line) => line.startsWith('GET blobs/'))).toHaveLength(2)
    const bytes = await findEvidence(repo, subject.digest, { kinds: ['cosign-tag'], limits: { ...EVIDENCE_LIMITS, maxTotalBytes: 100 } })
    expect(bytes.unreadable).toEqual([expect.stringMatching(new RegExp(`^${place} was not read: past the 100 bytes shiptag reads for one digest$`))])
  })

  it('throws the registry client typed error when the registry cannot be asked, rather than saying nothing was found', async () => {
    const { repo, subject } = await image('down')
    registry.injectFaults((request) => (request.path.includes('/manifests/') ? { kind: 'status', status: 503 } : undefined))
    try {
      await expect(findEvidence(repo, subject.digest, BOTH)).rejects.toBeInstanceOf(RegistryError)
    } finally {
      registry.injectFaults(undefined)
    }
  })
})

describe('findEvidence on a registry with token auth', () => {
  let registry: StartedRegistry
  let pusher: RegistryClient
  let reader: RegistryClient
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
    pusher = createRegistryClient({ credentials: async () => ({ username: 'pusher', password: 'pusher-secret', source: 'test' }), sleep: async () => {} })
    reader = createRegistryClient({ credentials: async () => ({ username: 'reader', password: 'reader-secret', source: 'test' }), sleep: async () => {} })
  })
  afterAll(async () => {
    await Promise.all([pusher?.close(), reader?.close()])
    await registry?.stop()
  })

  it('needs only pull: a reader finds a signature and a bundle, with one token and no push scope asked', async () => {
    const name = { registry: registry.host, repository: 'acme/app' }
    const repo = pusher.repository(name, { intent: 'push' })
    const graph = smallImage(901)
    await pushGraph(repo, graph, 'latest')
    const subject = { digest: graph.root.digest, size: graph.root.size, mediaType: graph.root.mediaType }
    await pushCosignSignatures(repo, subject.digest, [{ payload: signaturePayload(subject.digest), annotations: {} }])
    await addToReferrersTag(repo, subject.digest, [await pushBundleReferrer(repo, subject, Buffer.from('{"bundle":true}'))])
    registry.tokenServer!.requests.length = 0
    const found = await findEvidence(reader.repository(name), subject.digest, BOTH)
    expect(found.evidence.map((e) => e.kind)).toEqual(['cosign-tag', 'bundle'])
    expect(registry.tokenServer!.requests.map((r) => [r.user, r.scopes])).toEqual([['reader', ['repository:acme/app:pull']]])
  })
})
