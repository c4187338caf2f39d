/**
 * The Distribution API client (docs/registry-protocol.md): `createRegistryClient`, the contract types
 * of api.ts and the typed errors. Layout: transport/ (undici, redirects, retries, stats), auth/
 * (ping, challenges, scopes, tokens), and one file per resource (blobs, uploads, manifests, tags).
 */
export * from './api.js'
export { createRegistryClient } from './client.js'
export { withRunCache } from './run-cache.js'
export { DEFAULT_BUDGET_MS, DEFAULT_RETRY, deadlinesFor, type Deadlines, type TransferProgress } from './transport/index.js'
export { RegistryAuthError, RegistryError, RegistryTimeoutError, RegistryUnreachableError, TagImmutableError } from './errors.js'
export type { AwaitedStage, OciErrorEntry } from './errors.js'
