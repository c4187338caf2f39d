import type { Scope } from './scope.js'
import { repositoryScope } from './scope.js'

/**
 * The access a token grants, read from its JWT `access` claim (distribution, https://distribution.github.io/distribution/spec/auth/jwt/), only to
 * explain a refusal ("the token has pull but not push on acme/app"). Nothing is ever decided on it and
 * the signature is not checked; an opaque token gives undefined.
 */
export function grantedScopes(token: string): Scope[] | undefined {
  const parts = token.split('.')
  if (parts.length !== 3 || parts[1] === undefined) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  if (typeof payload !== 'object' || payload === null || !('access' in payload) || !Array.isArray(payload.access)) return undefined
  return payload.access.flatMap((entry: unknown): Scope[] => {
    if (typeof entry !== 'object' || entry === null) return []
    const { type, name, actions } = entry as { type?: unknown; name?: unknown; actions?: unknown }
    if (typeof type !== 'string' || typeof name !== 'string' || !Array.isArray(actions)) return []
    const names = actions.filter((a): a is string => typeof a === 'string')
    return [type === 'repository' ? repositoryScope(name, names) : { type, name, actions: names }]
  })
}
