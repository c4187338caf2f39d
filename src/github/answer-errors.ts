/**
 * What a status of the GitHub REST API means for an attestations request, as a typed error with
 * what to do. The permission is the one GitHub documents for listing attestations
 * (https://docs.github.com/en/rest/repos/attestations#list-attestations): read access to the
 * repository, and `attestations:read` for a fine-grained token or a workflow's GITHUB_TOKEN
 * (https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token).
 * Rate limits: https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
 * (a 403 or 429 with `x-ratelimit-remaining: 0` or `retry-after`).
 */
import { GitHubApiError, GitHubPermissionError, GitHubRateLimitError } from './errors.js'
import type { Answer } from './http.js'

export interface AnswerContext {
  readonly request: string
  /** `acme/app`, or `the repositories of acme`. */
  readonly scope: string
  readonly hasToken: boolean
  readonly now: () => Date
}

/** GitHub's own words (`{"message": "Resource not accessible by integration"}`), flattened and short. */
export function gitHubMessage(body: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown
    const message = typeof parsed === 'object' && parsed !== null ? (parsed as { message?: unknown }).message : undefined
    if (typeof message !== 'string' || message.trim() === '') return undefined
    // eslint-disable-next-line no-control-regex
    const flat = message.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim()
    return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat
  } catch {
    return undefined
  }
}

function header(answer: Answer, name: string): string | undefined {
  const value = answer.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** When the limit resets: `retry-after` seconds, else `x-ratelimit-reset` epoch seconds; a value no date can hold is no date. */
function retryAt(answer: Answer, now: Date): Date | undefined {
  const valid = (date: Date) => (Number.isNaN(date.getTime()) ? undefined : date)
  const after = Number(header(answer, 'retry-after'))
  if (Number.isFinite(after) && after >= 0) return valid(new Date(now.getTime() + after * 1000))
  const reset = Number(header(answer, 'x-ratelimit-reset'))
  return Number.isFinite(reset) && reset > 0 ? valid(new Date(reset * 1000)) : undefined
}

/** The typed error for a status that is neither 200 nor 404. */
export function answerError(answer: Answer, context: AnswerContext): GitHubApiError {
  const { request, scope } = context
  const status = answer.status
  const said = gitHubMessage(answer.body)
  const quoted = said === undefined ? '' : `: "${said}"`
  const limited = status === 429 || (status === 403 && (header(answer, 'x-ratelimit-remaining') === '0' || header(answer, 'retry-after') !== undefined))
  if (limited) {
    const at = retryAt(answer, context.now())
    const when = at === undefined ? 'later' : `after ${at.toISOString()}`
    const token = context.hasToken ? '' : "; pass a token (the workflow's GITHUB_TOKEN): requests without one share a much lower limit"
    return new GitHubRateLimitError(
      `GitHub's API rate limit is spent (status ${status})${quoted}`,
      { request, status, hint: `run the step again ${when}${token}` },
      at,
    )
  }
  if (status === 401) {
    const hint = context.hasToken
      ? "the token was refused (expired, revoked, or not a GitHub token): pass a current one, e.g. the workflow's GITHUB_TOKEN"
      : "GitHub asks for a token: pass one, e.g. the workflow's GITHUB_TOKEN"
    return new GitHubPermissionError(`GitHub refused the credentials (401)${quoted}`, { request, status, hint })
  }
  if (status === 403) {
    const sso = header(answer, 'x-github-sso')
    const hint =
      sso !== undefined
        ? `the organization enforces SAML single sign-on: authorize the token for it (GitHub names the way in the x-github-sso header), or use the workflow's GITHUB_TOKEN`
        : `the token may not read the attestations of ${scope}: give the job "permissions: attestations: read" (and "contents: read" for a private repository), ` +
          `or give a fine-grained token the repository permission "Attestations: read" on ${scope}; the token's user must be able to read the repository`
    return new GitHubPermissionError(`GitHub denied reading attestations (403)${quoted}`, { request, status, hint })
  }
  const temporary = status >= 500
  return new GitHubApiError(`GitHub answered ${status}${quoted}`, {
    request,
    status,
    hint: temporary
      ? 'GitHub had a problem of its own; run the step again, and see https://www.githubstatus.com if it goes on'
      : 'this is not an answer GitHub documents for listing attestations; check GITHUB_API_URL',
  })
}
