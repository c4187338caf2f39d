import { ShiptagError } from '../errors.js'
import type { SigningMethod } from './sign-statement.js'
import { IdentityTokenError, SigningServiceError } from './signing-errors.js'

/** A server's message is quoted up to this many characters: enough to act on, never a page of HTML. */
const MAX_QUOTED = 300

/**
 * What @sigstore/sign threw, said as a typed error naming the service, the URL and what to do. The
 * library's own message is never passed on whole: a token that does not parse is quoted in it
 * (IDENTITY_TOKEN_PARSE_ERROR), and a ShiptagError scrubs remembered secrets from what it quotes.
 */
export function signingFailure(error: unknown, method: SigningMethod, timeoutMs: number): ShiptagError {
  if (error instanceof ShiptagError) return error
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : ''
  const cause = (error as { cause?: unknown })?.cause
  if (cause instanceof ShiptagError) return cause
  if (code === 'IDENTITY_TOKEN_PARSE_ERROR' || code === 'IDENTITY_TOKEN_READ_ERROR') {
    return new IdentityTokenError(
      code === 'IDENTITY_TOKEN_PARSE_ERROR'
        ? 'the identity token has no subject Fulcio can certify (a "sub" claim, or an "email" with "email_verified")'
        : 'the identity token could not be read',
      'give the job "permissions: id-token: write", or set SIGSTORE_ID_TOKEN to an OIDC token for audience sigstore',
    )
  }
  const service = serviceOf(code, method)
  const detail = causeText(cause ?? error, timeoutMs)
  return new SigningServiceError(service.name, detail, service.hint(cause ?? error))
}

function serviceOf(code: string, method: SigningMethod): { name: string; hint: (cause: unknown) => string } {
  if (code.startsWith('CA_') && method.kind === 'keyless') {
    return {
      name: `Fulcio (${method.fulcio})`,
      hint: (cause) =>
        [400, 401, 403].includes(statusOf(cause))
          ? `Fulcio refused the identity (${method.identityToken.text}): check that the token is for audience sigstore and comes from an issuer this Fulcio trusts, or sign with a key (input record-key)`
          : 'retry; check the Fulcio URL of the policy (sigstore.fulcio) and that the runner reaches it',
    }
  }
  if (code.startsWith('TLOG_')) {
    return {
      name: `Rekor (${method.rekor ?? 'no URL'})`,
      hint: () => 'retry; check the Rekor URL of the policy (sigstore.rekor) and that the runner reaches it',
    }
  }
  if (code.startsWith('TSA_')) {
    return {
      name: `the timestamp authority (${method.timestampAuthority ?? 'no URL'})`,
      hint: () => 'retry; check the timestamp authority URL of the policy (sigstore.timestampAuthority) and that the runner reaches it',
    }
  }
  return { name: 'Sigstore', hint: () => 'retry; check the Sigstore URLs of the policy (sigstore:) and that the runner reaches them' }
}

function statusOf(cause: unknown): number {
  const status = (cause as { statusCode?: unknown })?.statusCode
  return typeof status === 'number' ? status : 0
}

/** "answered 400: <its message>", "did not answer within 30000 ms", "could not be reached (ECONNREFUSED)". */
function causeText(cause: unknown, timeoutMs: number): string {
  const status = statusOf(cause)
  const message = cause instanceof Error ? cause.message : String(cause)
  // @sigstore/sign's HTTPError reads "(404) Not Found": the status is said once.
  if (status > 0) return `answered ${status}: ${quoted(message.replace(/^\(\d{3}\)\s*/, ''))}`
  const type = (cause as { type?: unknown; code?: unknown })?.type ?? (cause as { code?: unknown })?.code
  if (type === 'request-timeout' || type === 'body-timeout' || /timeout/i.test(message)) return `did not answer within ${timeoutMs} ms`
  if (typeof type === 'string' && /^E[A-Z]+$/.test(type)) return `could not be reached (${type})`
  return quoted(message)
}

function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED)}…` : line
}
