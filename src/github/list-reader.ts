/**
 * Reading one attestations list, page by page, within its bounds: at most `maxPages` requests (a
 * redirect counts as one), never the same URL twice, at most `maxAttestations` entries, each page
 * and bundle capped in bytes and in nesting, every request within its own deadline and all of them
 * within the lookup's budget. The token goes only to URLs on the API (`outsideApi`): a Link or a
 * redirect elsewhere is refused. GitHub answers a renamed repository with a 301 to
 * `/repositories/<id>/…` (https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#follow-redirects),
 * which stays on the API and is followed. A 5xx or a broken connection is tried again twice, after
 * 250 and 500 ms, as gh does for 5xx (https://github.com/cli/cli/blob/trunk/pkg/cmd/attestation/api/client.go,
 * `shouldRetry`); a request that ran out of time is not (it would wait as long again).
 */
import type { ApiBase } from './api-base.js'
import { answerError } from './answer-errors.js'
import { fetchBundleUrl } from './bundle-url.js'
import { GitHubApiError, GitHubUnreachableError } from './errors.js'
import { describeRequest, getOnce as getWithin, type Answer, type Dispatcher } from './http.js'
import { nestsDeeperThan } from './json-depth.js'
import { nextPage, outsideApi } from './link-header.js'
import type { BundleEvidence } from './types.js'

export interface ListLimits {
  readonly deadlineMs: number
  readonly budgetMs: number
  readonly maxPages: number
  readonly maxPageBytes: number
  readonly maxBundleBytes: number
  readonly maxAttestations: number
  readonly maxDepth: number
}

export interface ListContext {
  readonly dispatcher: Dispatcher
  readonly base: ApiBase
  readonly limits: ListLimits
  readonly headers: Readonly<Record<string, string>>
  readonly hasToken: boolean
  readonly userAgent: string
  readonly now: () => Date
  /** The lookup's end (epoch ms): shared by every list of one `list()` call. */
  readonly endsAt: number
}

const REDIRECTS = new Set([301, 302, 307, 308])
const API_HINT = 'check GITHUB_API_URL: it must be the REST API (https://api.github.com, or https://<host>/api/v3)'

interface Entry {
  readonly bundle?: unknown
  readonly bundle_url?: unknown
}

/** Notes said once each, with how often: a page of a thousand empty entries is one line. */
class Notes {
  private readonly counts = new Map<string, number>()
  add(note: string): void {
    this.counts.set(note, (this.counts.get(note) ?? 0) + 1)
  }
  list(): string[] {
    return [...this.counts].map(([note, count]) => (count === 1 ? note : `${note} (${count} times)`))
  }
}

export interface ListResult {
  readonly evidence: BundleEvidence[]
  readonly notes: string[]
}

/** The list at `first`; 'not found' when its first answer is 404. */
export async function readList(context: ListContext, first: URL, subject: string, where: string, scope: string): Promise<ListResult | 'not found'> {
  const { limits } = context
  const evidence: BundleEvidence[] = []
  const notes = new Notes()
  const seen = new Set<string>()
  let entries = 0
  let url: URL | undefined = first
  for (let request = 1; url !== undefined; request++) {
    if (request > limits.maxPages) {
      notes.add(`stopped after ${limits.maxPages} pages (${evidence.length} attestations); GitHub lists more`)
      break
    }
    seen.add(url.href)
    const answer = await get(context, url, limits.maxPageBytes)
    const described = describeRequest(url)
    if (answer.status === 404 && request === 1) return 'not found'
    if (answer.status === 404) break
    if (REDIRECTS.has(answer.status)) {
      url = redirectTarget(answer, url, context.base, described)
      if (seen.has(url.href))
        throw new GitHubApiError(`redirected in a loop, back to ${describeRequest(url).slice(4)}`, {
          request: described,
          status: answer.status,
          hint: API_HINT,
        })
      continue
    }
    if (answer.status !== 200) throw answerError(answer, { request: described, scope, hasToken: context.hasToken, now: context.now })
    for (const entry of listOf(answer.body, described)) {
      if (++entries > limits.maxAttestations) {
        notes.add(`read the first ${limits.maxAttestations} attestations; GitHub lists more`)
        return { evidence, notes: notes.list() }
      }
      const bytes = await bundleOf(context, entry, described, notes)
      if (bytes !== undefined) evidence.push({ kind: 'bundle', where, subject, bundle: bytes })
    }
    const next = nextPage(answer.headers.link, context.base)
    if (next.kind === 'refused')
      throw new GitHubApiError(`the answer's Link header was not followed: ${next.reason}`, {
        request: described,
        hint: 'the next page must be on the API itself (the token goes with it); check GITHUB_API_URL and any proxy in front of the API',
      })
    url = next.kind === 'next' && !seen.has(next.url.href) ? next.url : undefined
  }
  return { evidence, notes: notes.list() }
}

const RETRY_DELAYS_MS = [250, 500]

/** One request, tried again on a 5xx or a broken connection while the budget lasts. */
async function get(context: ListContext, url: URL, maxBytes: number): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    const delay = RETRY_DELAYS_MS[attempt]
    const again = delay !== undefined && context.endsAt - Date.now() > delay
    let answer: Answer
    try {
      answer = await getOnce(context, url, maxBytes)
    } catch (error) {
      if (!again || !(error instanceof GitHubUnreachableError) || error.timedOut) throw error
      await new Promise((resolve) => setTimeout(resolve, delay))
      continue
    }
    if (answer.status < 500 || !again) return answer
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
}

/** One request within its deadline and what is left of the lookup's budget. */
async function getOnce(context: ListContext, url: URL, maxBytes: number): Promise<Answer> {
  const left = context.endsAt - Date.now()
  if (left <= 0) {
    throw new GitHubUnreachableError(`the attestations were not all read within ${context.limits.budgetMs / 1000} s`, {
      request: describeRequest(url),
      hint: `check the network path to ${url.host} (proxy settings: HTTPS_PROXY, NO_PROXY), and run the step again`,
    })
  }
  return getWithin(context.dispatcher, url, {
    headers: context.headers,
    deadlineMs: Math.min(context.limits.deadlineMs, left),
    maxBytes,
    unreachableHint: `check GITHUB_API_URL and the network path to ${url.host} (proxy settings: HTTPS_PROXY, NO_PROXY)`,
  })
}

function redirectTarget(answer: Answer, from: URL, base: ApiBase, request: string): URL {
  const location = answer.headers.location
  const text = Array.isArray(location) ? location[0] : location
  let target: URL | undefined
  try {
    target = text === undefined ? undefined : new URL(text, from)
  } catch {
    target = undefined
  }
  if (target === undefined) throw new GitHubApiError(`answered ${answer.status} without a usable Location`, { request, status: answer.status, hint: API_HINT })
  const outside = outsideApi(target, base)
  if (outside !== undefined)
    throw new GitHubApiError(`redirected off the API (the token would go with it): ${outside}`, { request, status: answer.status, hint: API_HINT })
  return target
}

/** The documented list shape, or a typed error quoting what was wrong. */
function listOf(body: Buffer, request: string): Entry[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    throw new GitHubApiError('the answer is not JSON', { request, status: 200, hint: API_HINT })
  }
  const list = typeof parsed === 'object' && parsed !== null ? (parsed as { attestations?: unknown }).attestations : undefined
  if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry))) {
    throw new GitHubApiError('the answer is not {"attestations": [ … ]}', { request, status: 200, hint: API_HINT })
  }
  return list as Entry[]
}

/** The bundle bytes of one entry, inline or fetched from its bundle_url; undefined (with a note) when there is none, or it is too large or too deep. */
async function bundleOf(context: ListContext, entry: Entry, request: string, notes: Notes): Promise<Uint8Array | undefined> {
  const { limits } = context
  let bytes: Uint8Array
  if (typeof entry.bundle === 'object' && entry.bundle !== null && !Array.isArray(entry.bundle)) {
    if (nestsDeeperThan(entry.bundle, limits.maxDepth)) {
      notes.add(`an attestation bundle nested deeper than ${limits.maxDepth} levels was left out`)
      return undefined
    }
    bytes = Buffer.from(JSON.stringify(entry.bundle), 'utf8')
  } else if (typeof entry.bundle_url === 'string' && entry.bundle_url !== '') {
    const left = context.endsAt - Date.now()
    bytes = await fetchBundleUrl(entry.bundle_url, {
      dispatcher: context.dispatcher,
      base: context.base,
      deadlineMs: Math.max(1, Math.min(limits.deadlineMs, left)),
      maxBundleBytes: limits.maxBundleBytes,
      userAgent: context.userAgent,
      listRequest: request,
    })
  } else {
    notes.add('an attestation listed with neither a bundle nor a bundle_url was left out')
    return undefined
  }
  if (bytes.length > limits.maxBundleBytes) {
    notes.add(`an attestation bundle larger than ${limits.maxBundleBytes} bytes was left out`)
    return undefined
  }
  return bytes
}
