import type { ListBudget } from './budgets.js'
import { RegistryError } from './errors.js'
import type { Answer, RepositoryTransport } from './repository-transport.js'
import { redactUrl, resolveServerUrl } from './transport/index.js'

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

export interface PagedRequest {
  readonly operation: string
  /** The first page, under `/v2/<name>/`. */
  readonly target: string
  readonly headers?: Readonly<Record<string, string>>
  readonly budget: ListBudget
  /** Whether the first answer means "there is no such list" (a 404, say): read nothing more. */
  readonly absent: (answer: Answer) => boolean
  /**
   * Takes one page's body; returns how many entries it added that were not seen before. Throws
   * (through `problem`) what it cannot accept.
   */
  readonly onPage: (bytes: Buffer, problem: (text: string) => RegistryError) => number
  /**
   * Pages to read at most; a list with more is left unread past them (`partial`) instead of
   * failing: for a caller that can learn the rest another way (artifacts by their names,
   * docs/registry-protocol.md#attachments). Default: every page, up to the budget.
   */
  readonly pages?: number
}

/** How a list ended: `absent` (the first answer said there is none), every page read, or stopped after `pages`. */
export type PagesRead = 'absent' | 'complete' | 'partial'

/**
 * Reads a paginated list, following `Link: <…>; rel="next"` (usually relative) on the same origin
 * only (renovate and ggcr guard against cross-origin pagination), within `budget`: bytes of a page
 * and of all pages, pages, entries. A registry that does not advance is refused, not followed until
 * the budget runs out: a `Link` seen before, a `last=` cursor seen before (distribution-spec "Listing
 * Tags": `last` is where the next page starts), or a page that adds nothing new yet points further.
 * Resolves to `absent` when `absent` said so of the first answer, `partial` when `pages` were read
 * and the registry points further (the next page is neither asked for nor checked).
 */
export async function readPages(rt: RepositoryTransport, request: PagedRequest): Promise<PagesRead> {
  const { operation, budget } = request
  const seenLinks = new Set<string>()
  const seenCursors = new Set<string>()
  let target: URL | string = request.target
  let totalBytes = 0
  let entries = 0
  for (let page = 0; page < budget.maxPages; page++) {
    const room = Math.min(budget.maxPageBytes, budget.maxTotalBytes - totalBytes)
    // A page whose body breaks off mid-read is asked for again (sendReading).
    const fetched = await rt.sendReading(
      { operation, method: 'GET', target, access: 'pull', ...(request.headers ? { headers: request.headers } : {}) },
      async (answer) => {
        const { response } = answer
        if (page === 0 && request.absent(answer)) {
          await response.body.dump()
          return undefined
        }
        if (response.status !== 200) throw await rt.failure(answer)
        return { response, read: await response.body.read(room) }
      },
    )
    if (fetched === undefined) return 'absent'
    const { response, read } = fetched
    seenLinks.add(response.url.href)
    const problem = (text: string, hint?: string) =>
      new RegistryError({
        registry: rt.endpoint.registry,
        repository: rt.repository,
        operation,
        method: 'GET',
        url: redactUrl(response.url),
        status: 200,
        problem: text,
        temporary: false,
        ...(hint ? { hint } : {}),
      })
    const overBudget = (what: string) =>
      problem(
        `${what}, over shiptag's budget for one list`,
        'the registry or a proxy in front of it answers without end, or the repository is far larger than any shiptag expects; check the registry, or clean up the repository',
      )
    if (read.truncated)
      throw room < budget.maxPageBytes
        ? overBudget(`the pages add up to more than ${budget.maxTotalBytes} bytes`)
        : overBudget(`a page is larger than ${budget.maxPageBytes} bytes`)
    totalBytes += read.bytes.length
    const added = request.onPage(read.bytes, problem)
    entries += added
    if (entries > budget.maxEntries) throw overBudget(`the list has more than ${budget.maxEntries} entries`)
    const link = nextLink(response.headers.all('link'))
    if (link === undefined) return 'complete'
    if (request.pages !== undefined && page + 1 >= request.pages) return 'partial'
    const next = resolveServerUrl(link, response.url, rt.context(operation), 'Link')
    if (next.origin !== response.url.origin) throw problem(`the next page is on another origin (${next.origin}); cross-origin pagination is not followed`)
    const loop = 'the registry paginates in a loop'
    if (seenLinks.has(next.href)) throw problem(`${loop}: the Link points back at a page already read`)
    const cursor = next.searchParams.get('last')
    if (cursor !== null && seenCursors.has(cursor)) throw problem(`${loop}: the Link's last=${JSON.stringify(cursor.slice(0, 100))} does not advance`)
    if (added === 0) throw problem(`${loop}: a page with nothing new links to another`)
    if (cursor !== null) seenCursors.add(cursor)
    target = next
  }
  throw new RegistryError({
    registry: rt.endpoint.registry,
    repository: rt.repository,
    operation,
    problem: `more than ${budget.maxPages} pages, over shiptag's budget for one list`,
    temporary: false,
  })
}
