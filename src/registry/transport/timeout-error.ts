import { RegistryTimeoutError, type AwaitedStage } from '../errors.js'
import { formatDuration } from './deadlines.js'
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
