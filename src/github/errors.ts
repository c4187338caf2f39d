/**
 * The typed failures of the GitHub REST API client. Each says which request failed (the URL without
 * its query), what GitHub answered and what to do. None carries the token: it is remembered as a
 * secret when the client is made (errors.ts redacts it from every message), and no message quotes a
 * request header.
 */
import { ShiptagError } from '../errors.js'

export interface GitHubFailure {
  /** `GET https://api.github.com/repos/acme/app/attestations/sha256:…` (never a query value). */
  readonly request: string
  readonly status?: number
  readonly hint: string
  readonly cause?: unknown
}

/** GitHub answered, but not with what we can use (a status we do not handle, a body that is not the documented shape, too large). */
export class GitHubApiError extends ShiptagError {
  readonly request: string
  readonly status: number | undefined

  constructor(problem: string, failure: GitHubFailure) {
    super(`${failure.request}: ${problem}`, { hint: failure.hint, cause: failure.cause })
    this.request = failure.request
    this.status = failure.status
  }
}

/** 401 or 403: the token is missing, refused, or lacks a permission (the message names which). */
export class GitHubPermissionError extends GitHubApiError {}

/** 429, or 403 with `x-ratelimit-remaining: 0`: GitHub asks us to wait. */
export class GitHubRateLimitError extends GitHubApiError {
  /** When GitHub says the limit resets, if it said so. */
  readonly retryAt: Date | undefined

  constructor(problem: string, failure: GitHubFailure, retryAt: Date | undefined) {
    super(problem, failure)
    this.retryAt = retryAt
  }
}

/** No answer in time, or no answer at all (connection refused, DNS, TLS). */
export class GitHubUnreachableError extends GitHubApiError {
  /** The deadline passed (trying again would wait as long again), rather than the connection failing. */
  readonly timedOut: boolean

  constructor(problem: string, failure: GitHubFailure & { readonly timedOut?: boolean }) {
    super(problem, failure)
    this.timedOut = failure.timedOut ?? false
  }
}

/** What the caller gave cannot be asked of the API (a digest that is not sha256, a repository that is not owner/name, an API URL that is not https). */
export class GitHubRequestError extends ShiptagError {}
