/**
 * Token scopes (https://distribution.github.io/distribution/spec/auth/scope/, docs/registry-protocol.md#token-scopes):
 * `scope := resourcescope *(" " resourcescope)`, `resourcescope := type ":" name ":" actions`.
 */

export interface Scope {
  /** `repository` or `registry`; the deprecated `repository(plugin)` reads as `repository`. */
  readonly type: string
  /** e.g. `acme/app`, `localhost:5000/foo/bar`, `catalog`. */
  readonly name: string
  /** In canonical order: pull, push, delete, then the rest. */
  readonly actions: readonly string[]
}

const ACTION_ORDER = ['pull', 'push', 'delete']

function sortActions(actions: Iterable<string>): string[] {
  const rank = (action: string) => (ACTION_ORDER.includes(action) ? ACTION_ORDER.indexOf(action) : ACTION_ORDER.length)
  return [...new Set(actions)].filter((a) => a !== '').sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

/**
 * One resource scope. The name may itself contain colons (`localhost:5000/foo/bar`), so it is split
 * at the first and the last colon, never into "the first three parts".
 */
export function parseScope(text: string): Scope | undefined {
  const first = text.indexOf(':')
  const last = text.lastIndexOf(':')
  if (first <= 0 || last === first || last === text.length - 1) return undefined
  const type = text.slice(0, first)
  return {
    type: type === 'repository(plugin)' ? 'repository' : type,
    name: text.slice(first + 1, last),
    actions: sortActions(text.slice(last + 1).split(',')),
  }
}

/** A space-separated scope list, as in a challenge's `scope` parameter; unreadable parts are dropped. */
export function parseScopes(text: string): Scope[] {
  return text
    .split(/\s+/)
    .map(parseScope)
    .filter((scope): scope is Scope => scope !== undefined)
}

export function formatScope(scope: Scope): string {
  return `${scope.type}:${scope.name}:${scope.actions.join(',')}`
}

export function repositoryScope(name: string, actions: readonly string[]): Scope {
  return { type: 'repository', name, actions: sortActions(actions) }
}

/**
 * Merges scope lists: one entry per resource with the union of its actions (regclient
 * `tryExtendExistingScope`), in order of first appearance.
 */
export function mergeScopes(...lists: readonly (readonly Scope[])[]): Scope[] {
  const merged = new Map<string, Scope>()
  for (const scope of lists.flat()) {
    const key = `${scope.type}:${scope.name}`
    const existing = merged.get(key)
    merged.set(
      key,
      existing === undefined
        ? { ...scope, actions: sortActions(scope.actions) }
        : { ...existing, actions: sortActions([...existing.actions, ...scope.actions]) },
    )
  }
  return [...merged.values()]
}

/** True when `granted` includes every action of every scope in `needed` (`*` grants everything). */
export function coversScopes(granted: readonly Scope[], needed: readonly Scope[]): boolean {
  return needed.every((need) => {
    const have = granted.find((g) => g.type === need.type && g.name === need.name)
    return have !== undefined && (have.actions.includes('*') || need.actions.every((action) => have.actions.includes(action)))
  })
}

/** The actions of `needed` that `granted` lacks, per resource. */
export function missingScopes(granted: readonly Scope[], needed: readonly Scope[]): Scope[] {
  return needed.flatMap((need) => {
    const have = granted.find((g) => g.type === need.type && g.name === need.name)
    if (have?.actions.includes('*')) return []
    const missing = need.actions.filter((action) => !(have?.actions.includes(action) ?? false))
    return missing.length === 0 ? [] : [{ ...need, actions: missing }]
  })
}

/**
 * The order scopes are sent to a token server in: scopes with `push` first, since "a few registries
 * just look at the first scope" (ggcr `scopesForUploadingImage`, docs/registry-protocol.md#p37).
 */
export function requestOrder(scopes: readonly Scope[]): Scope[] {
  return [...scopes].sort((a, b) => Number(b.actions.includes('push')) - Number(a.actions.includes('push')))
}

/** Order-independent identity of a scope set, for cache keys. */
export function scopeSetKey(scopes: readonly Scope[]): string {
  return mergeScopes(scopes).map(formatScope).sort().join(' ')
}
