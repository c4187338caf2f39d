/**
 * The deployments of one environment as history (`status --digest`, issue 17 part 3): when each
 * digest was recorded there (`createdAt`), from the payload shiptag writes. Reads only; needs
 * `deployments: read`. Throws the typed errors of the request (Octokit's, read with
 * deployment-errors.ts by the caller), since a history that could not be read must say so.
 */
import { listDeployments, type DeploymentList } from './deployment-list.js'
import { deploymentsApi, type DeploymentsSettings } from './deployments-client.js'

export async function deploymentsOf(settings: DeploymentsSettings, environment: string): Promise<DeploymentList> {
  return listDeployments(await deploymentsApi(settings), environment)
}
