/**
 * Registries have no compare-and-swap on tags: two writers of one tag race and the last PUT wins.
 * shiptag re-reads every tag it wrote; a tag another writer moved in between is reported, never
 * silently wrong. The race is made deterministic: the other writer's PUT (real, to the real
 * registry) lands between our PUT and our re-read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLayout, selectRoot, walkImage } from '../src/layout/index.js'
import { MEDIA_TYPES } from '../src/oci/index.js'
import { pushImage } from '../src/push/push-image.js'
import { createRegistryClient, type RegistryClient, type RepositoryClient } from '../src/registry/index.js'
import { TagOverwrittenError, layoutBlobSource, limiterPerRegistry, writeTags, createLimiter } from '../src/store/index.js'
import { tagKind } from '../src/tags/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'

async function push(client: RegistryClient, image: BuiltLayout, registry: string, repository: string, tags: string[]) {
  const layout = await openLayout(image.dir)
  try {
    const graph = walkImage(layout, selectRoot(layout))
    await pushImage(client, graph, layoutBlobSource(layout, graph), [{ registry, repository }], { tags, dryRun: false, limiterFor: limiterPerRegistry(4) })
    return graph
  } finally {
    await layout.close()
  }
}

describe('two writers of one tag', () => {
  let registry: StartedRegistry
  let client: RegistryClient
  let ours: BuiltLayout
  let theirs: BuiltLayout
  beforeAll(async () => {
    registry = await startRegistry()
    client = createRegistryClient({ credentials: async () => undefined })
    ours = buildLayout({ layers: [2048], seed: 401 })
    theirs = buildLayout({ layers: [2048], seed: 402 })
    await push(client, ours, registry.host, 'acme/race', ['ours'])
    await push(client, theirs, registry.host, 'acme/race', ['theirs'])
    await push(client, buildLayout({ layers: [2048], seed: 403 }), registry.host, 'acme/race', ['neither'])
  })
  afterAll(async () => {
    await client?.close()
    await registry?.stop()
  })

  /**
   * Writes `tags` at our image in acme/race while the other pipeline's PUT of `raced` (their image)
   * lands between our PUT and our re-read of it; resolves to the error.
   */
  async function writeRacing(raced: string, tags: string[], phaseOf?: (tag: string) => string) {
    const repo = client.repository({ registry: registry.host, repository: 'acme/race' }, { intent: 'push' })
    const theirManifest = (await repo.getManifest('theirs'))!
    let done = false
    const racing: RepositoryClient = Object.create(repo, {
      headManifest: {
        value: async (reference: string) => {
          if (reference === raced && !done) {
            done = true
            await repo.putManifest(raced, theirManifest.bytes, MEDIA_TYPES.ociManifest)
          }
          return repo.headManifest(reference)
        },
      },
    })
    const layout = await openLayout(ours.dir)
    const root = walkImage(layout, selectRoot(layout)).root
    await layout.close()
    const error = await writeTags(racing, root, tags, new Map(), { limit: createLimiter(4), dryRun: false, phaseOf }).catch((caught: unknown) => caught)
    return { error, repo }
  }

  it('reports a tag another writer moved right after ours was written, with both digests', async () => {
    const { error, repo } = await writeRacing('prod', ['1.0.0', 'prod'])
    expect(error).toBeInstanceOf(TagOverwrittenError)
    expect((error as TagOverwrittenError).lost).toEqual([{ tag: 'prod', digest: theirs.rootDigest }])
    expect((error as Error).message).toBe(
      `another writer changed tags of ${registry.host}/acme/race right after they were written at ${ours.rootDigest}: prod (now ${theirs.rootDigest})`,
    )
    // 1.0.0 is ours, and the report said so by naming only prod.
    expect((await repo.headManifest('1.0.0'))!.digest).toBe(ours.rootDigest)
  })

  it('a version tag lost to another writer stops the floating tags behind it: they are not written, and the error says so', async () => {
    const { error, repo } = await writeRacing('2.0.0', ['2.0.0', 'edge'], tagKind)
    expect(error).toBeInstanceOf(TagOverwrittenError)
    expect((error as TagOverwrittenError).lost).toEqual([{ tag: '2.0.0', digest: theirs.rootDigest }])
    expect((error as TagOverwrittenError).notWritten).toEqual(['edge'])
    expect((error as Error).message).toContain('Tags not written: edge')
    expect(await repo.headManifest('edge')).toBeUndefined()
  })

  it('two real promotions of different digests to one tag at once: the tag ends at one of them, and a run whose digest lost says so or finished first', async () => {
    const { promoteImage, resolveSource } = await import('../src/promote/index.js')
    const { parseReference } = await import('../src/ref/index.js')
    const run = async (source: string) => {
      const resolved = await resolveSource(client, parseReference(`${registry.host}/acme/race:${source}`))
      const finished = { at: 0 }
      try {
        await promoteImage(client, resolved, [{ registry: registry.host, repository: 'acme/race' }], {
          tags: ['stable'],
          dryRun: false,
          limiterFor: limiterPerRegistry(4),
        })
        finished.at = performance.now()
        return { digest: resolved.digest, ok: true as const, finished: finished.at }
      } catch (error) {
        expect(error).toBeInstanceOf(TagOverwrittenError)
        return { digest: resolved.digest, ok: false as const, finished: performance.now() }
      }
    }
    for (let round = 0; round < 5; round++) {
      await client
        .repository({ registry: registry.host, repository: 'acme/race' }, { intent: 'push' })
        .putManifest(
          'stable',
          (await client.repository({ registry: registry.host, repository: 'acme/race' }).getManifest('neither'))!.bytes,
          MEDIA_TYPES.ociManifest,
        )
      const results = await Promise.all([run('ours'), run('theirs')])
      const final = (await client.repository({ registry: registry.host, repository: 'acme/race' }).headManifest('stable'))!.digest
      expect([ours.rootDigest, theirs.rootDigest]).toContain(final)
      // The winner's run cannot have failed; a loser that reported success finished before the winner wrote.
      const winner = results.find((r) => r.digest === final)!
      expect(winner.ok).toBe(true)
    }
  })
})
