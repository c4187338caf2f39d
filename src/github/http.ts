/**
 * One GET with a deadline for the whole exchange (connection, headers and body) and a cap on the
 * body, over undici. The parts of undici are loaded without its index, as registry/transport does
 * (docs/decisions.md#start-up-speed-ups: the index also builds fetch, WebSocket and the cache stores,
 * which cost start-up time); package.json pins undici exactly and registry/transport/undici-parts.test.ts
 * fails when a version moves these files. `EnvHttpProxyAgent` honours HTTPS_PROXY and NO_PROXY, as
 * the runner's own tools do; TLS is verified (undici's default). No redirect is followed: the API
 * answers list requests directly, and a redirect would carry the token to wherever it points.
 */
import type { Dispatcher, EnvHttpProxyAgent as EnvHttpProxyAgentType } from 'undici'

export type { Dispatcher }
import EnvHttpProxyAgentClass from 'undici/lib/dispatcher/env-http-proxy-agent.js'
import api from 'undici/lib/api/index.js'
import { errorMessage } from '../errors.js'
import { GitHubApiError, GitHubUnreachableError } from './errors.js'

const EnvHttpProxyAgent = EnvHttpProxyAgentClass as unknown as typeof EnvHttpProxyAgentType
/** undici's `request(options)` with `this` the dispatcher (undici's index attaches it to the prototype; we call it directly). */
const requestApi = api.request as (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>

export interface Answer {
  readonly status: number
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly body: Buffer
}

export interface GetOptions {
  readonly headers: Readonly<Record<string, string>>
  /** The whole exchange, from connecting to the body's last byte. */
  readonly deadlineMs: number
  /** A longer body is refused, not cut: half a JSON document is no answer. */
  readonly maxBytes: number
  /** What to do when the deadline passes or nothing answers (the API's host, a bundle's storage). */
  readonly unreachableHint: string
}

/** `GET https://host/path`: how messages name a request. The query is left out (a bundle URL's query is a signature). */
export function describeRequest(url: URL): string {
  return `GET ${url.origin}${url.pathname}`
}

/** One keep-alive dispatcher for the API and bundle storage; its own timers back up the deadline. */
export function createDispatcher(deadlineMs: number): Dispatcher {
  return new EnvHttpProxyAgent({ connect: { timeout: deadlineMs }, headersTimeout: deadlineMs, bodyTimeout: deadlineMs })
}

export async function getOnce(dispatcher: Dispatcher, url: URL, options: GetOptions): Promise<Answer> {
  const request = describeRequest(url)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.deadlineMs)
  const late = () =>
    new GitHubUnreachableError(`no complete answer within ${options.deadlineMs / 1000} s`, { request, hint: options.unreachableHint, timedOut: true })
  try {
    let response: Dispatcher.ResponseData
    try {
      response = await requestApi.call(dispatcher, {
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: options.headers,
        signal: controller.signal,
      })
    } catch (error) {
      if (controller.signal.aborted) throw late()
      throw new GitHubUnreachableError(`no answer (${networkReason(error)})`, { request, hint: options.unreachableHint, cause: error })
    }
    const declared = Number(response.headers['content-length'])
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      discard(response.body)
      throw tooLarge(request, response.statusCode, options.maxBytes)
    }
    const chunks: Buffer[] = []
    let length = 0
    try {
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        length += chunk.length
        if (length > options.maxBytes) {
          discard(response.body)
          throw tooLarge(request, response.statusCode, options.maxBytes)
        }
        chunks.push(chunk)
      }
    } catch (error) {
      if (error instanceof GitHubApiError) throw error
      if (controller.signal.aborted) throw late()
      throw new GitHubUnreachableError(`the answer broke off (${networkReason(error)})`, { request, hint: options.unreachableHint, cause: error })
    }
    return { status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks, length) }
  } finally {
    clearTimeout(timer)
  }
}

/** Closes a body we will not read; undici reports that as an error, which nobody is left to hear. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {})
  body.destroy()
}

function tooLarge(request: string, status: number, maxBytes: number): GitHubApiError {
  return new GitHubApiError(`the answer (status ${status}) is larger than ${maxBytes} bytes, the most shiptag reads from it`, {
    request,
    status,
    hint: 'this is not an answer GitHub documents; check GITHUB_API_URL and any proxy between this runner and GitHub',
  })
}

/** The system or undici code of a failed connection (ECONNREFUSED, ENOTFOUND, a TLS code), else its message. */
function networkReason(error: unknown): string {
  let current: unknown = error
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const record = current as { code?: unknown; errors?: unknown[]; cause?: unknown }
    if (typeof record.code === 'string' && !record.code.startsWith('UND_ERR_ABORTED')) return record.code
    current = Array.isArray(record.errors) ? record.errors[0] : record.cause
  }
  return errorMessage(error)
}
