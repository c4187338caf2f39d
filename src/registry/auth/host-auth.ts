import { createHash } from 'node:crypto'
import type { Credential } from '../api.js'
import type { Endpoint, HttpRequest, HttpResponse, RequestContext, Send } from '../transport/index.js'
import { basicAuthorization, credentialKind, type CredentialKind } from './basic.js'
import { parseChallenges, pickChallenge, type Challenge } from './challenge.js'
import { grantedScopes } from './granted.js'
import { ping, type PingResult } from './ping.js'
import { tokenRealmUrl } from './realm.js'
import { mergeScopes, parseScopes, scopeSetKey, type Scope } from './scope.js'
import { requestToken } from './token.js'
import { bearerToken } from './bearer-token.js'
import type { TokenCache } from './token-cache.js'

/** How a request was authorized, for explaining a refusal. Never holds a secret. */
export interface AuthNote {
  readonly scheme: 'none' | 'basic' | 'bearer' | 'registry-token'
  readonly credentialKind: CredentialKind
  readonly username: string | undefined
  readonly credentialSource: string | undefined
  /** The scopes this request needed. */
  readonly needed: readonly Scope[]
  /** The scopes of the token used (bearer). */
  readonly requested: readonly Scope[]
  /** The token's `access` claim, when it is a readable JWT. */
  readonly granted: readonly Scope[] | undefined
  /** The challenge of a final 401, if any (`error="insufficient_scope"`, `scope=`). */
  readonly challenge: Challenge | undefined
  /** The request was sent a second time after a new challenge or a new token. */
  readonly reauthenticated: boolean
}

export interface AuthorizedResponse {
  readonly response: HttpResponse
  readonly auth: AuthNote
}

export interface HostAuthOptions {
  readonly endpoint: Endpoint
  /** The transport, without authentication. */
  readonly send: Send
  readonly credential: () => Promise<Credential | undefined>
  readonly tokens: TokenCache
  readonly now: () => number
  readonly clientId: string
  /** Every token received is handed here at once (`::add-mask::` in the action, src/action/mask.ts). */
  readonly mask: (secret: string) => void
}

interface Plan {
  readonly scheme: AuthNote['scheme']
  readonly authorization?: string
  readonly challenge?: Challenge
  readonly scopes: readonly Scope[]
  /** A token fetched for this very request: fetching again with the same scopes cannot help. */
  readonly fresh: boolean
  /** The token was asked with announced scopes too (token-scopes.ts). */
  readonly announced?: boolean
  readonly authority?: string
  readonly token?: string
}

/**
 * Authentication for one registry host (docs/registry-protocol.md#ping-and-challenge): ping once (concurrent callers
 * share it), then Bearer with a realm, else Basic sent preemptively, or a registry token as-is.
 * Authorization goes only to the registry's own origin. A 401 is answered once: a new challenge is
 * learned or its scopes added and a new token fetched, and the request is sent again; when nothing
 * would change (same scopes, a token fetched for this request) the 401 is returned for the caller to
 * report (regclient `ErrNoNewChallenge`).
 */
export class HostAuth {
  private pinged: Promise<PingResult> | undefined
  /** `pinged` was started by `warmUp`, under no request's name. */
  private pingedInBackground = false
  /** A challenge learned from a 401 when the ping needed no auth (registries that allow anonymous `/v2/`). */
  private learned: Challenge | undefined
  /** What the run said it will need here (`RegistryClient.announce`): asked for with the first token. */
  private announced: Scope[] = []

  constructor(private readonly options: HostAuthOptions) {}

  /** Adds to the scopes asked for with the next new token (docs/registry-protocol.md#token-cache). */
  announce(scopes: readonly Scope[]): void {
    this.announced = mergeScopes(this.announced, scopes)
  }

  async send(request: HttpRequest, needed: readonly Scope[]): Promise<AuthorizedResponse> {
    const [pingResult, credential] = await Promise.all([this.ping(request.context), this.options.credential()])
    let challenge = this.learned ?? pickChallenge(pingResult.challenges)
    let plan = await this.plan(challenge, credential, needed, request.context, pingResult.url, false)
    let response = await this.options.send(this.authorize(request, plan))
    const ours = () => response.url.origin === this.options.endpoint.origin
    let reauthenticated = false
    if (plan.announced && plan.authority !== undefined && ours() && (response.status === 401 || response.status === 403)) {
      // The token was asked with announced scopes, and the server may have granted less than the request
      // needs because of them: announcing stops for this authority, and a token for what was really
      // asked for answers once more (token-cache.ts). A refusal that stands is then reported as ever.
      this.options.tokens.stopAnnouncing(plan.authority)
      const asked = response.status === 401 ? challengeScopes(response) : []
      await response.body.dump()
      plan = await this.plan(challenge, credential, mergeScopes(needed, asked), request.context, response.url, false)
      response = await this.options.send(this.authorize(request, plan))
      reauthenticated = true
    }
    if (response.status !== 401 || !ours()) return { response, auth: this.note(plan, credential, needed, undefined, reauthenticated) }

    const answered = pickChallenge(parseChallenges(response.headers.all('www-authenticate')))
    let retry: Plan | undefined
    if (plan.scheme === 'none' && answered !== undefined) {
      // The ping needed no auth, this request does: learn its challenge.
      challenge = answered
      this.learned = answered
      retry = await this.plan(challenge, credential, needed, request.context, response.url, false)
      if (retry.scheme === 'none') retry = undefined
    } else if (plan.scheme === 'bearer') {
      const asked = answered?.scheme === 'bearer' ? parseScopes(answered.params.scope ?? '') : []
      const wanted = mergeScopes(needed, plan.scopes, asked)
      if (!plan.fresh || scopeSetKey(wanted) !== scopeSetKey(plan.scopes)) {
        if (plan.authority !== undefined && plan.token !== undefined) this.options.tokens.discard(plan.authority, plan.token)
        const next = answered?.scheme === 'bearer' && answered.params.realm ? answered : challenge
        retry = await this.plan(next, credential, wanted, request.context, response.url, true)
      }
    }
    if (retry === undefined) return { response, auth: this.note(plan, credential, needed, answered, reauthenticated) }
    await response.body.dump()
    plan = retry
    response = await this.options.send(this.authorize(request, plan))
    const final = response.status === 401 ? pickChallenge(parseChallenges(response.headers.all('www-authenticate'))) : undefined
    return { response, auth: this.note(plan, credential, needed, final, true) }
  }

  /**
   * Starts the ping and the credential lookup now, in the background, so that the first request to
   * this registry finds them done (the caller has other work first, such as resolving a source on
   * another registry). Nothing is reported from here: a request that finds the background ping
   * failed pings again under its own name, and a failed credential lookup is tried again.
   */
  warmUp(): void {
    if (this.pinged !== undefined) return
    this.ping({ endpoint: this.options.endpoint, operation: 'connect' }, true).catch(() => {})
    this.options.credential().catch(() => {})
  }

  private ping(context: RequestContext, inBackground = false): Promise<PingResult> {
    if (this.pinged === undefined) {
      // The repository stays in the context: an unreachable registry is reported by the first
      // operation that needed it, and its message names the image (issue 13: `read manifest :1: ping in host`).
      const pingContext = { ...context, operation: `${context.operation}: ping` }
      const pinged = ping(this.options.send, pingContext)
      this.pinged = pinged
      this.pingedInBackground = inBackground
      // A failed ping is not remembered: the next operation tries again.
      pinged.catch(() => {
        if (this.pinged === pinged) this.pinged = undefined
      })
    }
    const current = this.pinged
    if (inBackground || !this.pingedInBackground) return current
    return current.catch(() => this.ping(context))
  }

  private async plan(
    challenge: Challenge | undefined,
    credential: Credential | undefined,
    needed: readonly Scope[],
    context: RequestContext,
    base: URL,
    force: boolean,
  ): Promise<Plan> {
    if (credential?.registryToken) return { scheme: 'registry-token', authorization: `Bearer ${credential.registryToken}`, scopes: [], fresh: false }
    if (challenge?.scheme === 'basic') {
      const authorization = basicAuthorization(credential?.username, credential?.password)
      return authorization === undefined
        ? { scheme: 'none', scopes: [], fresh: false }
        : { scheme: 'basic', authorization, challenge, scopes: [], fresh: false }
    }
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm) return { scheme: 'none', scopes: [], fresh: false }

    const realm = tokenRealmUrl(challenge.params.realm, base, context)
    const service = challenge.params.service
    const authority = `${realm.href}\u0000${service ?? ''}\u0000${identityOf(credential)}`
    const { tokens } = this.options
    const { token, fresh } = await bearerToken({
      tokens,
      authority,
      needed,
      announced: this.announced,
      force,
      request: (scopes) =>
        requestToken(this.options.send, {
          realm,
          service,
          scopes,
          credential,
          refreshToken: tokens.refreshToken(authority) ?? credential?.identityToken,
          clientId: this.options.clientId,
          context: { ...context, operation: `${context.operation}: token request` },
          now: this.options.now,
          mask: this.options.mask,
        }),
    })
    return {
      scheme: 'bearer',
      authorization: `Bearer ${token.token}`,
      challenge,
      scopes: token.scopes,
      fresh,
      announced: token.announced,
      authority,
      token: token.token,
    }
  }

  /** Adds the Authorization header for the registry's own origin only (spec: MUST NOT cross host boundaries). */
  private authorize(request: HttpRequest, plan: Plan): HttpRequest {
    if (plan.authorization === undefined || request.url.origin !== this.options.endpoint.origin) return request
    return { ...request, headers: { ...request.headers, authorization: plan.authorization } }
  }

  private note(plan: Plan, credential: Credential | undefined, needed: readonly Scope[], challenge: Challenge | undefined, reauthenticated: boolean): AuthNote {
    return {
      scheme: plan.scheme,
      credentialKind: credentialKind(credential),
      username: credential?.username || undefined,
      credentialSource: credential?.source,
      needed,
      requested: plan.scopes,
      granted: plan.token === undefined ? undefined : grantedScopes(plan.token),
      challenge,
      reauthenticated,
    }
  }
}

/** The scopes a 401's Bearer challenge asks for (`scope=`), if any. */
function challengeScopes(response: HttpResponse): Scope[] {
  const answered = pickChallenge(parseChallenges(response.headers.all('www-authenticate')))
  return answered?.scheme === 'bearer' ? parseScopes(answered.params.scope ?? '') : []
}

/** Who the credential is, as a hash: cache keys never hold a secret. */
function identityOf(credential: Credential | undefined): string {
  if (credential === undefined || credentialKind(credential) === 'none') return 'anonymous'
  const { username, password, identityToken } = credential
  return createHash('sha256')
    .update(JSON.stringify([username ?? '', password ?? '', identityToken ?? '']))
    .digest('hex')
    .slice(0, 32)
}
