import { repositoryName } from '../ref/index.js'
import type { AuthNote, AuthorizedResponse, HostAuth } from './auth/host-auth.js'
import { repositoryScope, type Scope } from './auth/scope.js'
import { RegistryUnreachableError, type RegistryError } from './errors.js'
import { registryFailure } from './failure.js'
import {
  DEFAULT_RETRY,
  MAX_SMALL_BODY_BYTES,
  type Endpoint,
  type HttpMethod,
  type HttpResponse,
  type RequestBody,
  type RequestContext,
} from './transport/index.js'

/** What an operation does to the repository: decides the token scope and the hints. */
export type Access = 'pull' | 'push'

export interface Call {
  readonly operation: string
  readonly method: HttpMethod
  /** A URL the registry gave (upload Location), or a path under `/v2/<name>/`. */
  readonly target: URL | string
  readonly access: Access
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: RequestBody
  /** Default: true for everything but PATCH and PUT to an upload session (set by the caller). */
  readonly idempotent?: boolean
  /** Default: true; HEAD existence checks pass false. */
  readonly followRedirects?: boolean
  /** Other scopes than `access` gives, e.g. a mount's source repository. */
  readonly scopes?: readonly Scope[]
}

export interface Answer {
  readonly response: HttpResponse
  readonly auth: AuthNote
  readonly call: Call
}

/**
 * One repository's view of the authenticated transport: builds `/v2/<name>/…` URLs and request
 * contexts, picks scopes, and turns refusals into errors (a HEAD repeated as GET to read the body).
 */
/** Tries of a GET whose body broke off, the first included: as many as a request without an answer gets (DEFAULT_RETRY). */
const BODY_ATTEMPTS = DEFAULT_RETRY.attempts

export class RepositoryTransport {
  constructor(
    readonly endpoint: Endpoint,
    readonly repository: string,
    private readonly auth: HostAuth,
    private readonly intent: Access,
  ) {}

  /** `registry/path`, as messages name the repository. */
  get name(): string {
    return repositoryName({ registry: this.endpoint.registry, repository: this.repository })
  }

  context(operation: string): RequestContext {
    return { endpoint: this.endpoint, repository: this.repository, operation }
  }

  scopes(access: Access): Scope[] {
    return [repositoryScope(this.repository, access === 'push' || this.intent === 'push' ? ['pull', 'push'] : ['pull'])]
  }

  async send(call: Call): Promise<Answer> {
    const url = typeof call.target === 'string' ? new URL(`/v2/${this.repository}/${call.target}`, this.endpoint.origin) : call.target
    const authorized: AuthorizedResponse = await this.auth.send(
      {
        method: call.method,
        url,
        ...(call.headers === undefined ? {} : { headers: call.headers }),
        ...(call.body === undefined ? {} : { body: call.body }),
        idempotent: call.idempotent ?? true,
        followRedirects: call.followRedirects ?? true,
        context: this.context(call.operation),
      },
      call.scopes ?? this.scopes(call.access),
    )
    return { ...authorized, call }
  }

  /**
   * An idempotent GET whose answer `read` consumes whole, sent again when the body breaks off
   * mid-read: a reset or a short body lost the answer, not the request, and the retry layer below
   * only sees requests that got no headers (docs/registry-protocol.md#retries). At most
   * BODY_ATTEMPTS tries; a refusal, a timeout or a bad answer is `read`'s to throw and ends it.
   */
  async sendReading<T>(call: Call & { readonly method: 'GET' }, read: (answer: Answer) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const answer = await this.send(call)
      try {
        return await read(answer)
      } catch (error) {
        if (!(error instanceof RegistryUnreachableError) || !error.temporary || attempt >= BODY_ATTEMPTS) throw error
      }
    }
  }

  /** The error for a refusal. A HEAD has no body, so it is asked again as GET to read one (docs/registry-protocol.md#blob-existence, docs/registry-protocol.md#error-bodies). */
  async failure(answer: Answer): Promise<RegistryError> {
    const { response, auth, call } = answer
    let body: { text: string; contentType: string | undefined } | undefined
    if (call.method === 'HEAD') {
      await response.body.dump()
      body = await this.readAsGet(call, response.url)
    }
    return registryFailure({
      context: this.context(call.operation),
      method: call.method,
      response,
      auth,
      access: call.access,
      ...(body === undefined ? {} : { body }),
    })
  }

  private async readAsGet(call: Call, url: URL): Promise<{ text: string; contentType: string | undefined } | undefined> {
    try {
      const { response } = await this.send({ ...call, method: 'GET', target: url, followRedirects: false })
      return { text: await response.body.text(MAX_SMALL_BODY_BYTES), contentType: response.headers.get('content-type') }
    } catch {
      // The HEAD's own status is the error; a GET that fails too has nothing to add.
      return undefined
    }
  }
}

/** `sha256:ab12cd34ef56…`: enough to recognise a digest in a message. */
export function shortDigest(digest: string): string {
  const colon = digest.indexOf(':')
  return digest.length > colon + 13 ? `${digest.slice(0, colon + 13)}…` : digest
}

/** `:1.2.3` or `@sha256:ab12…`, as a reference suffix in operation names. */
export function referenceLabel(reference: string): string {
  return reference.includes(':') ? `@${shortDigest(reference)}` : `:${reference}`
}
