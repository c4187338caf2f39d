import { describe, expect, it } from 'vitest'
import { redactUrl } from './redact.js'

describe('redactUrl', () => {
  it.each([
    { url: 'https://r.example/v2/acme/app/blobs/sha256:abc', expected: 'https://r.example/v2/acme/app/blobs/sha256:abc' },
    {
      url: 'https://r.example/v2/acme/app/blobs/uploads/7f3c?_state=SECRETHMAC&digest=sha256:abc',
      expected: 'https://r.example/v2/acme/app/blobs/uploads/7f3c?_state=<redacted>&digest=<redacted>',
    },
    {
      url: 'https://bucket.s3.amazonaws.com/blob?X-Amz-Signature=deadbeef&X-Amz-Credential=AKIA%2Fx',
      expected: 'https://bucket.s3.amazonaws.com/blob?X-Amz-Signature=<redacted>&X-Amz-Credential=<redacted>',
    },
    { url: 'https://user:hunter2@r.example:5000/v2/', expected: 'https://r.example:5000/v2/' },
    { url: 'https://auth.example/token?scope=a&scope=b&account=me', expected: 'https://auth.example/token?scope=<redacted>&account=<redacted>' },
    { url: 'http://[::1]:5000/v2/#frag', expected: 'http://[::1]:5000/v2/' },
    { url: 'not a url', expected: '<invalid URL>' },
  ])('$url', ({ url, expected }) => {
    const redacted = redactUrl(url)
    expect(redacted).toBe(expected)
    for (const secret of ['SECRETHMAC', 'deadbeef', 'hunter2', 'AKIA']) expect(redacted).not.toContain(secret)
  })
})
