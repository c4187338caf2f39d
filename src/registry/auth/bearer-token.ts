import { RegistryError } from '../errors.js'
import { requestOrder, type Scope } from './scope.js'
import type { TokenGrant } from './token.js'
import type { CachedToken, TokenCache } from './token-cache.js'
import { scopeBatch } from './token-scopes.js'

export interface BearerTokenInput {
  readonly tokens: TokenCache
  /** Realm, service and credential identity (token-cache.ts). */
  readonly authority: string
  readonly needed: readonly Scope[]
  /** What the run announced for this registry (`RegistryClient.announce`). */
  readonly announced: readonly Scope[]
  /** The cached token was refused: ask for a new one (one under way still serves). */
  readonly force: boolean
  readonly request: (scopes: readonly Scope[]) => Promise<TokenGrant>
}

export interface BearerToken {
  readonly token: CachedToken
  /** Fetched for this request or at the same time: fetching again with the same scopes cannot help. */
  readonly fresh: boolean
}

/**
 * The token for a request (docs/registry-protocol.md#token-cache): a cached one that covers it, else
 * one under way that will, else a new one for a batch of scopes (token-scopes.ts) with the run's
 * announced scopes in it. A token server may refuse a whole request for one scope the credential may
 * not have rather than grant the rest: a refused request that carried announced scopes stops
 * announcing for the authority, and the request is made again with what was really asked for.
 */
export async function bearerToken(input: BearerTokenInput): Promise<BearerToken> {
  const { tokens, authority, needed } = input
  const cached = input.force ? undefined : tokens.find(authority, needed)
  if (cached !== undefined) {
    // Remembered for the token that replaces this one if its announced scopes are refused later.
    if (cached.announced) tokens.remember(authority, needed)
    return { token: cached, fresh: false }
  }
  const asked = tokens.remember(authority, needed)
  let fetch = tokens.pending(authority, needed)
  if (fetch === undefined) {
    const batch = scopeBatch({
      needed,
      asked,
      announced: tokens.announcing(authority) ? input.announced : [],
      covered: tokens.coverage(authority),
    })
    const scopes = requestOrder(batch.scopes)
    fetch = tokens.fetch(authority, scopes, () => input.request(scopes), batch.announced)
  }
  try {
    return { token: await fetch.promise, fresh: true }
  } catch (error) {
    if (!fetch.announced || !mayBeRefusalOfAnnounced(error)) throw error
    tokens.stopAnnouncing(authority)
    return bearerToken(input)
  }
}

/**
 * A token server's refusal of the request (400 unknown repository, 401/403 not allowed, 404, 414 URL
 * too long, …), which announced scopes may have caused. Not 408 or 429, nor 5xx or no answer: the
 * transport has already retried those, and without the announced scopes they would fail the same.
 */
function mayBeRefusalOfAnnounced(error: unknown): boolean {
  if (!(error instanceof RegistryError) || error.status === undefined) return false
  return error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429
}
