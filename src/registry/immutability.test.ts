import { describe, expect, it } from 'vitest'
import { isImmutabilityRefusal, mayBeImmutability } from './immutability.js'

// docs/registry-protocol.md#tag-immutability.
describe('isImmutabilityRefusal', () => {
  it.each([
    {
      registry: 'ECR',
      status: 400,
      errors: [
        {
          code: 'TAG_INVALID',
          message: "The image tag '1.2.3' already exists in the 'acme/app' repository and cannot be overwritten because the repository is immutable.",
        },
      ],
      exists: true,
      expected: true,
    },
    {
      registry: 'Harbor',
      status: 412,
      errors: [{ code: 'PRECONDITION', message: "Failed to process request due to 'acme/app:1.2.3' configured as immutable." }],
      exists: true,
      expected: true,
    },
    { registry: 'Docker Hub', status: 403, errors: [], exists: true, expected: true },
    { registry: 'Artifact Registry (message only)', status: 400, errors: [], text: 'tag is immutable and cannot be moved', exists: true, expected: true },
    { registry: 'GitLab (DENIED)', status: 403, errors: [{ code: 'DENIED', message: 'Push denied: tag is protected' }], exists: true, expected: true },
    {
      registry: 'ECR message, existence unknown',
      status: 400,
      errors: [{ code: 'TAG_INVALID', message: 'repository is immutable' }],
      exists: false,
      expected: true,
    },
    { registry: 'a new tag that is invalid', status: 400, errors: [{ code: 'TAG_INVALID', message: 'invalid tag' }], exists: false, expected: false },
    {
      registry: 'no permission on a new tag',
      status: 403,
      errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }],
      exists: false,
      expected: false,
    },
    { registry: 'auth', status: 401, errors: [{ code: 'UNAUTHORIZED', message: 'immutable?' }], exists: true, expected: false },
    { registry: 'missing blob', status: 400, errors: [{ code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown' }], exists: true, expected: false },
    { registry: 'server error', status: 500, errors: [], exists: true, expected: false },
    { registry: 'rate limit', status: 429, errors: [], exists: true, expected: false },
  ])('$registry: $status → $expected', ({ status, errors, text, exists, expected }) => {
    const refusal = { status, errors, ...(text === undefined ? {} : { text }) }
    expect(isImmutabilityRefusal(refusal, exists)).toBe(expected)
  })

  it.each([
    { status: 400, codes: ['TAG_INVALID'], expected: true },
    { status: 400, codes: ['MANIFEST_INVALID'], expected: false },
    { status: 412, codes: [], expected: true },
    { status: 404, codes: ['NAME_UNKNOWN'], expected: false },
  ])('mayBeImmutability $status $codes → $expected', ({ status, codes, expected }) => {
    expect(mayBeImmutability({ status, errors: codes.map((code) => ({ code, message: '' })) })).toBe(expected)
  })
})
