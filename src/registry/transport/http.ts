import type { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import { EnvHttpProxyAgent, Pool, requestOn } from './undici-parts.js'
import { ShiptagError } from '../../errors.js'
import { flattenRegistryText } from '../registry-text.js'
import { ResponseBody } from './body.js'
import type { Deadlines } from './deadlines.js'
import { ResponseHeaders } from './headers.js'
import { unreachableError } from './network-error.js'
import { REPORTED_UPLOAD_BYTES, watchRequestBody, type TransferProgress } from './request-body-watch.js'
import type { SilenceWatch } from './silence.js'
import type { StatsBook } from './stats.js'
import { requestTimeouts, undiciTimeout } from './timeout-error.js'
import type { HttpRequest, HttpResponse, Send } from './types.js'
import { tuneWasmTiering } from './wasm-tiering.js'

/**
 * One keep-alive dispatcher for every registry. `EnvHttpProxyAgent` honours HTTP_PROXY, HTTPS_PROXY
 * and NO_PROXY; TLS is verified (undici's default). No cookie jar, ever: Harbor enforces CSRF once a
 * client sends cookies (docs/registry-protocol.md#p30). Created before the first request, so it is where undici's
 * parser gets its compilation settings (see `tuneWasmTiering`). undici's own timers carry the
 * connection, header and idle-body deadlines; nothing here adds a timer per chunk.
 */
export function createDispatcher(deadlines: Deadlines): Dispatcher {
  tuneWasmTiering()
  return new EnvHttpProxyAgent({
    connect: { timeout: deadlines.connectMs },
    headersTimeout: deadlines.headersMs,
    bodyTimeout: deadlines.bodyMs,
    // Through HTTPS_PROXY the tunnel is opened by a client of the proxy's own, which undici builds
    // with its defaults (300 s for the CONNECT answer, 10 s to connect): the same deadlines go there.
    proxyTls: { timeout: deadlines.connectMs },
    requestTls: { timeout: deadlines.connectMs },
    clientFactory: (origin: URL, options: object) => new Pool(origin, { ...options, headersTimeout: deadlines.headersMs, bodyTimeout: deadlines.bodyMs }),
  })
}

export interface HttpSenderOptions {
  readonly dispatcher: Dispatcher
  readonly userAgent: string
  readonly stats: StatsBook
  readonly warn: (message: string) => void
  /** The dispatcher's deadlines, and the progress rule and budget this layer adds. */
  readonly deadlines: Deadlines
  readonly silence: SilenceWatch
  /** Long uploads report here (REPORTED_UPLOAD_BYTES and more), once per progress window. */
  readonly onProgress?: (progress: TransferProgress) => void
}

/**
 * Sends one request, one hop, with undici `request()` (never `fetch()`, which joins repeated
 * headers and follows redirects itself; docs/registry-protocol.md#transport). Sets User-Agent and an explicit
 * Content-Length, counts the request for `stats`, reports `Warning` headers, and turns "no answer"
 * into `RegistryUnreachableError`, a deadline into `RegistryTimeoutError` naming what was awaited.
 * An error of the request body itself (a content mismatch found while streaming) is rethrown as it is.
 */
export function createHttpSender(options: HttpSenderOptions): Send {
  const reportWarnings = warningReporter(options.warn)
  const { deadlines, silence } = options
  return async (req: HttpRequest): Promise<HttpResponse> => {
    const { endpoint } = req.context
    const headers: Record<string, string> = { 'user-agent': options.userAgent, ...req.headers }
    const timeouts = requestTimeouts(req, deadlines)
    let bodyFinished = () => true
    const attempt = silence.begin(req.url.origin, (waitedMs) => timeouts.silent(waitedMs, bodyFinished()))
    if (attempt.signal.aborted) {
      // The registry has been silent for the whole budget already: nothing is sent.
      attempt.end(false)
      throw attempt.signal.reason
    }
    let body: Readable | Buffer | undefined
    let bodyError: unknown
    if (req.body !== undefined) {
      headers['content-length'] = String(req.body.length)
      let opened: Readable | Buffer
      try {
        opened = req.body.open()
      } catch (error) {
        attempt.end(false)
        throw error
      }
      if (Buffer.isBuffer(opened)) {
        body = opened
      } else {
        const watched = watchRequestBody(opened, {
          rule: { windowMs: deadlines.progressWindowMs, minBytes: deadlines.progressMinBytes },
          heard: attempt.heard,
          tooSlow: timeouts.requestBodySlow,
          ...(options.onProgress !== undefined && req.body.length >= REPORTED_UPLOAD_BYTES ? { onWindow: uploadReporter(req, options.onProgress) } : {}),
        })
        body = watched.stream
        bodyFinished = watched.finished
        body.once('error', (error) => {
          bodyError = error
        })
      }
    } else if (req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH') {
      headers['content-length'] = '0'
    }
    const kind = req.purpose === 'token' ? 'auth' : req.url.origin === endpoint.origin ? 'registry' : 'off-host'
    options.stats.request(endpoint.registry, kind, req.body?.length ?? 0)
    // A request that will not be sent again (a finalizing PUT) may wait for the whole budget: the
    // third of it is there to leave room for retries.
    const headersMs = req.idempotent ? deadlines.headersMs : deadlines.budgetMs
    let response: Dispatcher.ResponseData
    try {
      response = await requestOn(options.dispatcher, {
        origin: req.url.origin,
        path: `${req.url.pathname}${req.url.search}`,
        method: req.method as Dispatcher.HttpMethod,
        headers,
        body,
        signal: attempt.signal,
        headersTimeout: headersMs,
      })
    } catch (error) {
      attempt.end(false)
      // The body's own failure (content that does not match its digest, a source registry that
      // broke mid-stream) is the reason; a body undici destroyed because the socket died is not.
      if (bodyError instanceof ShiptagError) throw bodyError
      if (bodyError !== undefined && isLocalReadError(bodyError)) throw bodyError
      if (error instanceof ShiptagError) throw error
      const timeout = undiciTimeout(error)
      if (timeout === 'connection') throw timeouts.connection(error)
      if (timeout === 'headers') throw timeouts.headers(headersMs, bodyFinished(), error)
      throw unreachableError(req, error)
    }
    attempt.end(true)
    const responseHeaders = new ResponseHeaders(response.headers)
    reportWarnings(endpoint.registry, responseHeaders.all('warning'))
    return {
      status: response.statusCode,
      headers: responseHeaders,
      url: req.url,
      body: new ResponseBody(
        response.body,
        (count) => options.stats.received(endpoint.registry, count),
        (error) => (undiciTimeout(error) === 'body' ? timeouts.bodyIdle(error) : unreachableError(req, error)),
        {
          rule: { windowMs: deadlines.progressWindowMs, minBytes: deadlines.progressMinBytes },
          tooSlow: timeouts.responseBodySlow,
          wholeWithinWindows: Math.max(1, Math.round(deadlines.budgetMs / deadlines.progressWindowMs)),
          tooLong: timeouts.responseBodyTooLong,
        },
      ),
    }
  }
}

function uploadReporter(req: HttpRequest, report: (progress: TransferProgress) => void): (bytesSoFar: number) => void {
  const started = Date.now()
  const totalBytes = req.body?.length ?? 0
  return (bytesSent) =>
    report({
      registry: req.context.endpoint.registry,
      repository: req.context.repository,
      operation: req.context.operation,
      bytesSent,
      totalBytes,
      elapsedMs: Date.now() - started,
    })
}

/**
 * `Warning: 299 - "text"` headers (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#warnings): each distinct text is reported once
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
