import { RegistryError } from './errors.js'
import type { RepositoryTransport } from './repository-transport.js'
import { redactUrl, resolveServerUrl } from './transport/index.js'

/** One page of tags is read up to this size. */
const MAX_TAG_PAGE_BYTES = 16 * 1024 * 1024
/** A registry that paginates past this is looping. */
const MAX_TAG_PAGES = 10_000

/** The `rel="next"` target of `Link` headers (RFC 8288), or undefined. */
export function nextLink(values: readonly string[]): string | undefined {
  for (const value of values) {
    for (const match of value.matchAll(/<([^>]*)>([^<]*)/g)) {
      const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2]!)
      const relations = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/)
      if (relations.includes('next')) return match[1]
    }
  }
  return undefined
}

/**
 * GET /v2/<name>/tags/list, following `Link: <…>; rel="next"` (usually relative) on the same origin
 * only (renovate and ggcr guard against cross-origin pagination). No `n`: registries page by
 * themselves, and ECR refuses n > 1000 (P6). Without `Link` the list is complete; order is not
 * assumed (§4.6). A 404 (NAME_UNKNOWN) is a repository that does not exist yet: no tags.
 */
export async function listTags(rt: RepositoryTransport): Promise<string[]> {
  const operation = 'list tags'
  const tags: string[] = []
  const seen = new Set<string>()
  let target: URL | string = 'tags/list'
  for (let page = 0; page < MAX_TAG_PAGES; page++) {
    const answer = await rt.send({ operation, method: 'GET', target, access: 'pull' })
    const { response } = answer
    if (response.status === 404 && page === 0) {
      await response.body.dump()
      return []
    }
    if (response.status !== 200) throw await rt.failure(answer)
    const read = await response.body.read(MAX_TAG_PAGE_BYTES)
    const problem = (text: string) =>
      new RegistryError({ registry: rt.endpoint.registry, repository: rt.repository, operation, method: 'GET', url: redactUrl(response.url), status: 200, problem: text, temporary: false })
    if (read.truncated) throw problem(`a page of tags is larger than ${MAX_TAG_PAGE_BYTES} bytes`)
    tags.push(...tagsOf(read.bytes.toString('utf8'), problem))
    const link = nextLink(response.headers.all('link'))
    if (link === undefined) return tags
    const next = resolveServerUrl(link, response.url, rt.context(operation), 'Link')
    if (next.origin !== response.url.origin) throw problem(`the next page is on another origin (${next.origin}); cross-origin pagination is not followed`)
    if (seen.has(next.href)) throw problem('the pagination Link repeats a page')
    seen.add(next.href)
    target = next
  }
  throw new RegistryError({ registry: rt.endpoint.registry, repository: rt.repository, operation, problem: `more than ${MAX_TAG_PAGES} pages of tags`, temporary: false })
}

function tagsOf(text: string, problem: (text: string) => RegistryError): string[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw problem('the tag list is not JSON')
  }
  const tags = typeof json === 'object' && json !== null ? (json as { tags?: unknown }).tags : undefined
  if (tags === null || tags === undefined) return []
  if (!Array.isArray(tags)) throw problem('the tag list has no "tags" array')
  return tags.filter((tag): tag is string => typeof tag === 'string')
}
