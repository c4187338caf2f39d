/**
 * promote against real registries (distribution 2.8, two processes for cross-registry), asserting on
 * their access logs: same-repository retags, mounts across repositories, streamed copies across
 * registries, artifacts that follow, a source tag that moves mid-run, and a failure part-way.
 */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLayout, selectRoot, walkImage } from '../src/layout/index.js'
import { MEDIA_TYPES, referrersTag } from '../src/oci/index.js'
import { parseReference, type Repository } from '../src/ref/index.js'
import { promoteImage, resolveSource, type PromoteOptions } from '../src/promote/index.js'
import { pushImage } from '../src/push/push-image.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { TagWriteError, layoutBlobSource, limiterPerRegistry } from '../src/store/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { skopeo, startRegistry, type AccessLogEntry, type StartedRegistry } from './support/registry/index.js'

const KiB = 1024

async function pushLayout(client: RegistryClient, image: BuiltLayout, target: Repository, tags: string[]) {
  const layout = await openLayout(image.dir)
  try {
    const graph = walkImage(layout, selectRoot(layout))
    await pushImage(client, graph, layoutBlobSource(layout, graph), [target], { tags, dryRun: false, limiterFor: limiterPerRegistry(4) })
  } finally {
    await layout.close()
  }
}

async function promote(client: RegistryClient, source: string, targets: Repository[], tags: string[], extra: Partial<PromoteOptions> = {}) {
  const resolved = await resolveSource(client, parseReference(source))
  return promoteImage(client, resolved, targets, { tags, dryRun: false, limiterFor: limiterPerRegistry(4), ...extra })
}

const withoutPing = (log: AccessLogEntry[]) => log.filter((e) => e.path !== '/v2/')
const line = (e: AccessLogEntry) => `${e.method} ${e.path} ${e.status}`
const blobRequests = (log: AccessLogEntry[]) => log.filter((e) => e.path.includes('/blobs/'))

function blobOf(bytes: Buffer, mediaType: string) {
  return { mediaType, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, size: bytes.length, bytes }
}

/** Pushes a small artifact manifest (one config, one layer) to `reference`, with an optional subject. */
async function pushArtifact(
  client: RegistryClient,
  where: Repository,
  reference: string | undefined,
  label: string,
  subject?: { digest: string; size: number; mediaType: string },
) {
  const repo = client.repository(where, { intent: 'push' })
  const config = blobOf(Buffer.from('{}'), 'application/vnd.dev.cosign.artifact.sig.v1+json')
  const layer = blobOf(Buffer.from(`${label} payload`), 'application/vnd.dev.cosign.simplesigning.v1+json')
  for (const b of [config, layer]) await repo.uploadBlob(b, () => Readable.from([b.bytes]))
  const strip = (b: typeof config) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size })
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      ...(subject ? { artifactType: 'application/vnd.example.signature' } : {}),
      config: strip(config),
      layers: [strip(layer)],
      ...(subject ? { subject } : {}),
      annotations: { 'org.example.label': label },
    }),
  )
  const digest = blobOf(manifest, MEDIA_TYPES.ociManifest).digest
  await repo.putManifest(reference ?? digest, manifest, MEDIA_TYPES.ociManifest)
  return { digest, size: manifest.length, bytes: manifest }
}

describe.each(['anonymous', 'token'] as const)('promote on real registries (%s)', (auth) => {
  const creds = auth === 'anonymous' ? [] : ['--creds=pusher:pusher-secret']
  let dev: StartedRegistry
  let prod: StartedRegistry
  let client: RegistryClient
  let image: BuiltLayout
  let multi: BuiltLayout
  beforeAll(async () => {
    ;[dev, prod] = await Promise.all([startRegistry({ auth }), startRegistry({ auth })])
    client = createRegistryClient({
      credentials: async () => (auth === 'anonymous' ? undefined : { username: 'pusher', password: 'pusher-secret', source: 'test' }),
      sleep: async () => {},
    })
    image = buildLayout({ layers: [300 * KiB, 200 * KiB, 100 * KiB], seed: 61 })
    const platforms = ['amd64', 'arm64', 'ppc64le', 's390x'].map((architecture) => ({ os: 'linux', architecture }))
    multi = buildLayout({ layers: [256 * KiB, 64 * KiB], platforms, seed: 67 })
    await pushLayout(client, image, { registry: dev.host, repository: 'acme/app' }, ['sha-1a2b3c4'])
    await pushLayout(client, multi, { registry: dev.host, repository: 'acme/multi' }, ['sha-5d6e7f8'])
  })
  afterAll(async () => {
    await client?.close()
    await Promise.all([dev?.stop(), prod?.stop()])
  })

  it('retags in the same repository: 1 manifest read, a HEAD, a PUT and a re-read per tag, no blob request; a re-run only reads', async () => {
    const target = { registry: dev.host, repository: 'acme/app' }
    await dev.resetAccessLog()
    const report = await promote(client, `${dev.host}/acme/app:sha-1a2b3c4`, [target], ['1.4.2', '1.4', 'prod'])
    expect(report.source.digest).toBe(image.rootDigest)
    expect(report.targets[0]!.path).toBe('same-repository')
    expect(report.targets[0]!.tags.map((t) => `${t.tag} ${t.action}`)).toEqual(['1.4.2 created', '1.4 created', 'prod created'])
    const log = withoutPing(await dev.accessLog())
    expect(log.filter((e) => e.method === 'GET').map(line)).toEqual(['GET /v2/acme/app/manifests/sha-1a2b3c4 200'])
    // A HEAD per tag before, then each tag written is read again (no compare-and-swap on tags).
    expect(
      log
        .filter((e) => e.method === 'HEAD')
        .map(line)
        .sort(),
    ).toEqual([
      'HEAD /v2/acme/app/manifests/1.4 200',
      'HEAD /v2/acme/app/manifests/1.4 404',
      'HEAD /v2/acme/app/manifests/1.4.2 200',
      'HEAD /v2/acme/app/manifests/1.4.2 404',
      'HEAD /v2/acme/app/manifests/prod 200',
      'HEAD /v2/acme/app/manifests/prod 404',
    ])
    // Versioned first, floating last, one after another.
    expect(log.filter((e) => e.method === 'PUT').map(line)).toEqual([
      'PUT /v2/acme/app/manifests/1.4.2 201',
      'PUT /v2/acme/app/manifests/1.4 201',
      'PUT /v2/acme/app/manifests/prod 201',
    ])
    expect(log).toHaveLength(10)
    expect(blobRequests(log)).toEqual([])

    await dev.resetAccessLog()
    const again = await promote(client, `${dev.host}/acme/app:sha-1a2b3c4`, [target], ['1.4.2', '1.4', 'prod'])
    expect(again.targets[0]!.upToDate).toBe(true)
    const rerun = withoutPing(await dev.accessLog())
    expect(rerun.filter((e) => e.method !== 'HEAD').map(line)).toEqual(['GET /v2/acme/app/manifests/sha-1a2b3c4 200'])
    expect(rerun.filter((e) => e.method === 'HEAD')).toHaveLength(3)
  })

  it('promotes to another repository on the registry by mounting every blob: 0 blob bytes; a re-run only reads', async () => {
    const target = { registry: dev.host, repository: 'acme/staging' }
    await dev.resetAccessLog()
    const report = await promote(client, `${dev.host}/acme/app@${image.rootDigest}`, [target], ['1.4.2'])
    const { content } = report.targets[0]!
    expect(report.targets[0]!.path).toBe('mount')
    expect(content!.blobs.map((b) => b.action)).toEqual(['mounted', 'mounted', 'mounted', 'mounted'])
    const log = await dev.accessLog()
    const mounts = log.filter((e) => e.method === 'POST' && e.query.includes('mount='))
    expect(mounts.map((e) => e.status)).toEqual([201, 201, 201, 201])
    // A mount answers the same whether the blob was there or not: no HEAD before it.
    expect(log.filter((e) => e.method === 'HEAD' && e.path.includes('/blobs/'))).toEqual([])
    expect(log.filter((e) => e.path.includes('/blobs/')).reduce((sum, e) => sum + e.bytesReceived + e.bytesSent, 0)).toBe(0)
    expect(log.filter((e) => e.method === 'PATCH' || (e.method === 'PUT' && e.path.includes('/blobs/')))).toEqual([])

    await dev.resetAccessLog()
    const again = await promote(client, `${dev.host}/acme/app@${image.rootDigest}`, [target], ['1.4.2'])
    expect(again.targets[0]!.upToDate).toBe(true)
    expect(
      withoutPing(await dev.accessLog())
        .filter((e) => e.method !== 'HEAD')
        .map(line),
    ).toEqual([`GET /v2/acme/app/manifests/${image.rootDigest} 200`])
  })

  it('copies a 4-platform index to another registry: every child and blob, same digests, byte-identical; a re-run only reads', async () => {
    const target = { registry: prod.host, repository: 'prod/multi' }
    await Promise.all([dev.resetAccessLog(), prod.resetAccessLog()])
    const report = await promote(client, `${dev.host}/acme/multi:sha-5d6e7f8`, [target], ['2.0.0', 'stable'])
    expect(report.targets[0]!.path).toBe('copy')
    expect(report.source.digest).toBe(multi.rootDigest)
    const prodLog = await prod.accessLog()
    // Each blob once: 1 shared layer + 4 own layers + 4 configs, and their bytes exactly.
    const uploads = prodLog.filter((e) => e.method === 'PUT' && e.path.includes('/blobs/uploads/'))
    expect(uploads).toHaveLength(9)
    expect(uploads.reduce((sum, e) => sum + e.bytesReceived, 0)).toBe([...multi.layers, ...multi.configs].reduce((sum, b) => sum + b.size, 0))
    // Children by digest before the index's tags.
    const manifestPuts = prodLog.filter((e) => e.method === 'PUT' && e.path.includes('/manifests/')).map((e) => e.path.split('/').pop())
    expect(manifestPuts.slice(0, 4).sort()).toEqual(
      multi.manifests
        .slice(0, 4)
        .map((m) => m.digest)
        .sort(),
    )
    expect(manifestPuts.slice(4)).toEqual(['2.0.0', 'stable'])
    // Blobs came from the dev registry, each read once, never from prod.
    expect((await dev.accessLog()).filter((e) => e.method === 'GET' && e.path.includes('/blobs/'))).toHaveLength(9)
    for (const manifest of multi.manifests.slice(0, 4)) {
      const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', ...creds, `docker://${prod.host}/prod/multi@${manifest.digest}`])
      expect(createHash('sha256').update(raw.stdout).digest('hex')).toBe(manifest.digest.slice(7))
    }
    const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', ...creds, `docker://${prod.host}/prod/multi:2.0.0`])
    expect(Buffer.from(raw.stdout)).toEqual(multi.manifests[4]!.bytes)
    const copiedBack = await skopeo([
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      ...creds.map((c) => c.replace('--creds', '--src-creds')),
      `docker://${prod.host}/prod/multi:stable`,
      `dir:${multi.dir}-back`,
    ])
    expect(copiedBack.code, copiedBack.stderr).toBe(0)

    await Promise.all([dev.resetAccessLog(), prod.resetAccessLog()])
    const again = await promote(client, `${dev.host}/acme/multi:sha-5d6e7f8`, [target], ['2.0.0', 'stable'])
    expect(again.targets[0]!.upToDate).toBe(true)
    expect(withoutPing(await prod.accessLog()).map((e) => e.method)).toEqual(['HEAD', 'HEAD'])
  })

  it('promotes the digest it resolved, even when the source tag moves during the run', async () => {
    const other = buildLayout({ layers: [50 * KiB], seed: 71 })
    const target = { registry: prod.host, repository: 'prod/app' }
    const report = await promote(client, `${dev.host}/acme/app:sha-1a2b3c4`, [target], ['3.0.0'], {
      // Runs after every read and before the first write: the worst moment for the tag to move.
      beforeWrite: async () => {
        await pushLayout(client, other, { registry: dev.host, repository: 'acme/app' }, ['sha-1a2b3c4'])
        await dev.resetAccessLog()
      },
    })
    expect(report.targets[0]!.digest).toBe(image.rootDigest)
    expect((await client.repository({ registry: dev.host, repository: 'acme/app' }).headManifest('sha-1a2b3c4'))!.digest).toBe(other.rootDigest)
    expect((await client.repository({ registry: prod.host, repository: 'prod/app' }).headManifest('3.0.0'))!.digest).toBe(image.rootDigest)
    // After resolution nothing asked for the tag again: everything went by digest.
    expect((await dev.accessLog()).filter((e) => e.path.endsWith('/sha-1a2b3c4') && e.method !== 'HEAD')).toEqual([])
    await pushLayout(client, image, { registry: dev.host, repository: 'acme/app' }, ['sha-1a2b3c4'])
  })

  it('brings a cosign signature tag and an OCI referrer along, to another repository and to another registry', async () => {
    const source = { registry: dev.host, repository: 'acme/signed' }
    await pushLayout(client, image, source, ['sha-9'])
    const subject = { mediaType: image.rootMediaType, digest: image.rootDigest, size: image.manifests[0]!.size }
    const signature = await pushArtifact(client, source, `${referrersTag(image.rootDigest)}.sig`, 'cosign signature')
    const referrer = await pushArtifact(client, source, undefined, 'sbom referrer', subject)
    // distribution 2.8 has no referrers API: the referrers tag lists it (spec fallback).
    const fallbackIndex = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociIndex,
        manifests: [{ mediaType: MEDIA_TYPES.ociManifest, digest: referrer.digest, size: referrer.size, artifactType: 'application/vnd.example.signature' }],
      }),
    )
    await client
      .repository({ registry: dev.host, repository: 'acme/signed' }, { intent: 'push' })
      .putManifest(referrersTag(image.rootDigest), fallbackIndex, MEDIA_TYPES.ociIndex)

    for (const target of [
      { registry: dev.host, repository: 'acme/signed-staging' },
      { registry: prod.host, repository: 'prod/signed' },
    ]) {
      const report = await promote(client, `${dev.host}/acme/signed:sha-9`, [target], ['1.0.0'])
      expect(report.targets[0]!.artifacts.map((a) => `${a.kind} ${a.action}`).sort()).toEqual(['referrer copied', 'tag copied'])
      const repo = client.repository(target)
      expect((await repo.headManifest(`${referrersTag(image.rootDigest)}.sig`))!.digest).toBe(signature.digest)
      expect((await repo.getManifest(referrer.digest))!.bytes).toEqual(referrer.bytes)
      const index = JSON.parse((await repo.getManifest(referrersTag(image.rootDigest)))!.bytes.toString('utf8')) as {
        manifests: { digest: string; artifactType?: string; annotations?: Record<string, string> }[]
      }
      expect(index.manifests.map((m) => [m.digest, m.artifactType, m.annotations?.['org.example.label']])).toEqual([
        [referrer.digest, 'application/vnd.example.signature', 'sbom referrer'],
      ])
      const again = await promote(client, `${dev.host}/acme/signed:sha-9`, [target], ['1.0.0'])
      expect(again.targets[0]!.upToDate).toBe(true)
    }
  })

  it('names the tags that moved and those that did not when the registry fails part-way; a re-run converges', async () => {
    const target = { registry: dev.host, repository: 'acme/halfway' }
    let tagPuts = 0
    // After the first tag lands, the registry is gone: every request fails.
    dev.injectFaults((request) => {
      if (tagPuts >= 1) return { kind: 'status', status: 503, body: 'registry stopped' }
      if (request.method === 'PUT' && /\/manifests\/[^/]+$/.test(request.path) && !request.path.includes('sha256:')) tagPuts++
      return undefined
    })
    let error: unknown
    try {
      await promote(client, `${dev.host}/acme/app:sha-1a2b3c4`, [target], ['5.0.0', '5.0', 'prod'])
    } catch (caught) {
      error = caught
    } finally {
      dev.injectFaults(undefined)
    }
    expect(error).toBeInstanceOf(TagWriteError)
    expect((error as Error).message).toContain('Tags at ' + image.rootDigest + ': 5.0.0 (created)')
    expect((error as Error).message).toContain('Tags not written: 5.0, prod')
    const again = await promote(client, `${dev.host}/acme/app:sha-1a2b3c4`, [target], ['5.0.0', '5.0', 'prod'])
    expect(again.targets[0]!.tags.map((t) => `${t.tag} ${t.action}`)).toEqual(['5.0.0 unchanged', '5.0 created', 'prod created'])
  })
})
