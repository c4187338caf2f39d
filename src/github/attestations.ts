/**
 * The attestations GitHub keeps for a subject digest, as `Evidence` for src/sigstore to verify:
 * `GET /repos/{owner}/{repo}/attestations/{subject_digest}`
 * (https://docs.github.com/en/rest/repos/attestations#list-attestations) for a repository, and
 * `GET /orgs/{org}/attestations/{subject_digest}` (https://docs.github.com/en/rest/orgs/attestations),
 * then `GET /users/{username}/attestations/{subject_digest}` (https://docs.github.com/en/rest/users/attestations)
 * when the owner is a user, for an owner. The answer is
 * `{ "attestations": [{ "bundle": {…} | null, "repository_id": 1, "bundle_url"?: "…" }] }`, paged
 * by the Link header. Nothing here judges an attestation: found is not verified.
 *
 * Bounds: a deadline per request, a cap on each page's bytes and on each bundle's, at most
 * `maxPages` pages, never the same page twice. A 404 is "none" (GitHub's answer for a digest it
 * has nothing for, and for a repository the token cannot see).
 */
import { rememberSecret } from '../errors.js'
import type { BundleEvidence } from './types.js'
import { apiBase, checkOwner, checkSubjectDigest, endpoint, splitRepository, type ApiBase } from './api-base.js'
import { answerError } from './answer-errors.js'
import { fetchBundleUrl } from './bundle-url.js'
import { GitHubApiError } from './errors.js'
import { createDispatcher, describeRequest, getOnce, type Dispatcher } from './http.js'
import { nextPage } from './link-header.js'

export interface GitHubAttestationsOptions {
  /** `GITHUB_API_URL` as the runner sets it; https://api.github.com when unset. */
  readonly apiUrl?: string
  /** A token that may read attestations (the workflow's GITHUB_TOKEN); without one only public repositories answer. */
  readonly token?: string
  /** Each request, from connecting to its last byte. */
  readonly deadlineMs?: number
  readonly maxPages?: number
  readonly maxPageBytes?: number
  /** A bundle past this is left out with a note, as slice B's registry reads do (1 MiB). */
  readonly maxBundleBytes?: number
  readonly userAgent?: string
  readonly now?: () => Date
}

export type AttestationScope = { readonly repo: string } | { readonly owner: string }

export interface AttestationLookup {
  /** `GitHub attestations API (acme/app)`: where it looked, also when it found nothing. */
  readonly where: string
  readonly evidence: readonly BundleEvidence[]
  /** Entries found but not usable, and pages not read, each in words for the refusal. */
  readonly notes: readonly string[]
}

export const DEFAULTS = { deadlineMs: 30_000, maxPages: 10, maxPageBytes: 16 * 1024 * 1024, maxBundleBytes: 1024 * 1024 } as const
/** GitHub's largest page (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api). */
const PER_PAGE = '100'

interface Entry {
  readonly bundle?: unknown
  readonly bundle_url?: unknown
}

export class GitHubAttestations {
  private readonly base: ApiBase
  private readonly dispatcher: Dispatcher
  private readonly limits: { deadlineMs: number; maxPages: number; maxPageBytes: number; maxBundleBytes: number }

  constructor(private readonly options: GitHubAttestationsOptions = {}) {
    this.base = apiBase(options.apiUrl)
    if (options.token !== undefined && options.token !== '') rememberSecret(options.token)
    this.limits = {
      deadlineMs: options.deadlineMs ?? DEFAULTS.deadlineMs,
      maxPages: options.maxPages ?? DEFAULTS.maxPages,
      maxPageBytes: options.maxPageBytes ?? DEFAULTS.maxPageBytes,
      maxBundleBytes: options.maxBundleBytes ?? DEFAULTS.maxBundleBytes,
    }
    this.dispatcher = createDispatcher(this.limits.deadlineMs)
  }

  /** Every attestation GitHub lists for `subject` in `scope`. */
  async list(subject: string, scope: AttestationScope): Promise<AttestationLookup> {
    checkSubjectDigest(subject)
    const host = this.base.url.hostname === 'api.github.com' ? '' : ` at ${this.base.url.host}`
    let found: AttestationLookup | 'not found'
    let where: string
    if ('repo' in scope) {
      const [owner, repo] = splitRepository(scope.repo)
      where = `GitHub attestations API${host} (${scope.repo})`
      found = await this.pages(endpoint(this.base, ['repos', owner, repo, 'attestations', subject], { per_page: PER_PAGE }), subject, where, scope.repo)
    } else {
      const owner = checkOwner(scope.owner)
      where = `GitHub attestations API${host} (owner ${owner})`
      const paths = [['orgs', owner], ['users', owner]]
      found = 'not found'
      for (const path of paths) {
        found = await this.pages(endpoint(this.base, [...path, 'attestations', subject], { per_page: PER_PAGE }), subject, where, `the repositories of ${owner}`)
        if (found !== 'not found') break
      }
    }
    if (found !== 'not found') return found
    const hasToken = this.options.token !== undefined && this.options.token !== ''
    const why = hasToken ? 'or the token cannot see the repository' : 'or the repository is private (no token was given)'
    return { where, evidence: [], notes: [`GitHub answered 404: no attestation for this digest, ${why}`] }
  }

  async close(): Promise<void> {
    await this.dispatcher.close()
  }

  /** The pages from `first` on; 'not found' when the first answers 404. */
  private async pages(first: URL, subject: string, where: string, scope: string): Promise<AttestationLookup | 'not found'> {
    const evidence: BundleEvidence[] = []
    const notes: string[] = []
    const seen = new Set<string>()
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': this.userAgent(),
    }
    const hasToken = this.options.token !== undefined && this.options.token !== ''
    if (hasToken) headers.authorization = `Bearer ${this.options.token}`
    let url: URL | undefined = first
    for (let page = 1; url !== undefined; page++) {
      if (page > this.limits.maxPages) {
        notes.push(`stopped after ${this.limits.maxPages} pages (${evidence.length} attestations); GitHub lists more`)
        break
      }
      seen.add(url.href)
      const request = describeRequest(url)
      const answer = await getOnce(this.dispatcher, url, {
        headers,
        deadlineMs: this.limits.deadlineMs,
        maxBytes: this.limits.maxPageBytes,
        unreachableHint: `check GITHUB_API_URL and the network path to ${url.host} (proxy settings: HTTPS_PROXY, NO_PROXY)`,
      })
      if (answer.status === 404 && page === 1) return 'not found'
      if (answer.status === 404) break
      if (answer.status !== 200) throw answerError(answer, { request, scope, hasToken, now: this.now })
      for (const entry of this.entries(answer.body, request)) {
        const bytes = await this.bundleOf(entry, request, notes)
        if (bytes !== undefined) evidence.push({ kind: 'bundle', where, subject, bundle: bytes })
      }
      const next = nextPage(answer.headers.link, this.base)
      if (next.kind === 'refused') throw new GitHubApiError(`the answer's Link header was not followed: ${next.reason}`, { request, hint: 'the next page must be on the API itself (the token goes with it); check GITHUB_API_URL and any proxy in front of the API' })
      url = next.kind === 'next' && !seen.has(next.url.href) ? next.url : undefined
    }
    return { where, evidence, notes }
  }

  /** The documented list shape, or a typed error quoting what was wrong. */
  private entries(body: Buffer, request: string): Entry[] {
    let parsed: unknown
    try {
      parsed = JSON.parse(body.toString('utf8'))
    } catch {
      throw new GitHubApiError('the answer is not JSON', { request, status: 200, hint: 'check GITHUB_API_URL: it must be the REST API (https://api.github.com, or https://<host>/api/v3)' })
    }
    const list = typeof parsed === 'object' && parsed !== null ? (parsed as { attestations?: unknown }).attestations : undefined
    if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry))) {
      throw new GitHubApiError('the answer is not {"attestations": [ … ]}', { request, status: 200, hint: 'check GITHUB_API_URL: it must be the REST API (https://api.github.com, or https://<host>/api/v3)' })
    }
    return list as Entry[]
  }

  /** The bundle bytes of one entry: inline, or fetched from its bundle_url; undefined (with a note) when there is none or it is too large. */
  private async bundleOf(entry: Entry, request: string, notes: string[]): Promise<Uint8Array | undefined> {
    let bytes: Uint8Array
    if (typeof entry.bundle === 'object' && entry.bundle !== null) {
      bytes = Buffer.from(JSON.stringify(entry.bundle), 'utf8')
    } else if (typeof entry.bundle_url === 'string' && entry.bundle_url !== '') {
      bytes = await fetchBundleUrl(entry.bundle_url, { dispatcher: this.dispatcher, base: this.base, deadlineMs: this.limits.deadlineMs, maxBundleBytes: this.limits.maxBundleBytes, userAgent: this.userAgent(), listRequest: request })
    } else {
      notes.push('an attestation listed with neither a bundle nor a bundle_url was left out')
      return undefined
    }
    if (bytes.length > this.limits.maxBundleBytes) {
      notes.push(`an attestation bundle of ${bytes.length} bytes was left out (the most shiptag reads is ${this.limits.maxBundleBytes})`)
      return undefined
    }
    return bytes
  }

  private userAgent(): string {
    return this.options.userAgent ?? 'shiptag'
  }

  private readonly now = (): Date => (this.options.now ?? (() => new Date()))()
}
