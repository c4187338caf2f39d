import type { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import { EnvHttpProxyAgent, requestOn } from './undici-parts.js'
import { ShiptagError } from '../../errors.js'
import { flattenRegistryText } from '../registry-text.js'
import { ResponseBody } from './body.js'
import { ResponseHeaders } from './headers.js'
import { unreachableError } from './network-error.js'
import type { StatsBook } from './stats.js'
import type { HttpRequest, HttpResponse, Send } from './types.js'
import { tuneWasmTiering } from './wasm-tiering.js'

export interface Timeouts {
  readonly connectMs: number
  /** Until the response headers arrive, counted after the request body was sent. */
  readonly headersMs: number
  /** Between two chunks of a response body. */
  readonly bodyMs: number
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 30_000, headersMs: 300_000, bodyMs: 300_000 }

/**
 * One keep-alive dispatcher for every registry. `EnvHttpProxyAgent` honours HTTP_PROXY, HTTPS_PROXY
 * and NO_PROXY; TLS is verified (undici's default). No cookie jar, ever: Harbor enforces CSRF once a
 * client sends cookies (pitfall P30). Created before the first request, so it is where undici's
 * parser gets its compilation settings (see `tuneWasmTiering`).
 */
export function createDispatcher(timeouts: Timeouts): Dispatcher {
  tuneWasmTiering()
  return new EnvHttpProxyAgent({ connect: { timeout: timeouts.connectMs }, headersTimeout: timeouts.headersMs, bodyTimeout: timeouts.bodyMs })
}

export interface HttpSenderOptions {
  readonly dispatcher: Dispatcher
  readonly userAgent: string
  readonly stats: StatsBook
  readonly warn: (message: string) => void
}

/**
 * Sends one request, one hop, with undici `request()` (never `fetch()`, which joins repeated
 * headers and follows redirects itself; oci-client-reference §0). Sets User-Agent and an explicit
 * Content-Length, counts the request for `stats`, reports `Warning` headers, and turns "no answer"
 * into `RegistryUnreachableError`. An error of the request body itself (a content mismatch found
 * while streaming) is rethrown as it is.
 */
export function createHttpSender(options: HttpSenderOptions): Send {
  const reportWarnings = warningReporter(options.warn)
  return async (req: HttpRequest): Promise<HttpResponse> => {
    const { endpoint } = req.context
    const headers: Record<string, string> = { 'user-agent': options.userAgent, ...req.headers }
    let body: Readable | Buffer | undefined
    let bodyError: unknown
    if (req.body !== undefined) {
      headers['content-length'] = String(req.body.length)
      body = req.body.open()
      if (!Buffer.isBuffer(body)) {
        body.once('error', (error) => {
          bodyError = error
        })
      }
    } else if (req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH') {
      headers['content-length'] = '0'
    }
    const kind = req.purpose === 'token' ? 'auth' : req.url.origin === endpoint.origin ? 'registry' : 'off-host'
    options.stats.request(endpoint.registry, kind, req.body?.length ?? 0)
    let response: Dispatcher.ResponseData
    try {
      response = await requestOn(options.dispatcher, { origin: req.url.origin, path: `${req.url.pathname}${req.url.search}`, method: req.method as Dispatcher.HttpMethod, headers, body })
    } catch (error) {
      // The body's own failure (content that does not match its digest, a source registry that
      // broke mid-stream) is the reason; a body undici destroyed because the socket died is not.
      if (bodyError instanceof ShiptagError) throw bodyError
      if (bodyError !== undefined && isLocalReadError(bodyError)) throw bodyError
      if (error instanceof ShiptagError) throw error
      throw unreachableError(req, error)
    }
    const responseHeaders = new ResponseHeaders(response.headers)
    reportWarnings(endpoint.registry, responseHeaders.all('warning'))
    return {
      status: response.statusCode,
      headers: responseHeaders,
      url: req.url,
      body: new ResponseBody(
        response.body,
        (count) => options.stats.received(endpoint.registry, count),
        (error) => unreachableError(req, error),
      ),
    }
  }
}

/**
 * `Warning: 299 - "text"` headers (distribution-spec §Warnings): each distinct text is reported once
 * and never acted on.
 */
function warningReporter(warn: (message: string) => void): (registry: string, values: readonly string[]) => void {
  const seen = new Set<string>()
  return (registry, values) => {
    for (const value of values) {
      for (const match of value.matchAll(/\b\d{3}\s+\S+\s+"((?:[^"\\]|\\.)*)"/g)) {
        const text = flattenRegistryText(match[1]!.replace(/\\(.)/g, '$1'))
        const key = `${registry}\u0000${text}`
        if (seen.has(key)) continue
        seen.add(key)
        warn(`registry ${registry} warns: ${text}`)
      }
    }
  }
}

/** A failure reading the upload's own source (a local file): not the network's doing. */
function isLocalReadError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && typeof (error as { path?: unknown }).path === 'string'
}
