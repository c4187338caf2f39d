/**
 * A dry run reports what the real run then does (issue 13: "3 blob(s) to upload (0 B)" when the real
 * push sent 196 KiB; "0 mounted" when it mounted 3). For each registry state: the dry run, then the
 * real run on the same state; their reports must agree blob for blob, byte for byte, tag for tag, the
 * dry run must have written nothing, and the real run's writes, as the registries logged them, must
 * be exactly the ones reported.
 */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPromoteCommand } from '../src/commands/promote.js'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { openLayout, selectRoot, walkImage } from '../src/layout/index.js'
import { MEDIA_TYPES, referrersTag } from '../src/oci/index.js'
import { promoteImage, resolveSource } from '../src/promote/index.js'
import { parseReference } from '../src/ref/index.js'
import { pushImage } from '../src/push/push-image.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import {
  layoutBlobSource,
  limiterPerRegistry,
  transferTotals,
  type BlobOutcome,
  type BlobProgress,
  type ContentReport,
  type TagOutcome,
  type TransferTotals,
} from '../src/store/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { startRegistry, type AccessLogEntry, type StartedRegistry } from './support/registry/index.js'
import { inputLines } from '../src/input-lines.js'

const KiB = 1024
const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') }

/** One target's report, as push and promote both give it. */
interface TargetReport {
  readonly target: { readonly registry: string; readonly repository: string }
  readonly upToDate: boolean
  readonly content: ContentReport | undefined
  readonly tags: readonly TagOutcome[]
  readonly artifacts?: readonly { readonly digest: string; readonly action: string; readonly content?: ContentReport }[]
  readonly referrersTags?: readonly { readonly subject: string; readonly action: string }[]
}

/** A report with the dry run's `would-` words turned into the real run's, to compare the two one to one. */
function comparable(reports: readonly TargetReport[]) {
  const done = (action: string) =>
    ({
      'would-upload': 'uploaded',
      'would-mount': 'mounted',
      'would-put': 'put',
      'would-create': 'created',
      'would-move': 'moved',
      'would-copy': 'copied',
      'would-write': 'written',
    })[action] ?? action
  const byDigest = <T extends { descriptor: { digest: string } }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.descriptor.digest.localeCompare(b.descriptor.digest))
  const content = (report: ContentReport | undefined) => ({
    rootPresent: report?.rootPresent,
    blobs: byDigest(report?.blobs ?? []).map((blob) => [blob.descriptor.digest, done(blob.action), blob.bytesSent, blob.mountedFrom]),
    manifests: byDigest(report?.manifests ?? []).map((manifest) => [manifest.descriptor.digest, done(manifest.action)]),
  })
  return reports.map((report) => ({
    repository: `${report.target.registry}/${report.target.repository}`,
    upToDate: report.upToDate,
    ...content(report.content),
    tags: report.tags.map((tag) => [tag.tag, done(tag.action), tag.previous]),
    artifacts: (report.artifacts ?? []).map((artifact) => [artifact.digest, done(artifact.action), content(artifact.content)]),
    referrersTags: (report.referrersTags ?? []).map((index) => [index.subject, done(index.action)]),
    totals: transferTotals(report),
  }))
}

function sum(reports: readonly TargetReport[]): TransferTotals {
  const totals = reports.map(transferTotals)
  const add = (key: keyof TransferTotals) => totals.reduce((total, t) => total + t[key], 0)
  const keys = Object.keys(totals[0] ?? transferTotals({ content: undefined, tags: [] })) as (keyof TransferTotals)[]
  return Object.fromEntries(keys.map((key) => [key, add(key)])) as unknown as TransferTotals
}

const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE']
const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const isUpload = (e: AccessLogEntry) => e.path.includes('/blobs/uploads/')

/** The writes the registries logged, by kind. */
function writesByKind(log: readonly AccessLogEntry[]) {
  const writes = log.filter((e) => WRITES.includes(e.method))
  const kinds = {
    mounts: writes.filter((e) => e.method === 'POST' && e.query.includes('mount=') && e.status === 201).length,
    refusedMounts: writes.filter((e) => e.method === 'POST' && e.query.includes('mount=') && e.status !== 201).length,
    uploadStarts: writes.filter((e) => e.method === 'POST' && isUpload(e) && !e.query.includes('mount=')).length,
    uploads: writes.filter((e) => e.method === 'PUT' && isUpload(e)).length,
    uploadBytes: writes.filter((e) => (e.method === 'PUT' || e.method === 'PATCH') && isUpload(e)).reduce((total, e) => total + e.bytesReceived, 0),
    manifestsByDigest: writes.filter((e) => e.method === 'PUT' && /\/manifests\/sha256:[0-9a-f]{64}$/.test(e.path)).length,
    /** cosign's `sha256-<hex>.sig`, `.att`, `.sbom`: an artifact's manifest, written by its tag. */
    artifactTags: writes.filter((e) => e.method === 'PUT' && /\/manifests\/sha256-[0-9a-f]{64}\.\w+$/.test(e.path)).length,
    /** The referrers tag `sha256-<hex>` (OCI distribution-spec, referrers tag schema), for a registry without the API. */
    referrersIndexes: writes.filter((e) => e.method === 'PUT' && /\/manifests\/sha256-[0-9a-f]{64}$/.test(e.path)).length,
    tags: writes.filter((e) => e.method === 'PUT' && e.path.includes('/manifests/') && !/\/manifests\/sha256[:-]/.test(e.path)).length,
    deletes: writes.filter((e) => e.method === 'DELETE').length,
  }
  const patches = writes.filter((e) => e.method === 'PATCH').length
  const counted =
    kinds.mounts +
    kinds.refusedMounts +
    kinds.uploadStarts +
    kinds.uploads +
    patches +
    kinds.manifestsByDigest +
    kinds.artifactTags +
    kinds.referrersIndexes +
    kinds.tags +
    kinds.deletes
  return { ...kinds, other: writes.length - counted }
}

describe('a dry run reports what the real run does, on the same registry state', () => {
  let dev: StartedRegistry
  let prod: StartedRegistry
  let client: RegistryClient
  /** Two layers and a config. */
  let a: BuiltLayout
  /** Shares a's first layer; its own second layer and config. */
  let b: BuiltLayout
  /** Four platforms, one shared layer. */
  let index: BuiltLayout
  beforeAll(async () => {
    ;[dev, prod] = await Promise.all([startRegistry(), startRegistry()])
    client = createRegistryClient({ credentials: async () => undefined })
    a = buildLayout({ layers: [150 * KiB, 40 * KiB], seed: 1301, layerSeeds: [1, 2] })
    b = buildLayout({ layers: [150 * KiB, 60 * KiB], seed: 1302, layerSeeds: [1, 3] })
    const platforms = ['amd64', 'arm64', 'ppc64le', 's390x'].map((architecture) => ({ os: 'linux', architecture }))
    index = buildLayout({ layers: [64 * KiB, 16 * KiB], platforms, seed: 1303 })
  })
  afterAll(async () => {
    await client?.close()
    await Promise.all([dev?.stop(), prod?.stop()])
  })

  async function pushLayout(image: BuiltLayout, registry: StartedRegistry, repository: string, tags: string[]) {
    const layout = await openLayout(image.dir)
    try {
      const graph = walkImage(layout, selectRoot(layout))
      return await pushImage(client, graph, layoutBlobSource(layout, graph), [{ registry: registry.host, repository }], {
        tags,
        dryRun: false,
        limiterFor: limiterPerRegistry(4),
      })
    } finally {
      await layout.close()
    }
  }

  /** What the copies told the progress callbacks, per repository: uploads started, bytes seen per blob, blobs settled. */
  let told: Map<string, { started: string[]; sent: Map<string, number>; settled: BlobOutcome[] }>
  const progress = (target: { registry: string; repository: string }): BlobProgress => {
    const entry = { started: [] as string[], sent: new Map<string, number>(), settled: [] as BlobOutcome[] }
    told.set(`${target.registry}/${target.repository}`, entry)
    return {
      started: (descriptor) => entry.started.push(descriptor.digest),
      sent: (descriptor, bytes) => entry.sent.set(descriptor.digest, bytes),
      settled: (outcome) => entry.settled.push(outcome),
    }
  }

  const push = (image: () => BuiltLayout, images: () => string[], tags: string, mountFrom?: () => string) => async (dryRun: boolean) =>
    (
      await runPushCommand(
        {
          source: image().dir,
          metadata: { images: images().join('\n'), tags },
          dryRun,
          progress,
          ...(mountFrom ? { mountFrom: inputLines('mount-from', mountFrom()) } : {}),
        },
        CONTEXT,
        OPTIONS,
        client,
      )
    ).reports

  const promote = (source: () => string, images: () => string[], tags: string) => async (dryRun: boolean) =>
    (
      await runPromoteCommand(
        { source: inputLines('source', source()), metadata: { images: images().join('\n'), tags }, dryRun, progress },
        CONTEXT,
        OPTIONS,
        client,
      )
    ).promotions.flatMap((promotion) => promotion.targets)

  const promoteTo = (source: () => string, repositories: string[], tags: string[]) => async (dryRun: boolean) =>
    (
      await promoteImage(
        client,
        await resolveSource(client, parseReference(source())),
        repositories.map((repository) => ({ registry: prod.host, repository })),
        { tags, dryRun, limiterFor: limiterPerRegistry(4), progress },
      )
    ).targets

  const pushTo = (image: () => BuiltLayout, repositories: string[], tags: string[]) => async (dryRun: boolean) => {
    const layout = await openLayout(image().dir)
    try {
      const graph = walkImage(layout, selectRoot(layout))
      return await pushImage(
        client,
        graph,
        layoutBlobSource(layout, graph),
        repositories.map((repository) => ({ registry: dev.host, repository })),
        { tags, dryRun, limiterFor: limiterPerRegistry(4), progress },
      )
    } finally {
      await layout.close()
    }
  }

  /** A small artifact (config `{}`, one layer) in `repository`, by a cosign tag or, with a subject, as a referrer. */
  async function pushArtifact(repository: string, tag: string | undefined, label: string, subject?: { digest: string; size: number; mediaType: string }) {
    const repo = client.repository({ registry: dev.host, repository }, { intent: 'push' })
    const blobs = [Buffer.from('{}'), Buffer.from(`${label} payload`)].map((bytes, i) => ({
      mediaType: i === 0 ? 'application/vnd.dev.cosign.artifact.sig.v1+json' : 'application/vnd.dev.cosign.simplesigning.v1+json',
      digest: sha256(bytes),
      size: bytes.length,
      bytes,
    }))
    for (const blob of blobs) await repo.uploadBlob(blob, () => Readable.from([blob.bytes]))
    const strip = ({ mediaType, digest, size }: (typeof blobs)[number]) => ({ mediaType, digest, size })
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA_TYPES.ociManifest,
        ...(subject ? { artifactType: 'application/vnd.example.sbom', subject } : {}),
        config: strip(blobs[0]!),
        layers: [strip(blobs[1]!)],
      }),
    )
    await repo.putManifest(tag ?? sha256(manifest), manifest, MEDIA_TYPES.ociManifest)
    return { mediaType: MEDIA_TYPES.ociManifest, digest: sha256(manifest), size: manifest.length }
  }

  /** `a` in `repository` with a cosign signature, a cosign attestation (both with the config `{}`) and an SBOM referrer in the referrers tag. */
  async function signed(repository: string) {
    await pushLayout(a, dev, repository, ['sha-1'])
    await pushArtifact(repository, `${referrersTag(a.rootDigest)}.sig`, 'signature')
    await pushArtifact(repository, `${referrersTag(a.rootDigest)}.att`, 'attestation')
    const subject = { mediaType: a.rootMediaType, digest: a.rootDigest, size: a.manifests[0]!.size }
    const sbom = await pushArtifact(repository, undefined, 'sbom', subject)
    const index = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [{ ...sbom, artifactType: 'application/vnd.example.sbom' }] }),
    )
    await client.repository({ registry: dev.host, repository }, { intent: 'push' }).putManifest(referrersTag(a.rootDigest), index, MEDIA_TYPES.ociIndex)
  }

  const scenarios: [
    name: string,
    setup: () => Promise<unknown>,
    run: (dryRun: boolean) => Promise<readonly TargetReport[]>,
    expected: Partial<TransferTotals>,
  ][] = [
    [
      'push to an empty repository',
      async () => {},
      push(
        () => a,
        () => [`${dev.host}/s1/app`],
        '1.0.0\nlatest',
      ),
      { blobsUploaded: 3, blobsMounted: 0, tagsCreated: 2 },
    ],
    [
      'push where the repository has some blobs',
      () => pushLayout(a, dev, 's2/app', ['old']),
      push(
        () => b,
        () => [`${dev.host}/s2/app`],
        'new',
      ),
      { blobsUploaded: 2, blobsPresent: 1 },
    ],
    [
      'push with mount-from holding every blob',
      () => pushLayout(a, dev, 's3/release', ['1.0.0']),
      push(
        () => a,
        () => [`${dev.host}/s3/hotfix`],
        'hotfix',
        () => `${dev.host}/s3/release`,
      ),
      { blobsUploaded: 0, blobsMounted: 3, bytesSent: 0 },
    ],
    [
      'push with mount-from holding some blobs',
      () => pushLayout(a, dev, 's4/base', ['1.0.0']),
      push(
        () => b,
        () => [`${dev.host}/s4/app`],
        '2.0.0',
        () => `${prod.host}/s4/base\n${dev.host}/s4/base`,
      ),
      { blobsUploaded: 2, blobsMounted: 1 },
    ],
    [
      'push to two repositories on one registry and one on another',
      async () => {},
      push(
        () => a,
        () => [`${dev.host}/s5/one`, `${dev.host}/s5/two`, `${prod.host}/s5/three`],
        '1.0.0',
      ),
      { blobsUploaded: 6, blobsMounted: 3, tagsCreated: 3 },
    ],
    [
      'push a 4-platform index',
      async () => {},
      push(
        () => index,
        () => [`${dev.host}/s6/multi`],
        '1.0.0',
      ),
      { blobsUploaded: 9, manifestsPut: 4 },
    ],
    ['push without a tag: the image by digest', async () => {}, pushTo(() => a, ['s7/bare'], []), { blobsUploaded: 3, manifestsPut: 1, tagsCreated: 0 }],
    ['the same repository named twice', async () => {}, pushTo(() => a, ['s17/app', 's17/app'], ['1.0.0']), { blobsUploaded: 3, tagsCreated: 1 }],
    [
      're-run: every tag already there',
      () => pushLayout(a, dev, 's8/app', ['1.0.0']),
      push(
        () => a,
        () => [`${dev.host}/s8/app`],
        '1.0.0',
      ),
      { blobsUploaded: 0, tagsUnchanged: 1 },
    ],
    [
      'a new tag for an image the repository has',
      () => pushLayout(a, dev, 's9/app', ['1.0.0']),
      push(
        () => a,
        () => [`${dev.host}/s9/app`],
        '1.0.0\n1.0',
      ),
      { blobsUploaded: 0, tagsCreated: 1, tagsUnchanged: 1 },
    ],
    [
      'a tag that moves to a new build',
      () => pushLayout(a, dev, 's10/app', ['latest']),
      push(
        () => b,
        () => [`${dev.host}/s10/app`],
        'latest',
      ),
      { blobsUploaded: 2, blobsPresent: 1, tagsMoved: 1 },
    ],
    [
      'promote within a repository',
      () => pushLayout(a, dev, 's11/app', ['sha-1']),
      promote(
        () => `${dev.host}/s11/app:sha-1`,
        () => [],
        '1.0.0',
      ),
      { blobsUploaded: 0, tagsCreated: 1 },
    ],
    [
      'promote to another repository on the registry',
      () => pushLayout(a, dev, 's12/app', ['sha-1']),
      promote(
        () => `${dev.host}/s12/app:sha-1`,
        () => [`${dev.host}/s12/staging`],
        '1.0.0',
      ),
      { blobsMounted: 3, bytesSent: 0 },
    ],
    [
      'promote to another registry',
      () => pushLayout(a, dev, 's13/app', ['sha-1']),
      promote(
        () => `${dev.host}/s13/app:sha-1`,
        () => [`${prod.host}/s13/app`],
        '1.0.0',
      ),
      { blobsUploaded: 3 },
    ],
    [
      'promote an index to two repositories on another registry',
      () => pushLayout(index, dev, 's14/multi', ['sha-1']),
      promote(
        () => `${dev.host}/s14/multi:sha-1`,
        () => [`${prod.host}/s14/a`, `${prod.host}/s14/b`],
        '1.0.0\nstable',
      ),
      { blobsUploaded: 9, blobsMounted: 9, manifestsPut: 8, tagsCreated: 4 },
    ],
    [
      'promote to another registry where the target has some blobs',
      () => Promise.all([pushLayout(a, dev, 's15/app', ['sha-1']), pushLayout(b, prod, 's15/app', ['old'])]),
      promote(
        () => `${dev.host}/s15/app:sha-1`,
        () => [`${prod.host}/s15/app`],
        '1.0.0',
      ),
      { blobsUploaded: 2, blobsPresent: 1 },
    ],
    [
      'promote to the same repository named twice',
      () => pushLayout(a, dev, 's18/app', ['sha-1']),
      promoteTo(() => `${dev.host}/s18/app:sha-1`, ['s18/app', 's18/app'], ['1.0.0']),
      { blobsUploaded: 3, tagsCreated: 1 },
    ],
    [
      'promote a signed image to another repository on the registry',
      () => signed('s30/app'),
      promote(
        () => `${dev.host}/s30/app:sha-1`,
        () => [`${dev.host}/s30/staging`],
        '1.0.0',
      ),
      { blobsMounted: 3 + 4, blobsPresent: 2, artifactsCopied: 3, referrersTagsWritten: 1 },
    ],
    [
      'promote a signed image to another registry',
      () => signed('s31/app'),
      promote(
        () => `${dev.host}/s31/app:sha-1`,
        () => [`${prod.host}/s31/app`],
        '1.0.0',
      ),
      { blobsUploaded: 3 + 4, blobsPresent: 2, artifactsCopied: 3, referrersTagsWritten: 1 },
    ],
    [
      'promote again: everything there',
      async () => {
        await pushLayout(a, dev, 's16/app', ['sha-1'])
        await pushLayout(a, prod, 's16/app', ['1.0.0'])
      },
      promote(
        () => `${dev.host}/s16/app:sha-1`,
        () => [`${prod.host}/s16/app`],
        '1.0.0',
      ),
      { blobsUploaded: 0, tagsUnchanged: 1 },
    ],
  ]

  it.each(scenarios)('%s', async (_name, setup, run, expected) => {
    await setup()
    await Promise.all([dev.resetAccessLog(), prod.resetAccessLog()])
    told = new Map()
    const planned = await run(true)
    // Nothing happens in a dry run, so progress hears of nothing.
    expect([...told.values()].flatMap((entry) => [...entry.started, ...entry.settled])).toEqual([])
    const dryLog = [...(await dev.accessLog()), ...(await prod.accessLog())]
    expect(dryLog.filter((e) => WRITES.includes(e.method)).map((e) => `${e.method} ${e.path}?${e.query}`)).toEqual([])

    await Promise.all([dev.resetAccessLog(), prod.resetAccessLog()])
    told = new Map()
    const done = await run(false)
    // Progress heard of every blob of the image as it settled, and saw every byte of each upload go.
    for (const report of done) {
      const heard = told.get(`${report.target.registry}/${report.target.repository}`)
      const blobs = report.content?.blobs ?? []
      expect((heard?.settled ?? []).map((blob) => blob.descriptor.digest).sort()).toEqual(blobs.map((blob) => blob.descriptor.digest).sort())
      const uploaded = blobs.filter((blob) => blob.action === 'uploaded')
      expect((heard?.started ?? []).sort()).toEqual(uploaded.map((blob) => blob.descriptor.digest).sort())
      for (const blob of uploaded) expect(heard!.sent.get(blob.descriptor.digest)).toBe(blob.descriptor.size)
    }
    const writes = writesByKind([...(await dev.accessLog()), ...(await prod.accessLog())])

    expect(comparable(planned)).toEqual(comparable(done))
    const totals = sum(done)
    expect(totals).toMatchObject(expected)
    const { manifestsByDigest, artifactTags, referrersIndexes, ...rest } = writes
    expect(rest).toEqual({
      mounts: totals.blobsMounted,
      refusedMounts: 0,
      uploadStarts: totals.blobsUploaded,
      uploads: totals.blobsUploaded,
      uploadBytes: totals.bytesSent,
      tags: totals.tagsCreated + totals.tagsMoved,
      deletes: 0,
      other: 0,
    })
    // Manifests by digest (an index's children, an image without tags, a referrer) and by a cosign tag.
    expect(manifestsByDigest + artifactTags).toBe(totals.manifestsPut + totals.artifactsCopied)
    // distribution 2.8 has no referrers API: the referrers tag is written, and the dry run said so.
    expect(referrersIndexes).toBe(totals.referrersTagsWritten)
    // Bytes are the blobs' real sizes, planned and sent.
    const contents = done.flatMap((report) => [report.content, ...(report.artifacts ?? []).map((artifact) => artifact.content)])
    const uploadedSizes = contents
      .flatMap((content) => content?.blobs ?? [])
      .filter((blob) => blob.action === 'uploaded')
      .reduce((total, blob) => total + blob.descriptor.size, 0)
    expect(sum(planned).bytesSent).toBe(uploadedSizes)
  })

  it.each([
    [
      'a promotion',
      () => pushLayout(a, dev, 's20/app', ['sha-1']),
      promote(
        () => `${dev.host}/s20/app:sha-1`,
        () => [`${dev.host}/s20/staging`],
        '1.0.0',
      ),
    ],
    [
      'a push with mount-from',
      () => pushLayout(a, dev, 's21/base', ['1.0.0']),
      push(
        () => a,
        () => [`${dev.host}/s21/app`],
        '1.0.0',
        () => `${dev.host}/s21/base`,
      ),
    ],
  ] as const)('%s: a mount the registry refuses is planned as a mount, and reported as the upload it became', async (_name, setup, run) => {
    await setup()
    dev.injectFaults((request) =>
      request.method === 'POST' && request.query.includes('mount=')
        ? { kind: 'status', status: 403, body: '{"errors":[{"code":"DENIED","message":"no mounts here"}]}' }
        : undefined,
    )
    try {
      const planned = await run(true)
      expect(planned[0]!.content!.blobs.map((blob) => blob.action)).toEqual(['would-mount', 'would-mount', 'would-mount'])
      await dev.resetAccessLog()
      const done = await run(false)
      const sizes = [...a.layers, ...a.configs].reduce((total, blob) => total + blob.size, 0)
      expect(done[0]!.content!.blobs.map((blob) => blob.action)).toEqual(['uploaded', 'uploaded', 'uploaded'])
      expect(transferTotals(done[0]!)).toMatchObject({ blobsUploaded: 3, blobsMounted: 0, bytesSent: sizes })
      expect(writesByKind(await dev.accessLog())).toMatchObject({ mounts: 0, refusedMounts: 3, uploads: 3, uploadBytes: sizes, other: 0 })
    } finally {
      dev.injectFaults(undefined)
    }
  })

  it('a mount-from repository the credentials cannot read: planned and done as uploads, no failure', async () => {
    const users = [
      { username: 'owner', password: 'owner-secret', grants: [{ repository: '*', actions: ['pull', 'push'] as const }] },
      { username: 'team', password: 'team-secret', grants: [{ repository: 'team/*', actions: ['pull', 'push'] as const }] },
    ]
    const locked = await startRegistry({ auth: 'token', users })
    const as = (username: string, password: string) => createRegistryClient({ credentials: async () => ({ username, password, source: 'test' }) })
    const [owner, team] = [as('owner', 'owner-secret'), as('team', 'team-secret')]
    try {
      const layout = await openLayout(a.dir)
      const graph = walkImage(layout, selectRoot(layout))
      await pushImage(owner, graph, layoutBlobSource(layout, graph), [{ registry: locked.host, repository: 'private/base' }], {
        tags: ['1.0.0'],
        dryRun: false,
        limiterFor: limiterPerRegistry(4),
      })
      await layout.close()
      const run = async (dryRun: boolean) =>
        (
          await runPushCommand(
            {
              source: a.dir,
              metadata: { images: `${locked.host}/team/app`, tags: '1.0.0' },
              dryRun,
              mountFrom: inputLines('mount-from', `${locked.host}/private/base`),
            },
            CONTEXT,
            OPTIONS,
            team,
          )
        ).reports
      const planned = await run(true)
      await locked.resetAccessLog()
      const done = await run(false)
      expect(comparable(planned)).toEqual(comparable(done))
      expect(transferTotals(done[0]!)).toMatchObject({ blobsUploaded: 3, blobsMounted: 0 })
      expect(writesByKind(await locked.accessLog())).toMatchObject({ mounts: 0, refusedMounts: 0, uploads: 3 })
    } finally {
      await Promise.all([owner.close(), team.close()])
      await locked.stop()
    }
  })
})
