import { coversScopes, mergeScopes, scopeSetKey, type Scope } from './scope.js'
import type { TokenGrant } from './token.js'

/** A cached token and the scopes it was requested for. */
export interface CachedToken extends TokenGrant {
  readonly scopes: readonly Scope[]
}

/**
 * Tokens keyed by (realm, service, credential identity, sorted scope set) (docs/registry-protocol.md#token-cache).
 * The first three form the "authority"; within one, any unexpired token whose scopes cover a request
 * serves it, so N blob HEADs in one repository share one token. Concurrent fetches of the same key
 * share one in-flight promise. Each authority also remembers every scope it was asked for and the
 * last refresh token it got: a new token asks for the union, so moving between repositories of one
 * registry does not trade one token for another (regclient keeps one growing scope list per host).
 */
export class TokenCache {
  private readonly tokens = new Map<string, CachedToken[]>()
  private readonly inFlight = new Map<string, Promise<CachedToken>>()
  private readonly asked = new Map<string, Scope[]>()
  private readonly refreshTokens = new Map<string, string>()

  constructor(private readonly now: () => number) {}

  /** An unexpired token covering `needed`. */
  find(authority: string, needed: readonly Scope[]): CachedToken | undefined {
    const now = this.now()
    return this.tokens.get(authority)?.find((token) => token.expiresAt > now && coversScopes(token.scopes, needed))
  }

  /** Records `needed` for this authority and returns everything it was ever asked for, `needed` first. */
  remember(authority: string, needed: readonly Scope[]): Scope[] {
    const all = mergeScopes(needed, this.asked.get(authority) ?? [])
    this.asked.set(authority, all)
    return all
  }

  refreshToken(authority: string): string | undefined {
    return this.refreshTokens.get(authority)
  }

  /** Fetches (once for concurrent callers) and stores a token for exactly `scopes`. */
  async fetch(authority: string, scopes: readonly Scope[], fetcher: () => Promise<TokenGrant>): Promise<CachedToken> {
    const key = `${authority}\u0000${scopeSetKey(scopes)}`
    const pending = this.inFlight.get(key)
    if (pending !== undefined) return pending
    const promise = (async () => {
      const grant = await fetcher()
      const token: CachedToken = { ...grant, scopes }
      if (grant.refreshToken !== undefined) this.refreshTokens.set(authority, grant.refreshToken)
      const now = this.now()
      const kept = (this.tokens.get(authority) ?? []).filter((t) => t.expiresAt > now && scopeSetKey(t.scopes) !== scopeSetKey(scopes))
      this.tokens.set(authority, [token, ...kept])
      return token
    })()
    this.inFlight.set(key, promise)
    try {
      return await promise
    } finally {
      this.inFlight.delete(key)
    }
  }

  /** Forgets a token the registry refused, so no later request picks it up. */
  discard(authority: string, token: string): void {
    const kept = (this.tokens.get(authority) ?? []).filter((t) => t.token !== token)
    this.tokens.set(authority, kept)
  }
}
