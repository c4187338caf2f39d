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
 * Bounds (list-reader.ts): a deadline per request and a budget for the whole lookup, caps on pages,
 * entries, bytes and nesting. A 404 is "none" (GitHub's answer for a digest it has nothing for, and
 * for a repository the token cannot see).
 */
import { rememberSecret } from '../errors.js'
import { apiBase, checkOwner, checkSubjectDigest, endpoint, splitRepository, type ApiBase } from './api-base.js'
import { GitHubRequestError } from './errors.js'
import { createDispatcher, type Dispatcher } from './http.js'
import { readList, type ListContext, type ListLimits, type ListResult } from './list-reader.js'
import type { BundleEvidence } from './types.js'

export interface GitHubAttestationsOptions {
  /** `GITHUB_API_URL` as the runner sets it; https://api.github.com when unset. */
  readonly apiUrl?: string
  /** A token that may read attestations (the workflow's GITHUB_TOKEN); without one only public repositories answer. */
  readonly token?: string
  /** Each request, from connecting to its last byte. */
  readonly deadlineMs?: number
  /** The whole lookup of one digest: every page and every bundle fetched by reference. */
  readonly budgetMs?: number
  readonly maxPages?: number
  readonly maxPageBytes?: number
  /** A bundle past this is left out with a note, as the registry's bundles are (1 MiB). */
  readonly maxBundleBytes?: number
  /** Entries read at most (gh reads 30 by default, 1000 at most). */
  readonly maxAttestations?: number
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

export const DEFAULTS: ListLimits = {
  deadlineMs: 30_000,
  budgetMs: 120_000,
  maxPages: 10,
  maxPageBytes: 16 * 1024 * 1024,
  maxBundleBytes: 1024 * 1024,
  maxAttestations: 100,
  maxDepth: 64,
}
/** GitHub's largest page (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api). */
const PER_PAGE = '100'

export class GitHubAttestations {
  private readonly base: ApiBase
  private readonly dispatcher: Dispatcher
  private readonly limits: ListLimits

  constructor(private readonly options: GitHubAttestationsOptions = {}) {
    this.base = apiBase(options.apiUrl)
    if (this.hasToken()) {
      rememberSecret(options.token!)
      // A header value cannot carry a line break or other control character; undici would refuse it
      // as an invalid argument, which reads like a network failure.
      if (!/^[\x21-\x7e]+$/.test(options.token!)) {
        throw new GitHubRequestError('the GitHub token holds a space, a line break or another character an HTTP header cannot carry', {
          hint: 'pass the token as GitHub gave it (a secret copied with a trailing newline is the usual cause)',
        })
      }
    }
    this.limits = {
      deadlineMs: options.deadlineMs ?? DEFAULTS.deadlineMs,
      budgetMs: options.budgetMs ?? DEFAULTS.budgetMs,
      maxPages: options.maxPages ?? DEFAULTS.maxPages,
      maxPageBytes: options.maxPageBytes ?? DEFAULTS.maxPageBytes,
      maxBundleBytes: options.maxBundleBytes ?? DEFAULTS.maxBundleBytes,
      maxAttestations: options.maxAttestations ?? DEFAULTS.maxAttestations,
      maxDepth: DEFAULTS.maxDepth,
    }
    this.dispatcher = createDispatcher(this.limits.deadlineMs)
  }

  /** Every attestation GitHub lists for `subject` in `scope`. */
  async list(subject: string, scope: AttestationScope): Promise<AttestationLookup> {
    checkSubjectDigest(subject)
    const context = this.context()
    const host = this.base.url.hostname === 'api.github.com' ? '' : ` at ${this.base.url.host}`
    let found: ListResult | 'not found' = 'not found'
    let where: string
    if ('repo' in scope) {
      const [owner, repo] = splitRepository(scope.repo)
      where = `GitHub attestations API${host} (${scope.repo})`
      found = await readList(context, endpoint(this.base, ['repos', owner, repo, 'attestations', subject], { per_page: PER_PAGE }), subject, where, scope.repo)
    } else {
      const owner = checkOwner(scope.owner)
      where = `GitHub attestations API${host} (owner ${owner})`
      for (const kind of ['orgs', 'users']) {
        found = await readList(
          context,
          endpoint(this.base, [kind, owner, 'attestations', subject], { per_page: PER_PAGE }),
          subject,
          where,
          `the repositories of ${owner}`,
        )
        if (found !== 'not found') break
      }
    }
    if (found !== 'not found') return { where, ...found }
    const why = this.hasToken() ? 'or the token cannot see the repository' : 'or the repository is private (no token was given)'
    return { where, evidence: [], notes: [`GitHub answered 404: no attestation for this digest, ${why}`] }
  }

  async close(): Promise<void> {
    await this.dispatcher.close()
  }

  private context(): ListContext {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': this.options.userAgent ?? 'shiptag',
    }
    if (this.hasToken()) headers.authorization = `Bearer ${this.options.token}`
    return {
      dispatcher: this.dispatcher,
      base: this.base,
      limits: this.limits,
      headers,
      hasToken: this.hasToken(),
      userAgent: headers['user-agent']!,
      now: this.options.now ?? (() => new Date()),
      endsAt: Date.now() + this.limits.budgetMs,
    }
  }

  private hasToken(): boolean {
    return this.options.token !== undefined && this.options.token !== ''
  }
}
