import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rememberSecret } from '../secrets.js'
import type { CustodyContext } from './custody-gate.js'

/**
 * Where the custody rules read from, the same in both shells: keys and trusted roots from the
 * workspace, attestations from the GitHub API the runner names (`GITHUB_API_URL`, GitHub Enterprise
 * included), the public-good trusted root cached in the runner's temporary directory.
 */
export function custodySettings(
  env: Readonly<Record<string, string | undefined>>,
  workspace: string,
  now: Date,
  githubToken: string | undefined,
): Omit<CustodyContext, 'client'> {
  const token = githubToken === undefined || githubToken === '' ? undefined : githubToken
  if (token !== undefined) rememberSecret(token)
  return {
    workspace,
    now,
    github: { apiUrl: env.GITHUB_API_URL || 'https://api.github.com', ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}), token },
    cacheDir: join(env.RUNNER_TEMP || tmpdir(), 'shiptag-sigstore'),
  }
}
