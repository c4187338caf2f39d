/** Where GitHub keeps the deployments shiptag records: the API, the repository, a token that reads them. */
export interface DeploymentsSource {
  readonly apiUrl?: string
  readonly token: string
  /** `owner/name`, GITHUB_REPOSITORY. */
  readonly repository: string
}

/**
 * When each environment received a digest, by the GitHub Deployments promote recorded there
 * (docs/status.md#github-deployments), for the history of a digest when no promotion record says
 * it. A GitHub that cannot be read is a sentence in `problems`, never a failure of the board:
 * Octokit loads only when a history asks.
 */
export function deploymentsReceivedFrom(source: DeploymentsSource, problems: string[]): (environment: string, digest: string) => Promise<string | undefined> {
  return async (environment, digest) => {
    const { deploymentsOf, deploymentReceivedAt, deploymentFailureWarning } = await import('../github/index.js')
    try {
      return deploymentReceivedAt((await deploymentsOf(source, environment)).entries, digest)
    } catch (error) {
      // Octokit's errors (statuses, lost answers, deadlines) are read by the deployments' own
      // translator, which names what to do for each (for a read: `deployments: read`, no promotion
      // to speak of); a bug of shiptag still surfaces as one.
      if (error instanceof TypeError || error instanceof RangeError) throw error
      const host = new URL(source.apiUrl ?? 'https://api.github.com').host
      problems.push(deploymentFailureWarning(`reading the GitHub deployments of ${environment}`, error, source.repository, host, 'read'))
      return undefined
    }
  }
}

/**
 * The deployments source of a step: the token and GITHUB_REPOSITORY when both are there. An
 * unexpanded `${{ github.token }}` (action.yml's default, read as text when the input is empty) is
 * no token.
 */
export function deploymentsSource(env: Readonly<Record<string, string | undefined>>, token: string | undefined): DeploymentsSource | undefined {
  const repository = env.GITHUB_REPOSITORY?.trim()
  if (token === undefined || token.trim() === '' || token.includes('${{') || !repository) return undefined
  return { token, repository, ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}) }
}

/** `{ deployments }` when there is a source, for a request literal. */
export function withDeployments(source: DeploymentsSource | undefined): { deployments?: DeploymentsSource } {
  return source === undefined ? {} : { deployments: source }
}
