import { describe, expect, it } from 'vitest'
import { ResponseHeaders } from './headers.js'
import { backoffDelay, parseRetryAfter, retryDelay, type RetryPolicy } from './retry.js'
import { isRetryableStatus, isTemporaryFailure, ociErrorCodes } from './retryable.js'

const NOW = Date.parse('2026-01-01T00:00:00Z')

describe('parseRetryAfter', () => {
  it.each([
    { value: undefined, expected: undefined },
    { value: '0', expected: 0 },
    { value: '5', expected: 5_000 },
    { value: ' 120 ', expected: 120_000 },
    { value: 'Thu, 01 Jan 2026 00:00:30 GMT', expected: 30_000 },
    { value: 'Wed, 31 Dec 2025 23:59:00 GMT', expected: 0 },
    { value: '-1', expected: undefined },
    { value: '1.5', expected: undefined },
    { value: 'soon', expected: undefined },
    { value: '', expected: undefined },
  ])('$value → $expected ms', ({ value, expected }) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected)
  })
})

describe('backoffDelay', () => {
  const policy = { baseDelayMs: 1_000, maxDelayMs: 60_000 }
  it.each([
    { attempt: 1, random: 0, expected: 500 },
    { attempt: 1, random: 0.999999, expected: 1_000 },
    { attempt: 2, random: 0, expected: 1_500 },
    { attempt: 3, random: 0.5, expected: 6_750 },
    { attempt: 8, random: 0.5, expected: 60_000 },
  ])('attempt $attempt, random $random → $expected', ({ attempt, random, expected }) => {
    expect(backoffDelay(attempt, policy, random)).toBe(expected)
  })
})

describe('isRetryableStatus', () => {
  it.each([
    [200, false],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [405, false],
    [408, true],
    [412, false],
    [413, false],
    [416, false],
    [429, true],
    [500, true],
    [501, false],
    [502, true],
    [503, true],
    [504, true],
    [505, false],
    [522, true],
  ])('%i → %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected)
  })
})

describe('isTemporaryFailure', () => {
  it.each([
    { status: 400, codes: ['BLOB_UPLOAD_INVALID'], expected: true },
    { status: 400, codes: ['DIGEST_INVALID'], expected: false },
    { status: 429, codes: ['TOOMANYREQUESTS'], expected: true },
    { status: 500, codes: ['UNKNOWN'], expected: true },
    { status: 403, codes: ['DENIED'], expected: false },
    { status: undefined, codes: ['UNAVAILABLE'], expected: true },
    // distribution's refusal of a layer URL (https://github.com/distribution/distribution/issues/2795): a 500 that answers.
    { status: 500, codes: ['UNKNOWN', 'UNKNOWN', 'MANIFEST_BLOB_UNKNOWN'], expected: false },
    { status: 503, codes: ['DENIED'], expected: false },
    { status: 502, codes: ['MANIFEST_INVALID'], expected: false },
  ])('$status $codes → $expected', ({ status, codes, expected }) => {
    expect(isTemporaryFailure(status, codes)).toBe(expected)
  })
})

describe('ociErrorCodes', () => {
  it.each([
    ['{"errors":[{"code":"UNKNOWN"},{"code":"manifest_blob_unknown","detail":"sha256:a"}]}', ['UNKNOWN', 'MANIFEST_BLOB_UNKNOWN']],
    ['{"errors":[{"code":7},{"message":"no code"},null]}', []],
    ['{"errors":"MANIFEST_INVALID"}', []],
    ['{"message":"MANIFEST_INVALID"}', []],
    ['<html>502 Bad Gateway</html>', []],
    ['', []],
  ])('%s → %j', (text, codes) => {
    expect(ociErrorCodes(text)).toEqual(codes)
  })
})

// docs/registry-protocol.md#retries: which requests are sent again, as the client flags them.
describe('retryDelay', () => {
  const policy: RetryPolicy = { attempts: 3, baseDelayMs: 1_000, maxDelayMs: 60_000, sleep: async () => {}, now: () => NOW, random: () => 0 }
  const headers = (raw: Record<string, string> = {}) => new ResponseHeaders(raw)
  it.each([
    { request: 'GET manifest', idempotent: true, status: 503, retried: true },
    { request: 'HEAD blob', idempotent: true, status: 502, retried: true },
    { request: 'GET tags/list', idempotent: true, status: 408, retried: true },
    { request: 'GET /v2/ ping', idempotent: true, status: 500, retried: true },
    { request: 'token GET', idempotent: true, status: 503, retried: true },
    { request: 'token GET, bad credentials', idempotent: true, status: 401, retried: false },
    { request: 'POST blobs/uploads/', idempotent: true, status: 500, retried: true },
    { request: 'PATCH chunk', idempotent: false, status: 500, retried: false },
    { request: 'PUT ?digest= (finalize)', idempotent: false, status: 503, retried: false },
    { request: 'PUT manifest (Buffer body)', idempotent: true, status: 502, retried: true },
    { request: 'DELETE', idempotent: true, status: 503, retried: true },
    { request: 'GET manifest', idempotent: true, status: 400, retried: false },
    { request: 'PUT manifest', idempotent: true, status: 403, retried: false },
    { request: 'GET manifest', idempotent: true, status: 404, retried: false },
    { request: 'DELETE', idempotent: true, status: 405, retried: false },
    { request: 'PUT manifest', idempotent: true, status: 412, retried: false },
    { request: 'PUT blob', idempotent: false, status: 413, retried: false },
    { request: 'PATCH chunk', idempotent: false, status: 416, retried: false },
  ])('$request → $status: retried $retried', ({ idempotent, status, retried }) => {
    expect(retryDelay({ idempotent }, { status, headers: headers() }, 1, policy) !== undefined).toBe(retried)
  })

  it('waits as long as Retry-After says', () => {
    expect(retryDelay({ idempotent: true }, { status: 429, headers: headers({ 'retry-after': '7' }) }, 1, policy)).toBe(7_000)
  })
  it('fails fast when Retry-After is longer than the cap', () => {
    expect(retryDelay({ idempotent: true }, { status: 429, headers: headers({ 'retry-after': '3600' }) }, 1, policy)).toBeUndefined()
  })
  it('fails fast when Docker Hub says the quota is spent', () => {
    expect(retryDelay({ idempotent: true }, { status: 429, headers: headers({ 'ratelimit-remaining': '0;w=21600' }) }, 1, policy)).toBeUndefined()
  })
  it('stops after the last attempt', () => {
    expect(retryDelay({ idempotent: true }, { status: 503, headers: headers() }, 3, policy)).toBeUndefined()
  })
})
