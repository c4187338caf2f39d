import { RegistryTimeoutError, type AwaitedStage } from '../errors.js'
import { formatDuration, type Deadlines } from './deadlines.js'
import { redactUrl } from './redact.js'
import type { HttpRequest } from './types.js'

/** undici's own deadlines, by error code (undici `lib/core/errors.js`). */
const UNDICI_TIMEOUTS: Readonly<Record<string, 'connection' | 'headers' | 'body'>> = {
  UND_ERR_CONNECT_TIMEOUT: 'connection',
  UND_ERR_HEADERS_TIMEOUT: 'headers',
  UND_ERR_BODY_TIMEOUT: 'body',
}

/** Which of undici's deadlines `error` is, if any. */
export function undiciTimeout(error: unknown): 'connection' | 'headers' | 'body' | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' ? UNDICI_TIMEOUTS[code] : undefined
}

export interface TimeoutInit {
  readonly stage: AwaitedStage
  readonly waitedMs: number
  /** What happened, e.g. `no response headers within 20 s`. */
  readonly reason: string
  /** One attempt's deadline (retried), or the registry's whole budget spent (not retried). */
  readonly temporary: boolean
  /** The budget, to say what `timeout` is now. */
  readonly budgetMs: number
}

/** A request that waited too long, as a typed error naming the registry, the request and the stage. */
export function timeoutError(request: HttpRequest, init: TimeoutInit, cause?: unknown): RegistryTimeoutError {
  const { endpoint } = request.context
  const host = request.url.host
  return new RegistryTimeoutError({
    registry: endpoint.registry,
    repository: request.context.repository,
    operation: request.context.operation,
    method: request.method,
    url: redactUrl(request.url),
    stage: init.stage,
    waitedMs: init.waitedMs,
    reason: init.reason,
    temporary: init.temporary,
    hint:
      `check that the registry at ${host} is healthy and the network path to it (proxy settings: HTTPS_PROXY, NO_PROXY); ` +
      `on a slow link, raise the deadline with the action input "timeout" or --timeout (now ${formatDuration(init.budgetMs)}; e.g. 5m)`,
    ...(cause === undefined ? {} : { cause }),
  })
}

/**
 * A body that stalled or crawled has spent a third of the budget while the registry showed life (so
 * the silence budget does not bound what follows); a retry of the whole blob would spend as much
 * again, and three would pass the budget. So it fails the operation: `timeout` is the knob for a
 * slow link.
 */
const BODY_STALLS_ARE_RETRIED = false

/** The timeout errors of one request, one per deadline, with the words that say what was awaited. */
export function requestTimeouts(req: HttpRequest, deadlines: Deadlines) {
  const { budgetMs } = deadlines
  const window = formatDuration(deadlines.progressWindowMs)
  const minimum = `${Math.round(deadlines.progressMinBytes / 1024)} KiB`
  return {
    /** The silence budget ran out; `bodyFinished` tells what the registry owed us. */
    silent: (waitedMs: number, bodyFinished: boolean) =>
      timeoutError(req, {
        stage: bodyFinished ? 'response headers' : 'request body',
        waitedMs,
        reason: `no answer for ${formatDuration(budgetMs)}, waiting for the ${bodyFinished ? 'response headers' : 'registry to take the request body'}`,
        temporary: false,
        budgetMs,
      }),
    connection: (cause: unknown) =>
      timeoutError(
        req,
        {
          stage: 'connection',
          waitedMs: deadlines.connectMs,
          reason: `no connection within ${formatDuration(deadlines.connectMs)}`,
          temporary: true,
          budgetMs,
        },
        cause,
      ),
    /** undici's header timer, which also runs while a request body cannot be written. */
    headers: (headersMs: number, bodyFinished: boolean, cause: unknown) =>
      timeoutError(
        req,
        bodyFinished
          ? { stage: 'response headers', waitedMs: headersMs, reason: `no response headers within ${formatDuration(headersMs)}`, temporary: true, budgetMs }
          : {
              stage: 'request body',
              waitedMs: headersMs,
              reason: `the registry took nothing of the request body for ${formatDuration(headersMs)}`,
              temporary: true,
              budgetMs,
            },
        cause,
      ),
    bodyIdle: (cause: unknown) =>
      timeoutError(
        req,
        {
          stage: 'response body',
          waitedMs: deadlines.bodyMs,
          reason: `no byte of the response body for ${formatDuration(deadlines.bodyMs)}`,
          temporary: BODY_STALLS_ARE_RETRIED,
          budgetMs,
        },
        cause,
      ),
    requestBodySlow: (bytes: number) =>
      timeoutError(req, {
        stage: 'request body',
        waitedMs: deadlines.progressWindowMs,
        reason: `the registry took only ${bytes} bytes of the request body in ${window}, at least ${minimum} expected`,
        temporary: BODY_STALLS_ARE_RETRIED,
        budgetMs,
      }),
    /** A body read whole (capped: never a blob) that crawled on past the budget. */
    responseBodyTooLong: (bytes: number) =>
      timeoutError(req, {
        stage: 'response body',
        waitedMs: budgetMs,
        reason: `the response body did not arrive whole within ${formatDuration(budgetMs)} (${bytes} bytes came)`,
        temporary: BODY_STALLS_ARE_RETRIED,
        budgetMs,
      }),
    responseBodySlow: (bytes: number) =>
      timeoutError(req, {
        stage: 'response body',
        waitedMs: deadlines.progressWindowMs,
        reason: `the registry sent only ${bytes} bytes of the response body in ${window}, at least ${minimum} expected`,
        temporary: BODY_STALLS_ARE_RETRIED,
        budgetMs,
      }),
  }
}
