/**
 * The Octokit that records deployments, made through @actions/github's `getOctokit` with
 * `baseUrl: GITHUB_API_URL` (GitHub Enterprise Server's `https://<host>/api/v3` and GHE.com's
 * `https://api.<tenant>.ghe.com` alike, api-base.ts). @actions/github is loaded with `await import()`
 * only when a promote records deployments, so no other command pays for it. The settings are checked
 * before the promotion writes anything (`checkDeploymentsSettings`): a missing token or repository
 * is an input error, not a warning after the fact.
 */
import { rememberSecret } from '../errors.js'
import type { getOctokit } from '@actions/github'
import { apiBase, splitRepository, type ApiBase } from './api-base.js'
import { boundedFetch, type Fetch } from './bounded-fetch.js'
import { GitHubRequestError } from './errors.js'

export interface DeploymentsSettings {
  /** `GITHUB_API_URL`; https://api.github.com when unset. */
  readonly apiUrl?: string
  /** The step's `github-token` (needs `deployments: write`). */
  readonly token: string
  /** `GITHUB_REPOSITORY`: where the deployments are recorded. */
  readonly repository: string
  /** Each request, from connecting to its last byte. */
  readonly deadlineMs?: number
  /** Every request of one client together: the promote's deployments, or one history. */
  readonly budgetMs?: number
  /** Pages of deployments read at most when looking for the one a new deployment replaces, or for history. */
  readonly maxPages?: number
  readonly maxPageBytes?: number
}

export type Octokit = ReturnType<typeof getOctokit>

export interface DeploymentsApi {
  readonly octokit: Octokit
  readonly owner: string
  readonly repo: string
  /** `acme/app`. */
  readonly repository: string
  /** The API's host, for messages. */
  readonly apiHost: string
  /** Where a Link to the next page may point (the token goes with it, link-header.ts). */
  readonly base: ApiBase
  readonly maxPages: number
}

export const DEPLOYMENT_DEFAULTS = { deadlineMs: 15_000, budgetMs: 60_000, maxPages: 3, maxPageBytes: 4 * 1024 * 1024 } as const

/** Throws a typed error for settings no request could succeed with; says which and what to do. */
export function checkDeploymentsSettings(settings: DeploymentsSettings): void {
  apiBase(settings.apiUrl)
  // An empty github-token reads as action.yml's default text, `${{ github.token }}`, outside a runner that expands it.
  if (settings.token.trim() === '' || /^\$\{\{[^}]*\}\}$/.test(settings.token.trim())) {
    throw new GitHubRequestError('deployments are on, but there is no GitHub token to record them with', {
      hint: "pass github-token (the workflow's GITHUB_TOKEN, with permissions: deployments: write); the CLI reads GITHUB_TOKEN",
    })
  }
  if (!/^[\x21-\x7e]+$/.test(settings.token)) {
    throw new GitHubRequestError('the GitHub token holds a space, a line break or another character an HTTP header cannot carry', {
      hint: 'pass the token as GitHub gave it (a secret copied with a trailing newline is the usual cause)',
    })
  }
  if (settings.repository.trim() === '') {
    throw new GitHubRequestError('deployments are on, but GITHUB_REPOSITORY does not say which repository records them', {
      hint: 'run the step in a GitHub Actions job, or set GITHUB_REPOSITORY=owner/name',
    })
  }
  splitRepository(settings.repository)
}

export async function deploymentsApi(settings: DeploymentsSettings): Promise<DeploymentsApi> {
  checkDeploymentsSettings(settings)
  rememberSecret(settings.token)
  const base = apiBase(settings.apiUrl)
  const baseUrl = `${base.url.origin}${base.basePath}`
  const [{ getOctokit }, { getProxyFetch }] = await Promise.all([import('@actions/github'), import('@actions/github/lib/internal/utils.js')])
  const fetch = boundedFetch(getProxyFetch(baseUrl) as unknown as Fetch, {
    deadlineMs: settings.deadlineMs ?? DEPLOYMENT_DEFAULTS.deadlineMs,
    maxBytes: settings.maxPageBytes ?? DEPLOYMENT_DEFAULTS.maxPageBytes,
    budgetMs: settings.budgetMs ?? DEPLOYMENT_DEFAULTS.budgetMs,
    endsAt: Date.now() + (settings.budgetMs ?? DEPLOYMENT_DEFAULTS.budgetMs),
  })
  const octokit = getOctokit(settings.token, {
    baseUrl,
    userAgent: 'shiptag',
    request: { fetch, redirect: 'manual' },
    // Octokit's own deprecation notices go to the log as warnings; nothing else is logged.
    log: { debug: () => {}, info: () => {}, warn: (message: string) => process.stderr.write(`${message}\n`), error: () => {} },
  })
  const [owner, repo] = splitRepository(settings.repository)
  return { octokit, owner, repo, repository: settings.repository, apiHost: base.url.host, base, maxPages: settings.maxPages ?? DEPLOYMENT_DEFAULTS.maxPages }
}
