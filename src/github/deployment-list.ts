/**
 * The deployments GitHub lists for one environment, newest first
 * (`GET /repos/{owner}/{repo}/deployments?environment=…`,
 * https://docs.github.com/en/rest/deployments/deployments#list-deployments), paged by the Link
 * header. Bounded: at most `maxPages` pages of 100, each within the request deadline and byte cap
 * of bounded-fetch.ts, never the same page twice, and a Link off the API is refused (the token would
 * go with it, link-header.ts). The payload shiptag writes (`{digest, tags, refs}`) is read back where
 * it is there; a deployment another tool made lists without it.
 */
import type { DeploymentsApi } from './deployments-client.js'
import { GitHubApiError } from './errors.js'
import { nextPage } from './link-header.js'

export interface DeploymentEntry {
  readonly id: number
  readonly environment: string
  readonly ref: string
  readonly sha: string
  /** RFC 3339, as GitHub gives it. */
  readonly createdAt: string
  /** From a shiptag payload; undefined for a deployment another tool made. */
  readonly digest?: string
  readonly tags: readonly string[]
  readonly refs: readonly string[]
}

export interface DeploymentList {
  readonly entries: readonly DeploymentEntry[]
  /** Pages not read (the bound), in words; empty when the whole list was read. */
  readonly notes: readonly string[]
}

const PER_PAGE = 100

/** `registry/path@sha256:…` → `registry/path`, lower-cased: what says two deployments are of the same image. */
export function repositoryOfRef(ref: string): string {
  const at = ref.lastIndexOf('@')
  return (at === -1 ? ref : ref.slice(0, at)).toLowerCase()
}
const DIGEST = /^sha256:[0-9a-f]{64}$/

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, 1000) : []
}

/** GitHub gives the payload back as the object it was given (or a string, when a string was given). */
function payloadOf(value: unknown): { digest?: string; tags: string[]; refs: string[] } {
  let payload = value
  if (typeof payload === 'string') {
    try {
      payload = JSON.parse(payload)
    } catch {
      payload = undefined
    }
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return { tags: [], refs: [] }
  const { digest, tags, refs } = payload as { digest?: unknown; tags?: unknown; refs?: unknown }
  return { ...(typeof digest === 'string' && DIGEST.test(digest) ? { digest } : {}), tags: strings(tags), refs: strings(refs) }
}

function entryOf(value: unknown): DeploymentEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const item = value as { id?: unknown; environment?: unknown; ref?: unknown; sha?: unknown; created_at?: unknown; payload?: unknown }
  if (typeof item.id !== 'number' || typeof item.environment !== 'string' || typeof item.created_at !== 'string') return undefined
  return {
    id: item.id,
    environment: item.environment,
    ref: typeof item.ref === 'string' ? item.ref : '',
    sha: typeof item.sha === 'string' ? item.sha : '',
    createdAt: item.created_at,
    ...payloadOf(item.payload),
  }
}

/**
 * The environment's deployments, newest first, page by page; `stop` ends the walk early once it has
 * seen what it looks for (true: stop).
 */
export async function listDeployments(
  api: DeploymentsApi,
  environment: string,
  stop: (entry: DeploymentEntry) => boolean = () => false,
): Promise<DeploymentList> {
  const entries: DeploymentEntry[] = []
  const seen = new Set<string>()
  const request = `GET ${api.base.url.origin}${api.base.basePath}/repos/${api.repository}/deployments`
  let response = await api.octokit.rest.repos.listDeployments({ owner: api.owner, repo: api.repo, environment, per_page: PER_PAGE })
  for (let page = 1; ; page++) {
    if (response.status !== 200 || !Array.isArray(response.data)) {
      throw new GitHubApiError(`answered ${response.status} without a list of deployments`, {
        request,
        status: response.status,
        hint: 'check GITHUB_API_URL: it must be the REST API (https://api.github.com, or https://<host>/api/v3)',
      })
    }
    for (const value of response.data as unknown[]) {
      const entry = entryOf(value)
      if (entry === undefined) continue
      entries.push(entry)
      if (stop(entry)) return { entries, notes: [] }
    }
    const next = nextPage(response.headers.link, api.base)
    if (next.kind === 'refused') return { entries, notes: [`the rest of the list was not read: ${next.reason}`] }
    if (next.kind === 'none' || seen.has(next.url.href)) return { entries, notes: [] }
    if (page >= api.maxPages)
      return { entries, notes: [`read the newest ${entries.length} deployments of ${environment} (${api.maxPages} pages); GitHub lists more`] }
    seen.add(next.url.href)
    response = (await api.octokit.request({ method: 'GET', url: next.url.href })) as typeof response
  }
}
