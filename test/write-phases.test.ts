/**
 * Writes overlap within the ordering rules. Tags are written in phases, versioned before floating (docs/policy.md#versioned-tags-first): the
 * tags of one kind go at once, bounded by the registry's limiter, and the floating ones start only
 * once every versioned tag is written and read back (docs/decisions.md#tag-read-back). Every request
 * to the real registry is held LATENCY_MS by the proxy, as a registry in another region would be,
 * and the proxy's log says when each request was in flight. The manifests of an index go each as
 * soon as its own blobs are in, the index after all of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WriteJournal } from '../src/action/write-journal.js'
import { PolicyGate } from '../src/commands/policy-gate.js'
import { runPromoteCommand } from '../src/commands/promote.js'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { inputLines } from '../src/input-lines.js'
import { loadPolicy } from '../src/policy/index.js'
import { hostProfile } from '../src/ref/index.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { TagWriteError } from '../src/store/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { startRegistry, type AccessLogEntry, type FaultRule, type StartedRegistry } from './support/registry/index.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-11-30T00:00:00Z') }
const LATENCY_MS = 40
const VERSIONED = ['1.2.3', 'sha-0123456', 'v2.0.0-rc.1']
const FLOATING = ['latest', 'main', '1.2']
/** Plain names, one a line, without the `latest` that `flavor` would add. */
const TAGS = { tags: [...VERSIONED, ...FLOATING].join('\n'), flavor: 'latest=false' }

const tagPath = (repository: string, tag: string) => `/v2/${repository}/manifests/${tag}`
const putOf = (log: readonly AccessLogEntry[], repository: string, tag: string) => {
  const puts = log.filter((e) => e.method === 'PUT' && e.path === tagPath(repository, tag))
  expect(puts, `one PUT of ${tag}`).toHaveLength(1)
  return puts[0]!
}
/** The HEADs of a tag sent after its PUT was answered: the read-back. */
const readBacksOf = (log: readonly AccessLogEntry[], repository: string, tag: string) => {
  const put = putOf(log, repository, tag)
  return log.filter((e) => e.method === 'HEAD' && e.path === tagPath(repository, tag) && e.startedAt >= put.endedAt)
}

/** The most requests the registry had in flight at once. */
const mostInFlight = (log: readonly AccessLogEntry[]) =>
  Math.max(...log.map((entry) => log.filter((other) => other.startedAt <= entry.startedAt && other.endedAt > entry.startedAt).length))

/**
 * The PUTs of each phase overlap (each starts before the first of them is answered), and no PUT of
 * a phase starts before every PUT of the phase before and its read-back ended. `firstAlone`: the
 * image is new to the repository, so its first tag PUT goes alone (a refused manifest is refused
 * once), the rest of its phase together after it.
 */
function expectPhases(log: readonly AccessLogEntry[], repository: string, phases: readonly (readonly string[])[], firstAlone: boolean): void {
  phases.forEach((phase, k) => {
    const together = firstAlone && k === 0 ? phase.slice(1) : phase
    const puts = together.map((tag) => putOf(log, repository, tag))
    if (together.length > 1)
      expect(Math.max(...puts.map((e) => e.startedAt)), `the PUTs of ${together.join(', ')} are in flight together`).toBeLessThan(
        Math.min(...puts.map((e) => e.endedAt)),
      )
    if (together !== phase) expect(Math.min(...puts.map((e) => e.startedAt))).toBeGreaterThanOrEqual(putOf(log, repository, phase[0]!).endedAt)
    if (k === 0) return
    const previousDone = Math.max(
      ...phases[k - 1]!.flatMap((tag) => {
        const readBacks = readBacksOf(log, repository, tag)
        expect(readBacks, `${tag} is read back`).toHaveLength(1)
        return [putOf(log, repository, tag).endedAt, readBacks[0]!.endedAt]
      }),
    )
    const start = Math.min(...puts.map((e) => e.startedAt))
    expect(start, `${phase.join(', ')}: the first PUT starts after every tag before is written and read back`).toBeGreaterThanOrEqual(previousDone)
  })
}

let registry: StartedRegistry
let client: RegistryClient
beforeAll(async () => {
  registry = await startRegistry()
  client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {} })
})
afterAll(async () => {
  registry?.injectFaults(undefined)
  await client?.close()
  await registry?.stop()
})

describe('tag writes, one phase per kind, against a registry LATENCY_MS away', () => {
  let image: BuiltLayout
  beforeAll(() => {
    image = buildLayout({ layers: [4096, 1024], seed: 1801 })
  })

  /** Runs `operation` with every request held LATENCY_MS, and `extra` (a fault) offered first. */
  async function remote<T>(operation: () => Promise<T>, extra?: FaultRule): Promise<T> {
    await registry.resetAccessLog()
    registry.injectFaults((request) => extra?.(request) ?? { kind: 'stall', ms: LATENCY_MS })
    try {
      return await operation()
    } finally {
      registry.injectFaults(undefined)
    }
  }

  /** Pushes the image to `repository` with every tag, far away, through `journal`, with `fault` offered first. */
  const pushFar = (repository: string, journal: WriteJournal, fault: FaultRule) =>
    remote(
      () =>
        runPushCommand(
          { source: image.dir, metadata: { images: `${registry.host}/${repository}`, ...TAGS }, dryRun: false },
          CONTEXT,
          OPTIONS,
          journal.wrap(client),
        ),
      fault,
    )

  it('push: the tags of one kind are PUT at once; reports and the journal list them in the order given, not the order answered', async () => {
    const repository = 'acme/phases-push'
    const journal = new WriteJournal()
    // The second versioned tag is answered after the third: the report must not follow the answers.
    const slowSecond: FaultRule = (request) =>
      request.method === 'PUT' && request.path === tagPath(repository, VERSIONED[1]!) ? { kind: 'stall', ms: 4 * LATENCY_MS } : undefined
    const result = await pushFar(repository, journal, slowSecond)
    const log = await registry.accessLog()
    expectPhases(log, repository, [VERSIONED, FLOATING], true)
    expect(mostInFlight(log)).toBeLessThanOrEqual(hostProfile(registry.host).concurrency)
    expect(putOf(log, repository, VERSIONED[1]!).endedAt).toBeGreaterThan(putOf(log, repository, VERSIONED[2]!).endedAt)
    expect(result.reports[0]!.tags.map((t) => `${t.tag} ${t.action}`)).toEqual([...VERSIONED, ...FLOATING].map((tag) => `${tag} created`))
    expect(journal.repositories.get(`${registry.host}/${repository}`)!.tags).toEqual([...VERSIONED, ...FLOATING])
  })

  it('retag (promote within a repository): the same phases', async () => {
    const repository = 'acme/phases-retag'
    await runPushCommand(
      { source: image.dir, metadata: { images: `${registry.host}/${repository}`, tags: 'sha-fedcba9', flavor: 'latest=false' }, dryRun: false },
      CONTEXT,
      OPTIONS,
      client,
    )
    const result = await remote(() =>
      runPromoteCommand(
        { source: inputLines('source', `${registry.host}/${repository}:sha-fedcba9`), metadata: TAGS, dryRun: false },
        CONTEXT,
        OPTIONS,
        client,
      ),
    )
    expect(result.promotions[0]!.targets[0]!.path).toBe('same-repository')
    expect(result.promotions[0]!.targets[0]!.tags.map((t) => `${t.tag} ${t.action}`)).toEqual([...VERSIONED, ...FLOATING].map((tag) => `${tag} created`))
    // The manifest is in the repository already: every tag of a kind goes at once.
    expectPhases(await registry.accessLog(), repository, [VERSIONED, FLOATING], false)
  })

  it('promote to a policy environment: its marker tag is a phase of its own, after the floating tags', async () => {
    const repository = 'acme/phases-env'
    const policy = `version: 1\nenvironments:\n  prod:\n    repository: ${registry.host}/${repository}\n    tag: prod\n`
    await runPushCommand(
      { source: image.dir, metadata: { images: `${registry.host}/acme/phases-dev`, tags: 'sha-fedcba9', flavor: 'latest=false' }, dryRun: false },
      CONTEXT,
      OPTIONS,
      client,
    )
    const result = await remote(() =>
      runPromoteCommand(
        {
          source: inputLines('source', `${registry.host}/acme/phases-dev:sha-fedcba9`),
          metadata: TAGS,
          dryRun: false,
          policy: new PolicyGate(loadPolicy(policy, 'policy.yml'), '2026-11-30', 'prod'),
        },
        CONTEXT,
        OPTIONS,
        client,
      ),
    )
    expect(result.promotions[0]!.targets[0]!.tags.map((t) => t.tag)).toEqual([...VERSIONED, ...FLOATING, 'prod'])
    expectPhases(await registry.accessLog(), repository, [VERSIONED, FLOATING, ['prod']], true)
  })

  it('one versioned tag refused: the error names the tags written and those not, and no floating tag is written', async () => {
    const repository = 'acme/phases-fault'
    const refused = VERSIONED[1]!
    const refuse: FaultRule = (request) =>
      request.method === 'PUT' && request.path === tagPath(repository, refused) ? { kind: 'status', status: 503, body: 'injected failure' } : undefined
    const journal = new WriteJournal()
    const error = await pushFar(repository, journal, refuse).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TagWriteError)
    const written = VERSIONED.filter((tag) => tag !== refused)
    // The job summary of the failed step says the same, from the journal.
    expect(journal.repositories.get(`${registry.host}/${repository}`)!.tags).toEqual(written)
    expect((error as TagWriteError).written.map((t) => `${t.tag} ${t.action}`)).toEqual(written.map((tag) => `${tag} created`))
    expect((error as TagWriteError).notWritten).toEqual([refused, ...FLOATING])
    expect((error as Error).message).toContain(`Tags at ${image.rootDigest}: ${written.map((tag) => `${tag} (created)`).join(', ')}`)
    expect((error as Error).message).toContain(`Tags not written: ${[refused, ...FLOATING].join(', ')}`)
    const log = await registry.accessLog()
    expect(log.filter((e) => e.method === 'PUT' && FLOATING.some((tag) => e.path === tagPath(repository, tag)))).toEqual([])
    const repo = client.repository({ registry: registry.host, repository })
    for (const tag of [...VERSIONED, ...FLOATING])
      expect((await repo.headManifest(tag))?.digest, tag).toBe(written.includes(tag) ? image.rootDigest : undefined)
  })
})

describe("an index's manifests, against a registry LATENCY_MS away", () => {
  it("each platform's manifest is PUT once its own blobs are in, not after every blob of the index; the index after every platform", async () => {
    const repository = 'acme/phases-index'
    const platforms = ['amd64', 'arm64', 's390x', 'ppc64le'].map((architecture) => ({ os: 'linux', architecture }))
    const index = buildLayout({ layers: [2048, 4096], platforms, seed: 1802 })
    const children = index.manifests.filter((manifest) => manifest.digest !== index.rootDigest)
    const blobsOf = (manifest: (typeof children)[number]) => {
      const parsed = JSON.parse(manifest.bytes.toString()) as { config: { digest: string }; layers: { digest: string }[] }
      return [parsed.config.digest, ...parsed.layers.map((layer) => layer.digest)]
    }
    // The first platform's own layer is slow to upload: the other platforms need not wait for it.
    const slow = blobsOf(children[0]!).at(-1)!
    const uploadOf = (request: { method: string; path: string; query: string }) =>
      request.method === 'PUT' && request.path.startsWith(`/v2/${repository}/blobs/uploads/`)
        ? decodeURIComponent(new URLSearchParams(request.query).get('digest') ?? '')
        : undefined
    await registry.resetAccessLog()
    registry.injectFaults((request) => ({ kind: 'stall', ms: uploadOf(request) === slow ? 10 * LATENCY_MS : LATENCY_MS }))
    try {
      await runPushCommand(
        { source: index.dir, metadata: { images: `${registry.host}/${repository}`, tags: '1.0.0' }, dryRun: false },
        CONTEXT,
        OPTIONS,
        client,
      )
    } finally {
      registry.injectFaults(undefined)
    }
    const log = await registry.accessLog()
    const uploaded = new Map(log.flatMap((e) => (uploadOf(e) !== undefined && e.status === 201 ? [[uploadOf(e)!, e] as const] : [])))
    const putOfManifest = (digest: string) => log.find((e) => e.method === 'PUT' && e.path === tagPath(repository, digest))!
    for (const child of children) {
      const put = putOfManifest(child.digest)
      for (const blob of blobsOf(child)) expect(put.startedAt, `${child.digest} after its blob ${blob}`).toBeGreaterThanOrEqual(uploaded.get(blob)!.endedAt)
    }
    const slowEnd = uploaded.get(slow)!.endedAt
    for (const child of children.slice(1)) expect(putOfManifest(child.digest).startedAt, `${child.digest} before the slow blob is in`).toBeLessThan(slowEnd)
    // All of it within the registry's bound: the host profile's 4 requests at once on loopback.
    expect(mostInFlight(log)).toBeLessThanOrEqual(hostProfile(registry.host).concurrency)
    const indexPut = putOf(log, repository, '1.0.0')
    expect(indexPut.startedAt).toBeGreaterThanOrEqual(Math.max(...children.map((child) => putOfManifest(child.digest).endedAt)))
  })
})
