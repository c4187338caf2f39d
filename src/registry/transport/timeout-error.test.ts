import { errors } from 'undici'
import { describe, expect, it } from 'vitest'
import { RegistryTimeoutError } from '../errors.js'
import { DEFAULT_DEADLINES } from './deadlines.js'
import { endpointFor } from './endpoint.js'
import { requestTimeouts, undiciTimeout } from './timeout-error.js'
import type { HttpRequest } from './types.js'

describe('undiciTimeout', () => {
  it.each([
    [new errors.ConnectTimeoutError(), 'connection'],
    [new errors.HeadersTimeoutError(), 'headers'],
    [new errors.BodyTimeoutError(), 'body'],
    [new errors.SocketError('other side closed'), undefined],
    [new Error('ECONNRESET'), undefined],
    ['text', undefined],
  ])('%s → %s', (error, stage) => {
    expect(undiciTimeout(error)).toBe(stage)
  })
})

describe('requestTimeouts', () => {
  const request: HttpRequest = {
    method: 'PUT',
    url: new URL('https://registry.example/v2/acme/app/blobs/uploads/abc?_state=SECRETSTATE&digest=sha256:00'),
    idempotent: false,
    followRedirects: true,
    context: { endpoint: endpointFor('registry.example'), repository: 'acme/app', operation: 'upload blob sha256:00' },
  }
  const timeouts = requestTimeouts(request, DEFAULT_DEADLINES)
  const prefix =
    'upload blob sha256:00 in registry.example/acme/app failed (PUT https://registry.example/v2/acme/app/blobs/uploads/abc?_state=<redacted>&digest=<redacted>): timed out: '

  it.each([
    ['silent, body sent', timeouts.silent(61_000, true), 'response headers', false, 'no answer for 60 s, waiting for the response headers'],
    ['silent, body not taken', timeouts.silent(60_000, false), 'request body', false, 'no answer for 60 s, waiting for the registry to take the request body'],
    ['connection', timeouts.connection(new errors.ConnectTimeoutError()), 'connection', true, 'no connection within 10 s'],
    ['headers', timeouts.headers(20_000, true, undefined), 'response headers', true, 'no response headers within 20 s'],
    ['headers while writing', timeouts.headers(60_000, false, undefined), 'request body', true, 'the registry took nothing of the request body for 60 s'],
    ['body idle', timeouts.bodyIdle(undefined), 'response body', false, 'no byte of the response body for 20 s'],
    [
      'request body slow',
      timeouts.requestBodySlow(12),
      'request body',
      false,
      'the registry took only 12 bytes of the request body in 20 s, at least 320 KiB expected',
    ],
    [
      'response body read whole, too long',
      timeouts.responseBodyTooLong(5000),
      'response body',
      false,
      'the response body did not arrive whole within 60 s (5000 bytes came)',
    ],
    [
      'response body slow',
      timeouts.responseBodySlow(10),
      'response body',
      false,
      'the registry sent only 10 bytes of the response body in 20 s, at least 320 KiB expected',
    ],
  ])('%s: names the request, the stage and what was awaited', (_name, error, stage, temporary, reason) => {
    expect(error).toBeInstanceOf(RegistryTimeoutError)
    expect(error.stage).toBe(stage)
    expect(error.temporary).toBe(temporary)
    expect(error.message).toBe(`${prefix}${reason}`)
    expect(error.message).not.toContain('SECRETSTATE')
    expect(error.hint).toBe(
      'check that the registry at registry.example is healthy and the network path to it (proxy settings: HTTPS_PROXY, NO_PROXY); on a slow link, raise the deadline with the action input "timeout" or --timeout (now 60 s; e.g. 5m)',
    )
  })
})
