/**
 * Sigstore verification and trust (issue 16): crypto only, no registry. Loaded by the commands that
 * verify through `await import()`, so nothing else pays for @sigstore/* (docs/decisions.md#sigstore-libraries).
 */
export * from './types.js'
export { verifyEvidence } from './verify.js'
export { publicGoodTrust, trustedRootFromFile, type PublicGoodOptions } from './trust.js'
export { githubTrust, GITHUB_TUF_MIRROR, type GitHubTrustOptions } from './github-trust.js'
export { parsePublicKey, type PolicyKey } from './public-keys.js'
export { TrustedRootError } from './errors.js'
export { SIGSTORE_LIMITS } from './limits.js'
export { COSIGN_SIGN_PREDICATE_TYPE, IN_TOTO_PAYLOAD_TYPE } from './statement.js'
export {
  statementSigner,
  signingKeyFromPem,
  identityTokenSource,
  IdentityTokenError,
  SigningKeyError,
  SigningServiceError,
  type SigningMethod,
  type StatementSigner,
} from './signing.js'
