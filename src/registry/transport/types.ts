import type { Readable } from 'node:stream'
import type { Endpoint } from './endpoint.js'
import type { ResponseBody } from './body.js'
import type { ResponseHeaders } from './headers.js'

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * A request body as a factory with its length known up front: a redirect, a retry or a re-sent
 * request after a token refresh opens it again (docs/registry-protocol.md#transport, "Request bodies").
 */
export interface RequestBody {
  readonly length: number
  readonly open: () => Readable | Buffer
}

/** What a request is for: every error it causes names this. */
export interface RequestContext {
  readonly endpoint: Endpoint
  readonly repository?: string
  /** e.g. `upload blob sha256:ab12cd34ef56…`, `put manifest :1.2.3`. */
  readonly operation: string
}

export interface HttpRequest {
  readonly method: HttpMethod
  readonly url: URL
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: RequestBody
  /**
   * Safe to send again after a network error, 408, 429 or 5xx (docs/registry-protocol.md#retries): never a
   * PATCH chunk or a finalizing blob PUT, whose lost response may hide a committed change.
   */
  readonly idempotent: boolean
  /** Follow 3xx; existence checks with HEAD never do (a 3xx means present, docs/registry-protocol.md#transport). */
  readonly followRedirects: boolean
  readonly context: RequestContext
  /** A token-endpoint request: counted apart from the registry's own requests. */
  readonly purpose?: 'token'
}

export interface HttpResponse {
  readonly status: number
  readonly headers: ResponseHeaders
  /** The URL that answered, after redirects. */
  readonly url: URL
  /** Must always be read, streamed or dumped, or keep-alive connections leak (docs/registry-protocol.md#transport). */
  readonly body: ResponseBody
}

export type Send = (request: HttpRequest) => Promise<HttpResponse>
