/**
 * Tag lists and referrers lists from a registry that answers without end: the proxy answers
 * `tags/list` and `referrers/<digest>` in the registry's place with generated pages and `Link`
 * headers. A list ends with the right result or a typed budget or loop error after a bounded number
 * of pages; never a RangeError (`push(...page)` of 130,000 names overflowed the stack, issue 12).
 */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GraphLimitError, MEDIA_TYPES, cosignTags } from '../src/oci/index.js'
import { MAX_ARTIFACTS } from '../src/promote/artifacts.js'
import { promoteImage, resolveSource } from '../src/promote/index.js'
import { parseReference } from '../src/ref/index.js'
import { RegistryError, createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { limiterPerRegistry } from '../src/store/index.js'
import { blobOf, indexOf, pushGraph, smallImage } from './support/layouts/graphs.js'
import { startRegistry, type FaultRule, type StartedRegistry } from './support/registry/index.js'

interface Page {
  readonly tags: readonly string[]
  /** The `Link` target of the next page, if any. */
  readonly next?: string
}

/** Answers GET tags/list of `repository` with `page(query, served)`, `served` counting from 0. */
function tagPages(repository: string, page: (query: URLSearchParams, served: number) => Page): FaultRule {
  let served = 0
  return (request) => {
    if (request.method !== 'GET' || request.path !== `/v2/${repository}/tags/list`) return undefined
    const { tags, next } = page(new URLSearchParams(request.query), served++)
    return {
      kind: 'status',
      status: 200,
      headers: { 'content-type': 'application/json', ...(next ? { link: `<${next}>; rel="next"` } : {}) },
      body: JSON.stringify({ name: repository, tags }),
    }
  }
}

const names = (prefix: string, count: number, width = 0) => Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(width, '0')}`)

describe('tag and referrers pages from a registry that answers without end', () => {
  let registry: StartedRegistry
  let client: RegistryClient
  const pagesServed = async (path: string) => (await registry.accessLog()).filter((e) => e.path === path).length

  beforeAll(async () => {
    registry = await startRegistry()
    client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {} })
  })
  afterAll(async () => {
    registry?.injectFaults(undefined)
    await client?.close()
    await registry?.stop()
  })

  async function listed(repository: string, rule: FaultRule): Promise<{ tags?: string[]; error?: unknown; pages: number }> {
    registry.injectFaults(rule)
    await registry.resetAccessLog()
    try {
      const tags = await client.repository({ registry: registry.host, repository }).listTags()
      return { tags, pages: await pagesServed(`/v2/${repository}/tags/list`) }
    } catch (error) {
      return { error, pages: await pagesServed(`/v2/${repository}/tags/list`) }
    } finally {
      registry.injectFaults(undefined)
    }
  }

  it('130,000 tags in one page are all listed, each once', async () => {
    const all = names('nightly-', 130_000)
    const { tags, error } = await listed(
      'acme/many',
      tagPages('acme/many', () => ({ tags: [...all, 'nightly-7', 'nightly-8'] })),
    )
    expect(error).toBeUndefined()
    expect(tags).toHaveLength(130_000)
    expect(new Set(tags)).toEqual(new Set(all))
  })

  it('promote finds a cosign signature among 130,000 tags and brings it along', async () => {
    const image = smallImage(901)
    const source = client.repository({ registry: registry.host, repository: 'acme/signed' }, { intent: 'push' })
    await pushGraph(source, image, 'v1')
    const config = blobOf('application/vnd.dev.cosign.artifact.sig.v1+json', Buffer.from('{}'))
    const payload = blobOf('application/vnd.dev.cosign.simplesigning.v1+json', Buffer.from('signature payload'))
    for (const b of [config, payload]) await source.uploadBlob(b, () => Readable.from([b.bytes]))
    const strip = (b: typeof config) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size })
    const signature = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: strip(config), layers: [strip(payload)] }))
    const signatureTag = cosignTags(image.root.digest)[0]!
    await source.putManifest(signatureTag, signature, MEDIA_TYPES.ociManifest)
    registry.injectFaults(tagPages('acme/signed', () => ({ tags: [...names('build-', 130_000), 'v1', signatureTag] })))
    try {
      const resolved = await resolveSource(client, parseReference(`${registry.host}/acme/signed:v1`))
      const report = await promoteImage(client, resolved, [{ registry: registry.host, repository: 'acme/signed-prod' }], {
        tags: ['v1'],
        dryRun: false,
        limiterFor: limiterPerRegistry(4),
      })
      expect(report.targets[0]!.artifacts.map((a) => `${a.kind} ${a.tag} ${a.action}`)).toEqual([`tag ${signatureTag} copied`])
    } finally {
      registry.injectFaults(undefined)
    }
    expect((await client.repository({ registry: registry.host, repository: 'acme/signed-prod' }).getManifest(signatureTag))?.bytes.equals(signature)).toBe(true)
  })

  const refusals: [string, (repository: string) => FaultRule, RegExp, number][] = [
    [
      'endless pages of 10,000 new tags each: refused at the budget of 1,000,000 tags',
      (repository) =>
        tagPages(repository, (_query, served) => ({ tags: names(`p${served}-`, 10_000), next: `/v2/${repository}/tags/list?last=p${served}-9999` })),
      /more than 1000000 entries, over shiptag's budget/,
      101,
    ],
    [
      'endless pages of 15 MiB: refused at the budget of 64 MiB for all pages',
      (repository) =>
        tagPages(repository, (_query, served) => ({
          tags: names(`${'x'.repeat(110)}-${served}-`, 120_000, 6),
          next: `/v2/${repository}/tags/list?last=${served}`,
        })),
      /the pages add up to more than 67108864 bytes/,
      5,
    ],
    [
      'a Link whose last= does not advance (only another parameter changes)',
      (repository) =>
        tagPages(repository, (_query, served) => ({ tags: names(`p${served}-`, 10), next: `/v2/${repository}/tags/list?last=p0-9&page=${served}` })),
      /paginates in a loop: the Link's last="p0-9" does not advance/,
      2,
    ],
    [
      'a Link that repeats a page',
      (repository) =>
        tagPages(repository, (query) => ({
          tags: names(`p${query.get('last') ?? ''}-`, 10),
          next: `/v2/${repository}/tags/list${query.has('last') ? '' : '?last=a'}`,
        })),
      /paginates in a loop: the Link points back at a page already read/,
      2,
    ],
    [
      'pages that serve the same tags again under new cursors',
      (repository) => tagPages(repository, (_query, served) => ({ tags: names('same-', 10), next: `/v2/${repository}/tags/list?last=c${served}` })),
      /paginates in a loop: a page with nothing new links to another/,
      2,
    ],
  ]

  it.each(refusals)('%s', async (_label, rule, message, maxPages) => {
    const { error, pages } = await listed('acme/endless', rule('acme/endless'))
    expect(error, String(error)).toBeInstanceOf(RegistryError)
    expect((error as RegistryError).message).toMatch(message)
    expect((error as RegistryError).temporary).toBe(false)
    expect(pages).toBeLessThanOrEqual(maxPages)
  })

  it('a referrers API that pages the same referrers without end is refused after two pages', async () => {
    const subject = `sha256:${'c'.repeat(64)}`
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests: [{ mediaType: MEDIA_TYPES.ociManifest, digest: `sha256:${'d'.repeat(64)}`, size: 10, artifactType: 'application/example' }],
    })
    let served = 0
    registry.injectFaults((request) =>
      request.path === `/v2/acme/refs/referrers/${subject}`
        ? {
            kind: 'status',
            status: 200,
            headers: { 'content-type': MEDIA_TYPES.ociIndex, link: `</v2/acme/refs/referrers/${subject}?next=${served++}>; rel="next"` },
            body: index,
          }
        : undefined,
    )
    await registry.resetAccessLog()
    try {
      const error = await client
        .repository({ registry: registry.host, repository: 'acme/refs' })
        .listReferrers(subject)
        .catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(RegistryError)
      expect((error as RegistryError).message).toMatch(/paginates in a loop: a page with nothing new links to another/)
    } finally {
      registry.injectFaults(undefined)
    }
    expect(await pagesServed(`/v2/acme/refs/referrers/${subject}`)).toBe(2)
  })

  it(`referrers over the budget of ${MAX_ARTIFACTS} artifacts for one image: promote refuses it with nothing written`, async () => {
    const [a, b] = [smallImage(911), smallImage(912)]
    const root = indexOf([a.root, b.root])
    await pushGraph(
      client.repository({ registry: registry.host, repository: 'acme/busy' }, { intent: 'push' }),
      { root, manifests: [a.root, b.root, root], blobs: [...a.blobs, ...b.blobs] },
      'v1',
    )
    const perSubject = Math.ceil(MAX_ARTIFACTS / 3) + 1
    registry.injectFaults((request) => {
      const subject = /^\/v2\/acme\/busy\/referrers\/(sha256:[a-f0-9]{64})$/.exec(request.path)?.[1]
      if (subject === undefined) return undefined
      const manifests = Array.from({ length: perSubject }, (_, i) => ({
        mediaType: MEDIA_TYPES.ociManifest,
        digest: `sha256:${createHash('sha256').update(`${subject} ${i}`).digest('hex')}`,
        size: 500,
        artifactType: 'application/example',
      }))
      return {
        kind: 'status',
        status: 200,
        headers: { 'content-type': MEDIA_TYPES.ociIndex },
        body: JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests }),
      }
    })
    await registry.resetAccessLog()
    try {
      const resolved = await resolveSource(client, parseReference(`${registry.host}/acme/busy:v1`))
      const target = { registry: registry.host, repository: 'acme/busy-prod' }
      const error = await promoteImage(client, resolved, [target], { tags: ['v1'], dryRun: false, limiterFor: limiterPerRegistry(4) }).catch(
        (caught: unknown) => caught,
      )
      expect(error, String(error)).toBeInstanceOf(GraphLimitError)
      expect((error as GraphLimitError).message).toMatch(
        new RegExp(`has ${3 * perSubject} signatures, attestations and other referrers, more than shiptag's budget of ${MAX_ARTIFACTS}`),
      )
    } finally {
      registry.injectFaults(undefined)
    }
    const log = await registry.accessLog()
    expect(log.filter((e) => e.path.startsWith('/v2/acme/busy-prod/') && ['PUT', 'POST', 'PATCH', 'DELETE'].includes(e.method))).toEqual([])
    expect(
      log.filter(
        (e) => e.path.startsWith('/v2/acme/busy/manifests/sha256:') && e.method === 'GET' && !e.path.endsWith(a.root.digest) && !e.path.endsWith(b.root.digest),
      ),
    ).toEqual([])
  })
})
