import type { Credential } from '../api.js'
import { RegistryAuthError, RegistryError } from '../errors.js'
import { parseErrorBody } from '../error-body.js'
import { MAX_SMALL_BODY_BYTES, redactUrl, type HttpResponse, type RequestContext, type Send } from '../transport/index.js'
import { basicAuthorization } from './basic.js'
import { formatScope, type Scope } from './scope.js'

/** A token as the cache keeps it. */
export interface TokenGrant {
  readonly token: string
  /** Epoch ms after which it is not used for a new request. */
  readonly expiresAt: number
  /** An OAuth2 refresh token, when the server gave one: later scope changes use the POST flow. */
  readonly refreshToken?: string
}

/** Tokens live at least this long (`expires_in` default and floor; regclient `minTokenLife`, containers/image). */
export const MIN_TOKEN_LIFE_MS = 60_000
/** A token is renewed this long before it expires, so a request never starts with one about to lapse (docs/registry-protocol.md#token-cache). */
export const TOKEN_EXPIRY_MARGIN_MS = 10_000

/**
 * Reads a token response `{token?, access_token?, expires_in?, issued_at?, refresh_token?}`
 * (https://distribution.github.io/distribution/spec/auth/token/, docs/registry-protocol.md#token-request). `issued_at` is used only when it is
 * neither in the future nor so old that the token would already be expired (clock skew): otherwise
 * the local receive time (regclient `validateResponse`). Returns undefined without a token that can
 * go in a header.
 */
export function parseTokenResponse(text: string, receivedAt: number): TokenGrant | undefined {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof json !== 'object' || json === null) return undefined
  const body = json as Record<string, unknown>
  // Sent as `Authorization: Bearer <token>`: a token with a space or a control character (a CR/LF would
  // add a header of the server's choosing) is no token (RFC 6750's b64token is narrower still: https://www.rfc-editor.org/rfc/rfc6750#section-2.1).
  const token = [body.token, body.access_token].find((value): value is string => typeof value === 'string' && /^[\x21-\x7e]+$/.test(value))
  if (token === undefined) return undefined
  const expiresIn = typeof body.expires_in === 'number' && Number.isFinite(body.expires_in) ? body.expires_in * 1000 : 0
  const life = Math.max(expiresIn, MIN_TOKEN_LIFE_MS)
  const issued = typeof body.issued_at === 'string' ? Date.parse(body.issued_at) : Number.NaN
  const start = Number.isNaN(issued) || issued > receivedAt || issued + life <= receivedAt ? receivedAt : issued
  const refreshToken = typeof body.refresh_token === 'string' && body.refresh_token !== '' ? body.refresh_token : undefined
  return { token, expiresAt: start + life - TOKEN_EXPIRY_MARGIN_MS, ...(refreshToken === undefined ? {} : { refreshToken }) }
}

export interface TokenRequest {
  /** Resolved against the ping URL and checked (scheme, SSRF); its own query is kept (ggcr). */
  readonly realm: URL
  readonly service: string | undefined
  /** In request order (push first). */
  readonly scopes: readonly Scope[]
  readonly credential: Credential | undefined
  /** An identity token or a refresh token from an earlier answer: the OAuth2 POST flow. */
  readonly refreshToken: string | undefined
  readonly clientId: string
  readonly context: RequestContext
  readonly now: () => number
  /** Called with the token and refresh token the moment they are read, before anything else sees them. */
  readonly mask: (secret: string) => void
}

/**
 * Fetches a token. With a refresh token: POST `grant_type=refresh_token` (scope one space-separated
 * field), falling back to GET on 404/405, a server without OAuth2 (ggcr `Refresh`, https://distribution.github.io/distribution/spec/auth/oauth/).
 * Otherwise GET with `scope` repeated, `service` only when the challenge had one (Artifact Registry
 * has none), `account` when a user name is known, and Basic credentials unless anonymous.
 * `offline_token` is never sent (regclient: broken OAuth2 servers, docs/registry-protocol.md#p36).
 */
export async function requestToken(send: Send, input: TokenRequest): Promise<TokenGrant> {
  if (input.refreshToken !== undefined) {
    const response = await send(postRequest(input, input.refreshToken))
    if (response.status !== 404 && response.status !== 405) return readGrant(response, input, 'POST')
    await response.body.dump()
  }
  return readGrant(await send(getRequest(input)), input, 'GET')
}

function getRequest(input: TokenRequest) {
  const url = new URL(input.realm)
  if (input.service !== undefined && input.service !== '') url.searchParams.set('service', input.service)
  for (const scope of input.scopes) url.searchParams.append('scope', formatScope(scope))
  const { username, password, identityToken } = input.credential ?? {}
  if (username) url.searchParams.set('account', username)
  // An identity token on a server without OAuth2 goes as the password (docker's `<token>` user).
  const authorization = basicAuthorization(username || (identityToken ? '<token>' : undefined), identityToken ?? password)
  return {
    method: 'GET' as const,
    url,
    ...(authorization === undefined ? {} : { headers: { authorization } }),
    idempotent: true,
    followRedirects: true,
    context: input.context,
    purpose: 'token' as const,
  }
}

function postRequest(input: TokenRequest, refreshToken: string) {
  const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: input.clientId })
  if (input.service !== undefined && input.service !== '') form.set('service', input.service)
  if (input.scopes.length > 0) form.set('scope', input.scopes.map(formatScope).join(' '))
  const body = Buffer.from(form.toString(), 'utf8')
  return {
    method: 'POST' as const,
    url: new URL(input.realm),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: { length: body.length, open: () => body },
    idempotent: true,
    // A 307/308 would send the refresh token in the body again, to wherever it points.
    followRedirects: false,
    context: input.context,
    purpose: 'token' as const,
  }
}

async function readGrant(response: HttpResponse, input: TokenRequest, method: 'GET' | 'POST'): Promise<TokenGrant> {
  const { context } = input
  const read = await response.body.read(MAX_SMALL_BODY_BYTES)
  const text = read.bytes.toString('utf8')
  const base = {
    registry: context.endpoint.registry,
    repository: context.repository,
    operation: context.operation,
    method,
    url: redactUrl(response.url),
    status: response.status,
    requestId: response.headers.get('x-request-id'),
  }
  if (response.status === 200) {
    const grant = read.truncated ? undefined : parseTokenResponse(text, input.now())
    if (grant !== undefined) {
      input.mask(grant.token)
      if (grant.refreshToken !== undefined) input.mask(grant.refreshToken)
      return grant
    }
    throw new RegistryError({
      ...base,
      problem: 'the token server answered 200 without a token (or with one that cannot be sent in a header: visible ASCII, no spaces)',
      temporary: false,
    })
  }
  const body = parseErrorBody(text, response.headers.get('content-type'))
  const details = { ...base, errors: body.errors, bodySummary: body.summary, problem: `the token server answered ${response.status}` }
  if (response.status === 401 || response.status === 403) {
    throw new RegistryAuthError({ ...details, temporary: false, hint: credentialHint(input) })
  }
  throw new RegistryError({
    ...details,
    ...(response.status === 400
      ? { hint: 'the token server refused the request; a scope naming a repository it does not know does this (google/go-containerregistry#1679)' }
      : {}),
  })
}

function credentialHint(input: TokenRequest): string {
  const { credential } = input
  const registry = input.context.endpoint.registry
  if (credential === undefined || (!credential.username && !credential.identityToken)) {
    return `the token server of ${registry} refused anonymous access; log in to ${registry} (docker login, or the action's username and password inputs)`
  }
  const who = credential.username ? `user "${credential.username}"` : 'the identity token'
  const from = credential.source === undefined ? '' : `, from ${credential.source}`
  return `the token server of ${registry} rejected the credentials (${who}${from}); check that they are current and allowed on ${registry}`
}
