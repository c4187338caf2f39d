/**
 * GitHub's side of issue 16: the attestations API as evidence (attestations.ts), and the identity a
 * GitHub artifact attestation must have (provenance-identity.ts). Reached through `await import()`
 * by the command that needs it; imports only `errors` (docs/architecture.md#layers).
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
