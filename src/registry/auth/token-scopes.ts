import { coversScopes, formatScope, mergeScopes, type Scope } from './scope.js'

/**
 * The most scope text one token request carries, as `scope=…&scope=…` percent-encoded in a GET's
 * query (the POST form's `scope` field is shorter). Two limits meet here. The request line: nginx,
 * Apache (LimitRequestLine 8190) and CloudFront refuse URLs past about 8 KiB, and RFC 9110 asks
 * only for 8,000 octets (https://www.rfc-editor.org/rfc/rfc9110#section-4.1). Tighter, the token: it
 * lists what it grants (a JWT `access` claim, about 1.6 times the query's bytes once in base64) and
 * goes back in every request's `Authorization` header, which nginx (the front of Harbor and GitLab)
 * refuses past 8 KiB per line; a signing certificate chain in its header (`x5c`) can add 3–4 KB. At
 * 2 KiB the URL stays near 2.5 KB and the token under about 8 KiB even with a chain: some 40 scopes
 * like `repository:acme/service-name:pull,push` (docs/registry-protocol.md#token-cache).
 */
export const MAX_TOKEN_SCOPE_BYTES = 2048

/** The bytes `scopes` take in a token request's query. */
export function scopeQueryBytes(scopes: readonly Scope[]): number {
  return new URLSearchParams(scopes.map((scope): [string, string] => ['scope', formatScope(scope)])).toString().length
}

export interface ScopeBatchInput {
  /** What the request at hand needs: always asked for, whatever its size. */
  readonly needed: readonly Scope[]
  /** Everything this authority was asked for so far (`needed` among them). */
  readonly asked: readonly Scope[]
  /** What the run announced it will need at this registry, not yet asked for (empty when not announcing). */
  readonly announced: readonly Scope[]
  /** Whether a live token of the authority already covers a scope. */
  readonly covered: (scope: Scope) => boolean
  readonly budget?: number
}

export interface ScopeBatch {
  readonly scopes: Scope[]
  /** The batch asks for more than was ever needed: announced scopes, which may be refused (token-cache.ts). */
  readonly announced: boolean
}

/**
 * The scopes of one token request. Within the budget: everything asked for so far and everything
 * announced, so one token serves the whole run (regclient keeps one growing scope list per host).
 * Past it, each while it fits: `needed`; the scopes no live token covers, so n announced
 * repositories cost about n / batch tokens, never one each; the pull-only ones a live token covers,
 * since a mount needs its source's pull in the same token as the target's push
 * (docs/registry-protocol.md#p11) and the sources of a run are pull-only and few; then the rest.
 */
export function scopeBatch(input: ScopeBatchInput): ScopeBatch {
  const budget = input.budget ?? MAX_TOKEN_SCOPE_BYTES
  const needed = mergeScopes(input.needed)
  const plain = mergeScopes(needed, input.asked)
  const all = mergeScopes(plain, input.announced)
  const batch = scopeQueryBytes(all) <= budget ? all : fill(needed, all, input.covered, budget)
  return { scopes: batch, announced: !coversScopes(plain, batch) }
}

function fill(needed: readonly Scope[], all: readonly Scope[], covered: (scope: Scope) => boolean, budget: number): Scope[] {
  const rest = all.slice(needed.length)
  // mergeScopes keeps first appearance: `all` starts with `needed`, each widened by later lists.
  const batch = all.slice(0, needed.length)
  let bytes = scopeQueryBytes(batch)
  const readOnly = (scope: Scope) => scope.actions.length === 1 && scope.actions[0] === 'pull'
  const isCovered = new Set(rest.filter((s) => covered(s)))
  const order = [
    ...rest.filter((s) => !isCovered.has(s)),
    ...rest.filter((s) => isCovered.has(s) && readOnly(s)),
    ...rest.filter((s) => isCovered.has(s) && !readOnly(s)),
  ]
  for (const scope of order) {
    // `&scope=` + the encoded scope: the same count as scopeQueryBytes, one scope at a time.
    const more = scopeQueryBytes([scope]) + (batch.length > 0 ? 1 : 0)
    if (bytes + more > budget) continue
    batch.push(scope)
    bytes += more
  }
  return batch
}
