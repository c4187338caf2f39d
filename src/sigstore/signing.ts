/**
 * Signing in-toto statements for promotion records (docs/signatures.md#promotion-records): a
 * `StatementSigner` from a PEM key or keyless from an OIDC token. Nothing here loads @sigstore/*
 * until the first signature. Slice A's index.ts re-exports this file when both land.
 */
export {
  statementSigner,
  BUNDLE_V03_MEDIA_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  type SigningMethod,
  type SigningOptions,
  type StatementSigner,
} from './sign-statement.js'
export { signingKeyFromPem, type SigningKey, type SigningKeyType } from './key-signer.js'
export { identityTokenSource, type IdentityTokenOptions, type IdentityTokenSource } from './identity-token.js'
export { IdentityTokenError, SigningKeyError, SigningServiceError } from './signing-errors.js'
