import { gzipSync } from 'node:zlib'
import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLayout, selectRoot, walkImage } from '../src/layout/index.js'
import { runPushCommand } from '../src/commands/push.js'
import { pushImage } from '../src/push/push-image.js'
import type { Repository } from '../src/ref/index.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { layoutBlobSource, limiterPerRegistry } from '../src/store/index.js'
import { buildLayout, tarLayout, type BuiltLayout } from './support/layouts/index.js'
import { skopeo, startRegistry, type AccessLogEntry, type StartedRegistry } from './support/registry/index.js'
import { inputLines } from '../src/input-lines.js'

const MiB = 1024 * 1024

async function push(client: RegistryClient, path: string, targets: Repository[], tags: string[]) {
  const layout = await openLayout(path)
  try {
    const graph = walkImage(layout, selectRoot(layout))
    return await pushImage(client, graph, layoutBlobSource(layout, graph), targets, { tags, dryRun: false, limiterFor: limiterPerRegistry(4) })
  } finally {
    await layout.close()
  }
}

const blobUploads = (log: AccessLogEntry[]) => log.filter((e) => e.method === 'PUT' && e.path.includes('/blobs/uploads/'))
const manifestRequests = (log: AccessLogEntry[]) => log.filter((e) => e.path.includes('/manifests/'))
const digestOfUpload = (e: AccessLogEntry) => decodeURIComponent(new URLSearchParams(e.query).get('digest') ?? '')

describe.each(['anonymous', 'htpasswd', 'token'] as const)('push to a real registry (%s)', (auth) => {
  const creds = auth === 'anonymous' ? [] : ['--creds=pusher:pusher-secret']
  let registry: StartedRegistry
  let client: RegistryClient
  let image: BuiltLayout
  beforeAll(async () => {
    registry = await startRegistry({ auth })
    client = createRegistryClient({
      credentials: async () => (auth === 'anonymous' ? undefined : { username: 'pusher', password: 'pusher-secret', source: 'test' }),
    })
    image = buildLayout({ layers: [2 * MiB, 1 * MiB], seed: 11 })
  })
  afterAll(async () => {
    await client.close()
    await registry.stop()
  })

  it('pushes every blob once, then the tags; a re-push costs one manifest request per tag', async () => {
    const target = { registry: registry.host, repository: 'acme/app' }
    await registry.resetAccessLog()
    const [first] = await push(client, image.dir, [target], ['1.2.3', 'latest'])
    expect(first!.digest).toBe(image.rootDigest)
    expect(first!.tags.map((t) => [t.tag, t.action])).toEqual([
      ['1.2.3', 'created'],
      ['latest', 'created'],
    ])
    const log = await registry.accessLog()
    expect(blobUploads(log).map(digestOfUpload).sort()).toEqual([...image.layers, ...image.configs].map((b) => b.digest).sort())
    expect(blobUploads(log).reduce((sum, e) => sum + e.bytesReceived, 0)).toBe([...image.layers, ...image.configs].reduce((sum, b) => sum + b.size, 0))
    expect(
      manifestRequests(log)
        .filter((e) => e.method === 'PUT')
        .map((e) => e.path),
    ).toEqual(['/v2/acme/app/manifests/1.2.3', '/v2/acme/app/manifests/latest'])

    await registry.resetAccessLog()
    const [again] = await push(client, image.dir, [target], ['1.2.3', 'latest'])
    expect(again!.upToDate).toBe(true)
    const rerun = (await registry.accessLog()).filter((e) => e.path !== '/v2/')
    // The tag HEADs run concurrently, so their order varies.
    expect(rerun.map((e) => `${e.method} ${e.path} ${e.status}`).sort()).toEqual([
      'HEAD /v2/acme/app/manifests/1.2.3 200',
      'HEAD /v2/acme/app/manifests/latest 200',
    ])
  })

  it('sends only the changed layer of a new build', async () => {
    const target = { registry: registry.host, repository: 'acme/app' }
    const changed = buildLayout({ layers: [2 * MiB, 1 * MiB], seed: 11 })
    // Same first layer (seeded), a different second one.
    const next = buildLayout({ layers: [2 * MiB, 1 * MiB + 7], seed: 11 })
    expect(next.layers[0]!.digest).toBe(changed.layers[0]!.digest)
    await registry.resetAccessLog()
    await push(client, next.dir, [target], ['1.2.4'])
    const uploaded = blobUploads(await registry.accessLog()).map(digestOfUpload)
    expect(uploaded.sort()).toEqual([next.layers[1]!.digest, next.configs[0]!.digest].sort())
  })

  it('mounts everything into a second repository on the same registry', async () => {
    const other = buildLayout({ layers: [512 * 1024], seed: 23 })
    await registry.resetAccessLog()
    const reports = await push(
      client,
      other.dir,
      [
        { registry: registry.host, repository: 'acme/one' },
        { registry: registry.host, repository: 'acme/two' },
      ],
      ['v1'],
    )
    expect(reports.map((r) => r.tags[0]!.action)).toEqual(['created', 'created'])
    const log = await registry.accessLog()
    const intoTwo = log.filter((e) => e.path.startsWith('/v2/acme/two/blobs/'))
    expect(intoTwo.filter((e) => e.method === 'PUT')).toEqual([])
    expect(intoTwo.filter((e) => e.method === 'POST' && e.query.includes('mount=') && e.status === 201)).toHaveLength(2)
    expect(reports[1]!.content!.blobs.map((b) => b.action)).toEqual(['mounted', 'mounted'])
  })
  it('mounts from a repository named in mount-from: no blob bytes travel', async () => {
    const image = buildLayout({ layers: [300 * 1024, 2048], seed: 53 })
    await push(client, image.dir, [{ registry: registry.host, repository: 'acme/release' }], ['1.0.0'])
    await registry.resetAccessLog()
    const result = await runPushCommand(
      {
        source: image.dir,
        metadata: { images: `${registry.host}/acme/hotfix`, tags: 'hotfix' },
        dryRun: false,
        mountFrom: inputLines('mount-from', `# last release\n${registry.host}/acme/release\nghcr.io/elsewhere/app`),
      },
      { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' },
      { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date() },
      client,
    )
    expect(result.reports[0]!.content!.blobs.map((b) => [b.action, b.mountedFrom])).toEqual([
      ['mounted', 'acme/release'],
      ['mounted', 'acme/release'],
      ['mounted', 'acme/release'],
    ])
    const log = await registry.accessLog()
    expect(blobUploads(log)).toEqual([])
    expect(log.reduce((sum, e) => sum + e.bytesReceived, 0)).toBe(image.manifests[0]!.size)
  })

  it('pushes a 4-platform index with shared layers: children by digest, index byte-identical (skopeo agrees)', async () => {
    const platforms = ['amd64', 'arm64', 'ppc64le', 's390x'].map((architecture) => ({ os: 'linux', architecture }))
    const index = buildLayout({ layers: [1 * MiB, 256 * 1024], platforms, seed: 31 })
    await registry.resetAccessLog()
    const [report] = await push(client, index.dir, [{ registry: registry.host, repository: 'acme/multi' }], ['2.0.0'])
    expect(report!.digest).toBe(index.rootDigest)
    const log = await registry.accessLog()
    // The shared layer travels once; four own layers and four configs once each.
    expect(blobUploads(log)).toHaveLength(1 + 4 + 4)
    const manifestPuts = manifestRequests(log)
      .filter((e) => e.method === 'PUT')
      .map((e) => e.path.split('/').pop())
    expect(manifestPuts.slice(0, 4).sort()).toEqual(
      index.manifests
        .slice(0, 4)
        .map((m) => m.digest)
        .sort(),
    )
    expect(manifestPuts[4]).toBe('2.0.0')
    const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', ...creds, `docker://${registry.host}/acme/multi:2.0.0`])
    expect(Buffer.from(raw.stdout)).toEqual(readFileSync(`${index.dir}/blobs/sha256/${index.rootDigest.slice(7)}`))
  })

  it.each(['pax', 'gnu', 'ustar'] as const)('pushes a %s tar the same as its directory', async (format) => {
    const image = buildLayout({ layers: [300 * 1024], seed: 41 })
    const tar = tarLayout(image.dir, `${image.dir}.${format}.tar`, format)
    const [report] = await push(client, tar, [{ registry: registry.host, repository: `acme/tar-${format}` }], ['t'])
    expect(report!.digest).toBe(image.rootDigest)
    expect(report!.content!.blobs.filter((b) => b.action === 'uploaded')).toHaveLength(2)
  })

  it('pushes a gzip-compressed tar', async () => {
    const image = buildLayout({ layers: [100 * 1024], seed: 43 })
    const tar = tarLayout(image.dir, `${image.dir}.tar`)
    writeFileSync(`${tar}.gz`, gzipSync(readFileSync(tar)))
    const [report] = await push(client, `${tar}.gz`, [{ registry: registry.host, repository: 'acme/gz' }], ['t'])
    expect(report!.digest).toBe(image.rootDigest)
  })

  it('re-pushes unchanged what skopeo copied with --preserve-digests', async () => {
    const image = buildLayout({ layers: [200 * 1024], seed: 47, refName: 'v9' })
    const copied = await skopeo([
      'copy',
      '--all',
      '--preserve-digests',
      '--dest-tls-verify=false',
      ...creds.map((c) => c.replace('--creds', '--dest-creds')),
      `oci:${image.dir}:v9`,
      `docker://${registry.host}/acme/peer:v9`,
    ])
    expect(copied.code, copied.stderr).toBe(0)
    const archive = `${image.dir}.skopeo.tar`
    const back = await skopeo([
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      ...creds.map((c) => c.replace('--creds', '--src-creds')),
      `docker://${registry.host}/acme/peer:v9`,
      `oci-archive:${archive}:v9`,
    ])
    expect(back.code, back.stderr).toBe(0)
    await registry.resetAccessLog()
    const [report] = await push(client, archive, [{ registry: registry.host, repository: 'acme/peer' }], ['v9'])
    expect(report!.digest).toBe(image.rootDigest)
    expect(report!.upToDate).toBe(true)
  })
})
