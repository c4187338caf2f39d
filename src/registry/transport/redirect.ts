import { RegistryError } from '../errors.js'
import { redactUrl } from './redact.js'
import type { HttpRequest, HttpResponse, Send } from './types.js'
import { resolveServerUrl } from './url-guard.js'

/** At most this many hops, as browsers and Go's http.Client (docs/registry-protocol.md#transport). */
const MAX_REDIRECTS = 10

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308])

/**
 * Credential-bearing headers: never sent to another origin. undici strips only `authorization`,
 * `cookie`, `proxy-authorization` and `host`, so custom auth headers leak (https://github.com/nodejs/undici/issues/4917); the
 * spec says a client MUST NOT forward `Authorization` across host boundaries, and presigned S3 URLs
 * reject a request that has one (docs/registry-protocol.md#p17).
 */
function isCredentialHeader(name: string): boolean {
  return /^(authorization|proxy-authorization|cookie)$|auth|token|secret|api-?key|credential/i.test(name)
}

/**
 * Follows redirects itself, up to 10 hops: GET and HEAD on 301/302/303/307/308; other methods only on
 * 307/308 (which keep method and body), and only because every body here is a factory that can be
 * opened again. A request with `followRedirects: false` (HEAD existence checks: a 3xx means present)
 * gets the 3xx back. Every `Location` passes the scheme pin and SSRF guard; a cross-origin hop drops
 * credential headers for the rest of the chain.
 */
export function followRedirects(send: Send): Send {
  return async (first: HttpRequest): Promise<HttpResponse> => {
    let request = first
    for (let hop = 0; ; hop++) {
      const response = await send(request)
      const location = response.headers.get('location')
      if (!request.followRedirects || !REDIRECT_STATUSES.has(response.status) || location === undefined) return response
      const keepsMethod = response.status === 307 || response.status === 308
      if (request.method !== 'GET' && request.method !== 'HEAD' && !keepsMethod) return response
      await response.body.dump()
      if (hop + 1 > MAX_REDIRECTS) {
        throw new RegistryError({
          registry: first.context.endpoint.registry,
          repository: first.context.repository,
          operation: first.context.operation,
          method: first.method,
          url: redactUrl(first.url),
          problem: `more than ${MAX_REDIRECTS} redirects`,
          temporary: false,
          hint: 'the registry or a proxy in front of it redirects in a loop; check its external URL',
        })
      }
      const next = resolveServerUrl(location, request.url, request.context, 'redirect')
      const headers =
        next.origin === request.url.origin
          ? request.headers
          : Object.fromEntries(Object.entries(request.headers ?? {}).filter(([name]) => !isCredentialHeader(name)))
      request = { ...request, url: next, ...(headers === undefined ? {} : { headers }) }
    }
  }
}
