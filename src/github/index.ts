/**
 * GitHub's side of issue 16: the attestations API as evidence (attestations.ts), and the identity a
 * GitHub artifact attestation must have (provenance-identity.ts); of issue 17: promotions recorded
 * as GitHub deployments, and an environment's deployments as history (deployments.ts,
 * deployment-history.ts, through @actions/github, which loads only then). Reached through
 * `await import()` by the command that needs it; imports only `errors` (docs/architecture.md#layers).
 */
export { DEFAULT_GITHUB_API_URL } from './api-base.js'
export { GitHubAttestations, type AttestationLookup, type AttestationScope, type GitHubAttestationsOptions } from './attestations.js'
export { GitHubApiError, GitHubPermissionError, GitHubRateLimitError, GitHubRequestError, GitHubUnreachableError } from './errors.js'
export {
  defaultIssuer,
  GITHUB_ACTIONS_ISSUER,
  provenanceIdentity,
  SOURCE_REPOSITORY_OWNER_URI,
  SOURCE_REPOSITORY_URI,
  type ProvenanceConstraints,
} from './provenance-identity.js'
export type { BundleEvidence, IdentityRule, Matcher } from './types.js'
export { checkDeploymentsSettings, deploymentsApi, type DeploymentsApi, type DeploymentsSettings } from './deployments-client.js'
export { recordDeployment, type DeploymentOutcome, type DeploymentRequest } from './deployments.js'
export { deploymentReceivedAt, deploymentsOf } from './deployment-history.js'
export type { DeploymentEntry, DeploymentList } from './deployment-list.js'
export { failureWarning as deploymentFailureWarning } from './deployment-errors.js'
export { imageWebUrl } from './image-web-url.js'
export { checkEnvironmentUrlTemplate, environmentUrl } from './environment-url.js'
