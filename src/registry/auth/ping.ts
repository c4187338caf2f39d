import { RegistryError } from '../errors.js'
import { parseErrorBody } from '../error-body.js'
import { redactUrl, type RequestContext, type Send } from '../transport/index.js'
import { parseChallenges, type Challenge } from './challenge.js'

/** What `GET /v2/` said: no auth needed, or the challenges to answer. */
export type PingResult = { readonly url: URL; readonly challenges: readonly Challenge[] }

/**
 * `GET /v2/` without credentials (docs/registry-protocol.md#ping-and-challenge): 200 means no auth, 401 carries the
 * challenges, which are kept for the host: GCR was seen answering 401 without `WWW-Authenticate` on
 * other requests (https://github.com/containers/image/issues/211, docs/registry-protocol.md#p33). Anything else is an error with the body in it.
 */
export async function ping(send: Send, context: RequestContext): Promise<PingResult> {
  const url = new URL('/v2/', context.endpoint.origin)
  const response = await send({ method: 'GET', url, idempotent: true, followRedirects: true, context })
  if (response.status === 200) {
    await response.body.dump()
    return { url: response.url, challenges: [] }
  }
  if (response.status === 401) {
    await response.body.dump()
    return { url: response.url, challenges: parseChallenges(response.headers.all('www-authenticate')) }
  }
  const body = parseErrorBody(await response.body.text(), response.headers.get('content-type'))
  throw new RegistryError({
    registry: context.endpoint.registry,
    repository: context.repository,
    operation: context.operation,
    method: 'GET',
    url: redactUrl(response.url),
    status: response.status,
    problem: `the API check GET /v2/ answered ${response.status}`,
    errors: body.errors,
    bodySummary: body.summary,
    requestId: response.headers.get('x-request-id'),
    hint: response.status === 404 ? `${context.endpoint.origin} does not serve the registry API at /v2/; check the registry name` : undefined,
  })
}
