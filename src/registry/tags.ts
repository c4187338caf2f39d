import type { TagsPage } from './api.js'
import { TAG_LIST_BUDGET } from './budgets.js'
import type { RegistryError } from './errors.js'
import { readPages } from './pages.js'
import type { RepositoryTransport } from './repository-transport.js'

/** Kept here too: callers and tests of the tag list read the `Link` parser from this file. */
export { nextLink } from './pages.js'

/**
 * GET /v2/<name>/tags/list, every page (`readPages`: same origin, loop detection, budgets in pages,
 * bytes and tags). No `n`: registries page by themselves, and ECR refuses n > 1000 (docs/registry-protocol.md#p6). Without
 * `Link` the list is complete; order is not assumed (docs/registry-protocol.md#tag-listing). A 404 (NAME_UNKNOWN) is a repository
 * that does not exist yet: no tags. Each tag once, in the order first listed.
 */
export async function listTags(rt: RepositoryTransport): Promise<string[]> {
  return [...(await readTagPages(rt)).tags]
}

/**
 * The first page of the tag list only: one request, whatever the repository holds. `complete` when
 * the registry points at no next page (then `tags` is the whole list); a caller that needs only a few
 * known names asks for those by name instead of reading on (docs/registry-protocol.md#attachments).
 */
export function listTagsFirstPage(rt: RepositoryTransport): Promise<TagsPage> {
  return readTagPages(rt, 1)
}

async function readTagPages(rt: RepositoryTransport, pages?: number): Promise<TagsPage> {
  // A Set, appended one by one: spreading a page of 130,000 names into push() overflowed the stack (issue 12).
  const tags = new Set<string>()
  const read = await readPages(rt, {
    operation: 'list tags',
    target: 'tags/list',
    budget: TAG_LIST_BUDGET,
    absent: ({ response }) => response.status === 404,
    onPage: (bytes, problem) => {
      const before = tags.size
      for (const tag of tagsOf(bytes.toString('utf8'), problem)) tags.add(tag)
      return tags.size - before
    },
    ...(pages === undefined ? {} : { pages }),
  })
  return { tags, complete: read !== 'partial' }
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
