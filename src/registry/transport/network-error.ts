import { RegistryUnreachableError } from '../errors.js'
import { redactUrl } from './redact.js'
import type { HttpRequest } from './types.js'

/** TLS failures do not go away on a retry; the user has to trust a CA or mark the registry insecure. */
const TLS_CODE = /^(CERT_|ERR_SSL_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH|ERR_TLS_CERT_ALTNAME_INVALID)/

/** The code of a system or undici error; connection errors can be an AggregateError (one per address tried). */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const record = error as { code?: unknown; errors?: unknown; cause?: unknown }
  if (typeof record.code === 'string') return record.code
  if (Array.isArray(record.errors)) return errorCode(record.errors[0])
  return record.cause === undefined ? undefined : errorCode(record.cause)
}

/** A request that got no HTTP answer, as a typed error naming the registry and saying what to check. */
export function unreachableError(request: HttpRequest, error: unknown): RegistryUnreachableError {
  const { endpoint } = request.context
  const code = errorCode(error)
  const message = error instanceof Error && error.message !== '' ? error.message : String(error)
  const host = request.url.host
  let hint: string
  let temporary = true
  if (code !== undefined && TLS_CODE.test(code)) {
    temporary = false
    hint = `the TLS connection to ${host} failed (${code}); trust its CA with NODE_EXTRA_CA_CERTS, or, for a registry without TLS, list ${endpoint.registry} as an insecure registry`
  } else if (code === 'ENOTFOUND') {
    temporary = false
    hint = `there is no DNS entry for ${host}; check the registry name in the image reference`
  } else if (code === 'ECONNREFUSED') {
    hint = `nothing accepts connections at ${host}; check the host and port, and that the registry is running`
  } else {
    hint = `check the network path to ${host} and the proxy settings (HTTPS_PROXY, NO_PROXY); the request was retried`
  }
  return new RegistryUnreachableError({
    registry: endpoint.registry,
    repository: request.context.repository,
    operation: request.context.operation,
    method: request.method,
    url: redactUrl(request.url),
    code,
    reason: code === undefined || message.includes(code) ? message : `${code} ${message}`,
    temporary,
    hint,
    cause: error,
  })
}
