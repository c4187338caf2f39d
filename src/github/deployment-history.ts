/**
 * The deployments of one environment as history (`status --digest`, issue 17 part 3): when each
 * digest was recorded there (`createdAt`), from the payload shiptag writes. Reads only; needs
 * `deployments: read`. Throws the typed errors of the request (Octokit's, read with
 * deployment-errors.ts by the caller), since a history that could not be read must say so.
 */
import { listDeployments, repositoryOfRef, type DeploymentEntry, type DeploymentList } from './deployment-list.js'
import { deploymentsApi, type DeploymentsSettings } from './deployments-client.js'

export async function deploymentsOf(settings: DeploymentsSettings, environment: string): Promise<DeploymentList> {
  return listDeployments(await deploymentsApi(settings), environment)
}

/**
 * When the environment received `digest`, by its deployments (newest first, as listed): the first
 * deployment of the digest since the environment last showed another digest of the same image
 * (a repository in common), so a digest rolled back to counts from its return. Undefined when no
 * deployment names it.
 */
export function deploymentReceivedAt(entries: readonly DeploymentEntry[], digest: string): string | undefined {
  const newest = entries.find((entry) => entry.digest === digest)
  if (newest === undefined) return undefined
  const image = new Set(newest.refs.map(repositoryOfRef))
  let received = newest.createdAt
  for (const entry of entries.slice(entries.indexOf(newest) + 1)) {
    if (!entry.refs.some((ref) => image.has(repositoryOfRef(ref)))) continue
    if (entry.digest !== digest) break
    received = entry.createdAt
  }
  return received
}
