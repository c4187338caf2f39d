import type { AuthNote } from './auth/host-auth.js'
import { parseErrorBody } from './error-body.js'
import { RegistryAuthError, RegistryError } from './errors.js'
import { hintFor } from './hints.js'
import { redactUrl, type HttpMethod, type HttpResponse, type RequestContext } from './transport/index.js'

export interface FailureInput {
  readonly context: RequestContext
  readonly method: HttpMethod
  readonly response: HttpResponse
  readonly auth: AuthNote | undefined
  readonly access: 'pull' | 'push'
  /** The error body, when it came from elsewhere (a HEAD failure repeated as GET, docs/registry-protocol.md#error-bodies). */
  readonly body?: { readonly text: string; readonly contentType: string | undefined }
}

/**
 * A registry's refusal as a typed error: the method, the redacted URL, the status, the codes and
 * messages of the body in whatever shape it came, the `X-Request-Id`, and a hint. 401 and 403 are
 * `RegistryAuthError`.
 */
export async function registryFailure(input: FailureInput): Promise<RegistryError> {
  const { context, response } = input
  const body = input.body ?? { text: await response.body.text(), contentType: response.headers.get('content-type') }
  const parsed = parseErrorBody(body.text, body.contentType)
  const init = {
    registry: context.endpoint.registry,
    repository: context.repository,
    operation: context.operation,
    method: input.method,
    url: redactUrl(response.url),
    status: response.status,
    errors: parsed.errors,
    bodySummary: parsed.summary,
    requestId: response.headers.get('x-request-id') ?? response.headers.get('x-amzn-requestid'),
    hint: hintFor({
      registry: context.endpoint.registry,
      repository: context.repository,
      status: response.status,
      errors: parsed.errors,
      access: input.access,
      auth: input.auth,
    }),
  }
  return response.status === 401 || response.status === 403 ? new RegistryAuthError(init) : new RegistryError(init)
}
