import { coversScopes, mergeScopes, scopeSetKey, type Scope } from './scope.js'
import type { TokenGrant } from './token.js'

/** A cached token and the scopes it was requested for. */
export interface CachedToken extends TokenGrant {
  readonly scopes: readonly Scope[]
  /** It was asked for announced scopes too (token-scopes.ts): a refusal may be theirs, not the request's. */
  readonly announced: boolean
}

/** A token request under way. */
export interface Fetch {
  readonly scopes: readonly Scope[]
  readonly announced: boolean
  readonly promise: Promise<CachedToken>
}

/**
 * Tokens keyed by (realm, service, credential identity, sorted scope set) (docs/registry-protocol.md#token-cache).
 * The first three form the "authority"; within one, any unexpired token whose scopes cover a request
 * serves it, so N blob HEADs in one repository share one token. A fetch under way serves every
 * request its scopes cover, so requests that start together share one token request. Each authority
 * also remembers every scope it was asked for and the last refresh token it got: a new token asks
 * for the union, so moving between repositories of one registry does not trade one token for another
 * (regclient keeps one growing scope list per host). Announcing (scopes asked before they are needed)
 * stops for the authority at its first refusal, and the tokens it got are forgotten.
 */
export class TokenCache {
  private readonly tokens = new Map<string, CachedToken[]>()
  private readonly inFlight = new Map<string, Map<string, Fetch>>()
  private readonly asked = new Map<string, Scope[]>()
  private readonly refreshTokens = new Map<string, string>()
  private readonly notAnnouncing = new Set<string>()

  constructor(private readonly now: () => number) {}

  /** An unexpired token covering `needed`. */
  find(authority: string, needed: readonly Scope[]): CachedToken | undefined {
    return this.live(authority).find((token) => coversScopes(token.scopes, needed))
  }

  /** A token request under way whose scopes cover `needed` (not one with announced scopes once announcing stopped). */
  pending(authority: string, needed: readonly Scope[]): Fetch | undefined {
    for (const fetch of this.inFlight.get(authority)?.values() ?? []) if (this.usable(authority, fetch) && coversScopes(fetch.scopes, needed)) return fetch
    return undefined
  }

  /**
   * Whether an unexpired token, or one under way, covers a scope: an index of them as they are now,
   * so that asking for each of a run's n announced scopes costs n lookups, not n passes over every
   * token (a run of thousands of repositories holds a token per batch of them).
   */
  coverage(authority: string): (scope: Scope) => boolean {
    const granted = new Map<string, (readonly string[])[]>()
    const add = (scopes: readonly Scope[]) => {
      for (const scope of scopes) {
        const key = `${scope.type}:${scope.name}`
        const list = granted.get(key)
        if (list === undefined) granted.set(key, [scope.actions])
        else list.push(scope.actions)
      }
    }
    for (const token of this.live(authority)) add(token.scopes)
    for (const fetch of this.inFlight.get(authority)?.values() ?? []) if (this.usable(authority, fetch)) add(fetch.scopes)
    return (scope) =>
      (granted.get(`${scope.type}:${scope.name}`) ?? []).some((actions) => actions.includes('*') || scope.actions.every((action) => actions.includes(action)))
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

  announcing(authority: string): boolean {
    return !this.notAnnouncing.has(authority)
  }

  /** After a refusal of announced scopes: none again for this authority, and no token that had them is used. */
  stopAnnouncing(authority: string): void {
    this.notAnnouncing.add(authority)
    this.tokens.set(
      authority,
      (this.tokens.get(authority) ?? []).filter((token) => !token.announced),
    )
  }

  /** Fetches (once for concurrent callers) and stores a token for exactly `scopes`. */
  fetch(authority: string, scopes: readonly Scope[], fetcher: () => Promise<TokenGrant>, announced = false): Fetch {
    const key = scopeSetKey(scopes)
    const fetches = this.inFlight.get(authority) ?? new Map<string, Fetch>()
    this.inFlight.set(authority, fetches)
    const pending = fetches.get(key)
    if (pending !== undefined && this.usable(authority, pending)) return pending
    const promise = (async () => {
      const grant = await fetcher()
      const token: CachedToken = { ...grant, scopes, announced }
      if (grant.refreshToken !== undefined) this.refreshTokens.set(authority, grant.refreshToken)
      // A token asked with announced scopes after announcing stopped (a refusal meanwhile) is not kept.
      if (announced && !this.announcing(authority)) return token
      const kept = this.live(authority).filter((t) => scopeSetKey(t.scopes) !== key)
      this.tokens.set(authority, [token, ...kept])
      return token
    })()
    const fetch: Fetch = { scopes, announced, promise }
    fetches.set(key, fetch)
    const done = () => {
      if (fetches.get(key) === fetch) fetches.delete(key)
    }
    promise.then(done, done)
    return fetch
  }

  /** Forgets a token the registry refused, so no later request picks it up. */
  discard(authority: string, token: string): void {
    const kept = (this.tokens.get(authority) ?? []).filter((t) => t.token !== token)
    this.tokens.set(authority, kept)
  }

  private usable(authority: string, fetch: Fetch): boolean {
    return !fetch.announced || this.announcing(authority)
  }

  private live(authority: string): CachedToken[] {
    const now = this.now()
    return (this.tokens.get(authority) ?? []).filter((token) => token.expiresAt > now)
  }
}
