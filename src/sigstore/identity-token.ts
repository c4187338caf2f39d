import { rememberSecret } from '../errors.js'
import { IdentityTokenError } from './signing-errors.js'

/** Where a keyless signature's OIDC identity token comes from; the token is fetched when signing. */
export interface IdentityTokenSource {
  /** For messages: "the GitHub Actions OIDC token (audience sigstore)" or "SIGSTORE_ID_TOKEN". */
  readonly text: string
  getToken(): Promise<string>
}

export interface IdentityTokenOptions {
  /** Fulcio's audience: `sigstore` for the public-good instance and GitHub's (cosign's default). */
  readonly audience?: string
  /** Deadline of the token request, in ms. */
  readonly timeoutMs: number
}

/** A JWT is a few KiB; an answer past this is not a token. */
const MAX_TOKEN_ANSWER_BYTES = 64 * 1024

const NO_TOKEN_HINT =
  'give the job "permissions: id-token: write" (GitHub Actions makes ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN available then), ' +
  'or set SIGSTORE_ID_TOKEN to an OIDC token for audience sigstore, or sign with a key (input record-key)'

/**
 * The identity token for Fulcio, from the environment passed in (never `process.env` here):
 * SIGSTORE_ID_TOKEN when set (cosign's variable, https://github.com/sigstore/cosign/tree/main/pkg/providers/envvar),
 * else GitHub Actions' token service (ACTIONS_ID_TOKEN_REQUEST_URL + `audience`, bearer
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN: https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect).
 * @sigstore/sign's CIContextProvider does the same from process.env, but without a deadline, and
 * its failure says only "CI: no tokens available". Every token is remembered as a secret at once.
 */
export function identityTokenSource(env: Readonly<Record<string, string | undefined>>, options: IdentityTokenOptions): IdentityTokenSource {
  const audience = options.audience ?? 'sigstore'
  const given = env.SIGSTORE_ID_TOKEN?.trim()
  if (given) {
    rememberSecret(given)
    return { text: 'SIGSTORE_ID_TOKEN', getToken: async () => checkedToken(given, 'SIGSTORE_ID_TOKEN') }
  }
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL?.trim()
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN?.trim()
  if (requestToken) rememberSecret(requestToken)
  if (!url || !requestToken) {
    const missing =
      !url && !requestToken
        ? 'neither SIGSTORE_ID_TOKEN nor ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN is set'
        : `${url ? 'ACTIONS_ID_TOKEN_REQUEST_TOKEN' : 'ACTIONS_ID_TOKEN_REQUEST_URL'} is not set`
    throw new IdentityTokenError(missing, NO_TOKEN_HINT)
  }
  let endpoint: URL
  try {
    endpoint = new URL(url)
  } catch {
    throw new IdentityTokenError('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL', NO_TOKEN_HINT)
  }
  endpoint.searchParams.set('audience', audience)
  const text = `the GitHub Actions OIDC token (audience ${audience})`
  return { text, getToken: () => requestGitHubToken(endpoint, requestToken, options.timeoutMs) }
}

async function requestGitHubToken(endpoint: URL, requestToken: string, timeoutMs: number): Promise<string> {
  const where = `GitHub Actions' token service (${endpoint.origin})`
  let answer: Response
  let body: string
  try {
    answer = await fetch(endpoint, {
      headers: { accept: 'application/json', authorization: `Bearer ${requestToken}` },
      signal: AbortSignal.timeout(timeoutMs),
    })
    body = await boundedText(answer)
  } catch (error) {
    if (error instanceof IdentityTokenError) throw error
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
    throw new IdentityTokenError(
      timedOut ? `${where} did not answer within ${timeoutMs} ms` : `${where} could not be reached`,
      'retry the job; if it keeps failing, check GitHub status, or sign with a key (input record-key)',
    )
  }
  if (answer.status !== 200) {
    throw new IdentityTokenError(`${where} answered ${answer.status}`, answer.status === 401 || answer.status === 403 ? NO_TOKEN_HINT : 'retry the job')
  }
  let value: unknown
  try {
    value = (JSON.parse(body) as { value?: unknown }).value
  } catch {
    throw new IdentityTokenError(`${where} answered something that is not JSON`, 'retry the job')
  }
  if (typeof value !== 'string') throw new IdentityTokenError(`${where} answered without a "value" token`, 'retry the job')
  rememberSecret(value)
  return checkedToken(value, where)
}

/** The answer's body, read until MAX_TOKEN_ANSWER_BYTES at most (chunked answers included). */
async function boundedText(answer: Response): Promise<string> {
  const chunks: Uint8Array[] = []
  let length = 0
  const reader = answer.body?.getReader()
  for (;;) {
    const next = await reader?.read()
    if (next === undefined || next.done) break
    length += next.value.length
    if (length > MAX_TOKEN_ANSWER_BYTES) {
      await reader!.cancel()
      throw new IdentityTokenError(`the token service answered more than ${MAX_TOKEN_ANSWER_BYTES} bytes, more than a token`, 'retry the job')
    }
    chunks.push(next.value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** A JWT: three base64url parts, the middle one a JSON object with `sub` or `email` (what Fulcio binds). */
function checkedToken(token: string, where: string): string {
  const parts = token.split('.')
  let claims: unknown
  try {
    claims = parts.length === 3 ? JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) : undefined
  } catch {
    claims = undefined
  }
  if (typeof claims !== 'object' || claims === null) throw new IdentityTokenError(`the token from ${where} is not a JWT`, NO_TOKEN_HINT)
  const { sub, email } = claims as { sub?: unknown; email?: unknown }
  if (typeof sub !== 'string' && typeof email !== 'string')
    throw new IdentityTokenError(`the token from ${where} has no "sub" or "email" claim for Fulcio to certify`, NO_TOKEN_HINT)
  return token
}
