/**
 * Image graphs of hostile shape, pushed and promoted against the real registry (distribution 2.8
 * accepts an index listing one child many times, and nesting as deep as its children exist):
 * requests grow with the distinct manifests, not with the paths through them, and a graph over the
 * depth limit is refused with a typed error, after a bounded number of reads, with nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPromoteCommand } from '../src/commands/promote.js'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { describeError } from '../src/errors.js'
import { GRAPH_LIMITS, GraphLimitError } from '../src/oci/index.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { duplicateChain, pushGraph, writeGraphLayout, type BuiltGraph } from './support/layouts/graphs.js'
import { startRegistry, type AccessLogEntry, type StartedRegistry } from './support/registry/index.js'
import { inputLines } from '../src/input-lines.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') }

const isWrite = (e: AccessLogEntry) => ['PUT', 'POST', 'PATCH', 'DELETE'].includes(e.method)
const manifestGets = (log: AccessLogEntry[]) => log.filter((e) => e.method === 'GET' && e.path.includes('/manifests/'))
/** How many times the most requested path of `entries` was requested. */
function mostRepeated(entries: AccessLogEntry[]): number {
  const counts = new Map<string, number>()
  for (const e of entries) counts.set(`${e.method} ${e.path} ${e.query}`, (counts.get(`${e.method} ${e.path} ${e.query}`) ?? 0) + 1)
  return Math.max(0, ...counts.values())
}

describe('hostile image graphs against the real registry', () => {
  let dev: StartedRegistry
  let prod: StartedRegistry
  let client: RegistryClient
  beforeAll(async () => {
    ;[dev, prod] = await Promise.all([startRegistry(), startRegistry()])
    client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {} })
  })
  afterAll(async () => {
    await client?.close()
    await Promise.all([dev?.stop(), prod?.stop()])
  })

  async function refusal(run: () => Promise<unknown>): Promise<GraphLimitError> {
    const error = await run().then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error, String(error)).toBeInstanceOf(GraphLimitError)
    expect(describeError(error)).toContain('What to do:')
    return error as GraphLimitError
  }

  it(`an index chain at the depth limit, each level listing its child 16 times (16^${GRAPH_LIMITS.maxDepth - 1} paths): each manifest and blob travels once`, async () => {
    const graph = duplicateChain(GRAPH_LIMITS.maxDepth - 1, 16, 801)
    await dev.resetAccessLog()
    await runPushCommand({ source: writeGraphLayout(graph), metadata: { images: `${dev.host}/acme/dup`, tags: 'v1' }, dryRun: false }, CONTEXT, OPTIONS, client)
    const pushed = await dev.accessLog()
    const manifestPuts = pushed.filter((e) => e.method === 'PUT' && e.path.includes('/manifests/'))
    expect(manifestPuts.map((e) => e.path).sort()).toEqual(graph.manifests.map((m) => `/v2/acme/dup/manifests/${m === graph.root ? 'v1' : m.digest}`).sort())
    expect(pushed.filter((e) => e.method === 'PUT' && e.path.includes('/blobs/uploads/'))).toHaveLength(graph.blobs.length)
    expect(mostRepeated(pushed.filter((e) => e.method === 'PUT'))).toBe(1)

    await Promise.all([dev.resetAccessLog(), prod.resetAccessLog()])
    await runPromoteCommand(
      {
        source: inputLines('source', `${dev.host}/acme/dup:v1`),
        metadata: { images: `${dev.host}/acme/dup-staging\n${prod.host}/acme/dup`, tags: 'v2' },
        dryRun: false,
      },
      CONTEXT,
      OPTIONS,
      client,
    )
    const read = await dev.accessLog()
    // The source graph is read once for both targets: one GET per distinct manifest (the root by tag).
    expect(manifestGets(read).filter((e) => e.path.startsWith('/v2/acme/dup/'))).toHaveLength(graph.manifests.length)
    expect(mostRepeated(manifestGets(read))).toBe(1)
    const copied = await prod.accessLog()
    expect(copied.filter((e) => e.method === 'PUT' && e.path.includes('/manifests/'))).toHaveLength(graph.manifests.length)
    expect(copied.filter((e) => e.method === 'PUT' && e.path.includes('/blobs/uploads/'))).toHaveLength(graph.blobs.length)
    expect(mostRepeated(copied.filter((e) => e.method === 'PUT'))).toBe(1)
    for (const m of graph.manifests)
      expect((await client.repository({ registry: prod.host, repository: 'acme/dup' }).getManifest(m.digest))?.bytes.equals(m.bytes)).toBe(true)
    expect((await client.repository({ registry: dev.host, repository: 'acme/dup-staging' }).getManifest('v2'))?.digest).toBe(graph.root.digest)
  })

  const deep: [string, () => BuiltGraph][] = [
    ['30 levels, each listing its child twice', () => duplicateChain(30, 2, 802)],
    ['a chain 5000 levels deep', () => duplicateChain(5000, 1, 803)],
  ]

  it.each(deep)('%s: push refuses it before any request, naming the depth limit', async (_label, build) => {
    await dev.resetAccessLog()
    const error = await refusal(() =>
      runPushCommand({ source: writeGraphLayout(build()), metadata: { images: `${dev.host}/acme/deep`, tags: 'v1' }, dryRun: false }, CONTEXT, OPTIONS, client),
    )
    expect(error.message).toMatch(new RegExp(`more than ${GRAPH_LIMITS.maxDepth} levels deep.*shiptag follows at most ${GRAPH_LIMITS.maxDepth} levels`))
    expect((await dev.accessLog()).filter(isWrite)).toEqual([])
  })

  /**
   * 30 levels go in by real PUTs. 5000 would take a minute of PUTs, so the proxy serves that chain
   * in the registry's place, by tag and by digest, as a hostile registry would.
   */
  async function place(graph: BuiltGraph, repository: string): Promise<void> {
    if (graph.manifests.length < 100) return pushGraph(client.repository({ registry: dev.host, repository }, { intent: 'push' }), graph, 'v1')
    const served = new Map(graph.manifests.map((m) => [`/v2/${repository}/manifests/${m.digest}`, m]))
    served.set(`/v2/${repository}/manifests/v1`, graph.root)
    dev.injectFaults((request) => {
      const m = request.method === 'GET' ? served.get(request.path) : undefined
      return m && { kind: 'status', status: 200, headers: { 'content-type': m.mediaType, 'docker-content-digest': m.digest }, body: m.bytes.toString('utf8') }
    })
  }

  it.each(deep)(`%s, in the registry: promote refuses it after ${GRAPH_LIMITS.maxDepth + 1} manifest reads at most, writing nothing`, async (label, build) => {
    const graph = build()
    const repository = `acme/deep-${graph.manifests.length}`
    try {
      await place(graph, repository)
      await Promise.all([dev.resetAccessLog(), prod.resetAccessLog()])
      const error = await refusal(() =>
        runPromoteCommand(
          { source: inputLines('source', `${dev.host}/${repository}:v1`), metadata: { images: `${prod.host}/acme/deep`, tags: 'v1' }, dryRun: false },
          CONTEXT,
          OPTIONS,
          client,
        ),
      )
      expect(error.message, label).toMatch(new RegExp(`more than ${GRAPH_LIMITS.maxDepth} levels deep`))
      expect(manifestGets(await dev.accessLog()).length).toBeLessThanOrEqual(GRAPH_LIMITS.maxDepth + 1)
      expect([...(await dev.accessLog()), ...(await prod.accessLog())].filter(isWrite)).toEqual([])
    } finally {
      dev.injectFaults(undefined)
    }
  })
})
