/**
 * The promote command on the real registry: several images at once, all refused together before
 * any write, the source's own tag carried over, and every bad input refused before any request.
 */
import { setTimeout as delay } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPromoteCommand, type PromoteRequest } from '../src/commands/promote.js'
import type { GitContext } from '../src/context/index.js'
import { describeError } from '../src/errors.js'
import { openLayout, selectRoot, walkImage } from '../src/layout/index.js'
import { pushImage } from '../src/push/push-image.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { layoutBlobSource, limiterPerRegistry } from '../src/store/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import { inputLines } from '../src/input-lines.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/tags/v1.2.3', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-11-30T00:00:00Z') }

const writes = async (registry: StartedRegistry) => (await registry.accessLog()).filter((e) => ['PUT', 'POST', 'PATCH', 'DELETE'].includes(e.method))

describe('the promote command', () => {
  let registry: StartedRegistry
  let client: RegistryClient
  const images: BuiltLayout[] = []
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
    client = createRegistryClient({ credentials: async () => ({ username: 'pusher', password: 'pusher-secret', source: 'test' }) })
    for (const [i, name] of ['api', 'web', 'worker'].entries()) {
      const image = buildLayout({ layers: [8192, 1024], seed: 100 + i })
      images.push(image)
      const layout = await openLayout(image.dir)
      const graph = walkImage(layout, selectRoot(layout))
      await pushImage(client, graph, layoutBlobSource(layout, graph), [{ registry: registry.host, repository: `dev/${name}` }], {
        tags: ['sha-0123456'],
        dryRun: false,
        limiterFor: limiterPerRegistry(4),
      })
      await layout.close()
    }
  })
  afterAll(async () => {
    await client?.close()
    await registry?.stop()
  })

  const request = (extra: Partial<PromoteRequest>): PromoteRequest => ({ source: inputLines('source', ''), metadata: {}, dryRun: false, ...extra })
  const sources = () => ['api', 'web', 'worker'].map((name) => `${registry.host}/dev/${name}:sha-0123456`).join('\n')
  const prodRepos = () => ['api', 'web', 'worker'].map((name) => `${registry.host}/prod/${name}`).join('\n')

  it('promotes three images at once, each to its own target, paired in order', async () => {
    const result = await runPromoteCommand(
      request({ source: inputLines('source', sources()), metadata: { images: prodRepos(), tags: 'type=semver,pattern={{version}}', flavor: 'latest=false' } }),
      CONTEXT,
      OPTIONS,
      client,
    )
    expect(result.promotions.map((p) => [p.source.digest, p.targets[0]!.target.repository, p.targets[0]!.tags.map((t) => `${t.tag} ${t.action}`)])).toEqual([
      [images[0]!.rootDigest, 'prod/api', ['1.2.3 created']],
      [images[1]!.rootDigest, 'prod/web', ['1.2.3 created']],
      [images[2]!.rootDigest, 'prod/worker', ['1.2.3 created']],
    ])
  })

  it('refuses all of them before any write when the check refuses one', async () => {
    await registry.resetAccessLog()
    const error = await runPromoteCommand(
      request({
        source: inputLines('source', sources()),
        metadata: { images: ['api', 'web', 'worker'].map((name) => `${registry.host}/staging/${name}`).join('\n'), tags: 'rc' },
        beforeWrite: (plans) => {
          expect(plans).toHaveLength(3)
          const refused = plans.find((plan) => plan.target.repository === 'staging/web')
          if (refused) throw new Error(`refused: ${refused.target.repository}`)
        },
      }),
      CONTEXT,
      OPTIONS,
      client,
    ).catch((caught: unknown) => caught as Error)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toBe('refused: staging/web')
    expect(await writes(registry)).toEqual([])
  })

  it("carries the source's own tag over when no tags are given", async () => {
    const result = await runPromoteCommand(
      request({ source: inputLines('source', `${registry.host}/dev/api:sha-0123456`), metadata: { images: `${registry.host}/qa/api` } }),
      CONTEXT,
      OPTIONS,
      client,
    )
    expect(result.promotions[0]!.targets[0]!.tags.map((t) => `${t.tag} ${t.action}`)).toEqual(['sha-0123456 created'])
  })

  // Issue 14: a tags input of only # lines counted as given, and promote wrote the default rules' tags instead.
  it("carries the source's own tag over when tags holds only comments, as when it is empty", async () => {
    const result = await runPromoteCommand(
      request({
        source: inputLines('source', `${registry.host}/dev/api:sha-0123456`),
        metadata: { images: `${registry.host}/qa/api-commented`, tags: '# set by the release job\n' },
      }),
      CONTEXT,
      OPTIONS,
      client,
    )
    expect(result.promotions[0]!.targets[0]!.tags.map((t) => `${t.tag} ${t.action}`)).toEqual(['sha-0123456 created'])
  })

  it('retags in place when no images are given', async () => {
    const result = await runPromoteCommand(
      request({ source: inputLines('source', `${registry.host}/dev/web@${images[1]!.rootDigest}`), metadata: { tags: 'stable' } }),
      CONTEXT,
      OPTIONS,
      client,
    )
    expect(result.promotions[0]!.targets[0]!.path).toBe('same-repository')
  })

  it.each([
    ['no source', request({ metadata: { tags: 'prod' } }), /^input "source": promote needs a source/],
    [
      'a source without tag or digest',
      request({ source: inputLines('source', 'ghcr.io/acme/app'), metadata: { tags: 'prod' } }),
      /^input "source": "ghcr.io\/acme\/app" names no tag or digest/,
    ],
    [
      'a bad source on line 2',
      request({ source: inputLines('source', 'ghcr.io/acme/app:1\nghcr.io/Acme/app:2'), metadata: { tags: 'prod' } }),
      /^input "source", line 2: /,
    ],
    [
      'a digest source without tags',
      request({ source: inputLines('source', `ghcr.io/acme/app@sha256:${'a'.repeat(64)}`) }),
      /^input "tags": promote needs tags/,
    ],
    [
      'two sources and three images',
      request({ source: inputLines('source', 'ghcr.io/acme/a:1\nghcr.io/acme/b:1'), metadata: { images: 'x/a\nx/b\nx/c', tags: 'prod' } }),
      /^input "images": 2 sources and 3 images/,
    ],
    [
      'a target with a tag',
      request({ source: inputLines('source', 'ghcr.io/acme/a:1'), metadata: { images: 'ghcr.io/acme/b:prod', tags: 'prod' } }),
      /^input "images", line 1: promote writes repositories as given, and image name "ghcr.io\/acme\/b:prod" is not valid: a repository takes no tag or digest/,
    ],
    [
      'tag rules that give nothing',
      request({ source: inputLines('source', 'ghcr.io/acme/a:1'), metadata: { tags: 'type=ref,event=pr' } }),
      /^input "tags": the tag rules produced no tag/,
    ],
  ])('refuses %s before any request', async (_name, bad, message) => {
    const counting = createRegistryClient({ credentials: async () => undefined })
    try {
      const error = await runPromoteCommand(bad, CONTEXT, OPTIONS, counting).catch((caught: unknown) => caught as Error)
      expect(describeError(error)).toMatch(message)
      expect(describeError(error)).toContain('What to do:')
      expect(counting.stats('ghcr.io').requests).toBe(0)
    } finally {
      await counting.close()
    }
  })

  it("reads the targets' tags while the source resolves, not after", async () => {
    // The source's manifest read is held until the target's tag HEAD arrives (at most ten seconds):
    // a promotion that waited for the source first would reach the target only after that bound.
    let targetArrived = () => {}
    const targetArrival = new Promise<string>((resolve) => (targetArrived = () => resolve('the target HEAD')))
    const bound = new AbortController()
    let sourceReleasedBy: Promise<string> | undefined
    registry.injectFaults((request) => {
      if (request.method === 'GET' && request.path === '/v2/dev/web/manifests/sha-0123456') {
        sourceReleasedBy = Promise.race([targetArrival, delay(10_000, 'the ten-second bound', { signal: bound.signal })])
        return { kind: 'stall', ms: 60_000, until: sourceReleasedBy }
      }
      if (request.method === 'HEAD' && request.path === '/v2/prod/overlap/manifests/2.0.0') targetArrived()
      return undefined
    })
    try {
      const result = await runPromoteCommand(
        request({ source: inputLines('source', `${registry.host}/dev/web:sha-0123456`), metadata: { images: `${registry.host}/prod/overlap`, tags: '2.0.0' } }),
        CONTEXT,
        OPTIONS,
        client,
      )
      expect(result.promotions[0]!.targets[0]!.tags.map((t) => `${t.tag} ${t.action}`)).toEqual(['2.0.0 created'])
    } finally {
      registry.injectFaults(undefined)
      bound.abort()
    }
    expect(await sourceReleasedBy).toBe('the target HEAD')
  })

  it('says which source was not found', async () => {
    const error = await runPromoteCommand(
      request({ source: inputLines('source', `${registry.host}/dev/api:nope`), metadata: { tags: 'prod' } }),
      CONTEXT,
      OPTIONS,
      client,
    ).catch((caught: unknown) => caught as Error)
    expect(describeError(error)).toMatch(new RegExp(`the source ${registry.host}/dev/api:nope was not found in ${registry.host}/dev/api\\nWhat to do: `))
  })
})
