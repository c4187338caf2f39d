import { RegistryError } from '../errors.js'
import { isLoopbackHostname, redactUrl, resolveServerUrl, type RequestContext } from '../transport/index.js'

/**
 * The URL of a Bearer challenge's realm, where the credentials go. Besides the checks every URL from
 * a server passes (scheme pin, SSRF guard: url-guard.ts), a plain-HTTP realm is accepted only on a
 * loopback host (127.0.0.0/8, ::1, localhost): a loopback registry otherwise sends the user's
 * password in clear to any host it names (issue 12; ggcr `bearer.go` refuses an http realm unless
 * the registry itself is insecure, which is too wide for a registry on loopback).
 */
export function tokenRealmUrl(raw: string, base: URL, context: RequestContext): URL {
  const realm = resolveServerUrl(raw, base, context, 'token realm')
  if (realm.protocol === 'http:' && !isLoopbackHostname(realm.hostname)) {
    throw new RegistryError({
      registry: context.endpoint.registry,
      repository: context.repository,
      operation: context.operation,
      url: redactUrl(realm),
      problem: `the token realm is plain HTTP on ${realm.hostname}, which is not a loopback address; no credentials were sent`,
      temporary: false,
      hint: 'a token server reached over plain HTTP must run on the same machine (127.0.0.1, ::1, localhost); serve it over HTTPS, or fix the realm in the registry configuration (auth.token.realm)',
    })
  }
  return realm
}
