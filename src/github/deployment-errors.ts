/**
 * Why GitHub did not take a deployment request, in words a warning can carry: what GitHub said and
 * what to do. Octokit throws a `RequestError` (https://github.com/octokit/request-error.js): a
 * status with the answer, or status 500 without one when nothing answered (the message is then the
 * network's, or the deadline's from bounded-fetch.ts). Permissions: creating deployments and their
 * statuses needs `deployments: write`
 * (https://docs.github.com/en/rest/deployments/deployments#create-a-deployment); listing them,
 * `deployments: read` (https://docs.github.com/en/rest/deployments/deployments#list-deployments), so
 * a read (the history of `status --digest`) names that permission and no promotion. The token never appears: Octokit redacts it from the error, and nothing here
 * quotes a request.
 */

export interface RequestFailure {
  readonly status: number | undefined
  /** GitHub's `message`, flattened and short, or the network's reason. */
  readonly said: string
  /** `x-ratelimit-remaining: 0` or `retry-after`: GitHub asks us to wait. */
  readonly limited: boolean
  readonly answered: boolean
}

function flat(text: string): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim()
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}

/** What a thrown Octokit error says, read by shape (Octokit's classes stay inside @actions/github). */
export function requestFailure(error: unknown): RequestFailure {
  const record = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown
    message?: unknown
    response?: { headers?: Record<string, unknown>; data?: unknown }
  }
  const response = record.response
  const data = response?.data
  const message = typeof data === 'object' && data !== null ? (data as { message?: unknown }).message : undefined
  const headers = response?.headers ?? {}
  const said = typeof message === 'string' && message.trim() !== '' ? message : typeof record.message === 'string' ? record.message : String(error)
  return {
    status: typeof record.status === 'number' && response !== undefined ? record.status : undefined,
    said: flat(said),
    limited: headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined,
    answered: response !== undefined,
  }
}

/**
 * What the request needed: `write` for promote's recording (whose warnings say the promotion
 * stands), `read` for a history that only lists deployments.
 */
export type DeploymentAccess = 'read' | 'write'

/** `creating the deployment of … in prod failed (403: "Resource not accessible by integration"): give the job …`. */
export function failureWarning(what: string, error: unknown, repository: string, apiHost: string, access: DeploymentAccess = 'write'): string {
  const failure = requestFailure(error)
  if (!failure.answered) {
    return `${what} failed: no usable answer from GitHub (${failure.said}); check GITHUB_API_URL and the network path to ${apiHost} (HTTPS_PROXY, NO_PROXY)`
  }
  const said = `${failure.status}: "${failure.said}"`
  const status = failure.status ?? 0
  if (status === 429 || (status === 403 && failure.limited))
    return access === 'write'
      ? `${what} failed: GitHub's API rate limit is spent (${said}); the promotion stands, record it by running the step again later`
      : `${what} failed: GitHub's API rate limit is spent (${said}); run the step again later for what GitHub's deployments say`
  if (status === 401) return `${what} failed: GitHub refused the token (${said}); pass a current one as github-token (the workflow's GITHUB_TOKEN)`
  if (status === 403)
    return `${what} failed: the token may not ${access} deployments of ${repository} (${said}); give the job "permissions: deployments: ${access}", or a fine-grained token "Deployments: ${access}" on ${repository}`
  if (status === 404)
    return `${what} failed: GitHub does not show ${repository} to this token (${said}); check GITHUB_REPOSITORY and that github-token may read it`
  if (status === 422)
    return access === 'write'
      ? `${what} failed: GitHub refused the request (${said}); the commit must exist in ${repository}, and the environment name must be one GitHub accepts`
      : `${what} failed: GitHub refused the request (${said}); the environment name must be one GitHub accepts`
  if (status >= 300 && status < 400)
    return `${what} failed: GitHub redirected (${said}), which is not followed (the token would go with it); check GITHUB_API_URL and GITHUB_REPOSITORY`
  if (status >= 500) return `${what} failed: GitHub had a problem of its own (${said}); see https://www.githubstatus.com, and run the step again`
  return `${what} failed: GitHub answered ${said}, which it does not document for this request; check GITHUB_API_URL`
}
