import { describe, expect, it } from 'vitest'
import { parseErrorBody } from './error-body.js'

// docs/registry-protocol.md#error-bodies.
describe('parseErrorBody', () => {
  it.each([
    {
      name: 'OCI errors',
      text: '{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN","message":"blob unknown to registry","detail":"sha256:abc"}]}',
      type: 'application/json',
      expected: { errors: [{ code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry', detail: 'sha256:abc' }] },
    },
    {
      name: 'OCI errors, several, detail object, no message',
      text: '{"errors":[{"code":"DIGEST_INVALID","detail":{"Digest":"sha256:x"}},{"code":"size_invalid","message":"bad size"}]}',
      type: 'application/json; charset=utf-8',
      expected: {
        errors: [
          { code: 'DIGEST_INVALID', message: '', detail: { Digest: 'sha256:x' } },
          { code: 'SIZE_INVALID', message: 'bad size' },
        ],
      },
    },
    { name: 'OCI, errors empty', text: '{"errors":[]}', type: 'application/json', expected: { errors: [], summary: '{"errors":[]}' } },
    {
      name: 'Docker Hub rate limit (message)',
      text: '{"message":"toomanyrequests: You have reached your pull rate limit."}',
      type: 'application/json',
      expected: { errors: [], summary: 'toomanyrequests: You have reached your pull rate limit.' },
    },
    {
      name: 'Docker Hub token endpoint (details)',
      text: '{"details":"invalid repository name"}',
      type: 'application/json',
      expected: { errors: [], summary: 'invalid repository name' },
    },
    {
      name: 'OAuth2 error',
      text: '{"error":"invalid_grant","error_description":"refresh token expired"}',
      type: 'application/json',
      expected: { errors: [], summary: 'refresh token expired' },
    },
    {
      name: 'HTML from a proxy',
      text: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
      type: 'text/html',
      expected: { errors: [], summary: 'HTML page: 502 Bad Gateway' },
    },
    {
      name: 'HTML without a content type',
      text: '<!DOCTYPE html>\n<p>Access   denied</p>',
      type: undefined,
      expected: { errors: [], summary: 'HTML page: Access denied' },
    },
    {
      name: 'text/plain from distribution',
      text: '404 page not found\n',
      type: 'text/plain; charset=utf-8',
      expected: { errors: [], summary: '404 page not found' },
    },
    { name: 'broken JSON', text: '{"errors":[', type: 'application/json', expected: { errors: [], summary: '{"errors":[' } },
    { name: 'empty', text: '  ', type: undefined, expected: { errors: [] } },
  ])('$name', ({ text, type, expected }) => {
    expect(parseErrorBody(text, type)).toEqual(expected)
  })

  it('cuts a long text to one line', () => {
    const summary = parseErrorBody(`${'x'.repeat(1000)}\nsecond line`, 'text/plain').summary!
    expect(summary.length).toBeLessThanOrEqual(301)
    expect(summary.endsWith('…')).toBe(true)
  })
})
