import { describe, expect, it } from 'vitest'
import type { AuthNote } from './auth/host-auth.js'
import { parseScopes } from './auth/scope.js'
import { hintFor, type HintInput } from './hints.js'

const bearer = (over: Partial<AuthNote> = {}): AuthNote => ({
  scheme: 'bearer',
  credentialKind: 'password',
  username: 'reader',
  credentialSource: 'input "password"',
  needed: parseScopes('repository:acme/app:pull,push'),
  requested: parseScopes('repository:acme/app:pull,push'),
  granted: undefined,
  challenge: undefined,
  reauthenticated: false,
  ...over,
})

const input = (over: Partial<HintInput>): HintInput => ({
  registry: 'r.example',
  repository: 'acme/app',
  status: 400,
  errors: [],
  access: 'push',
  auth: undefined,
  ...over,
})
const code = (c: string, detail?: unknown) => [{ code: c, message: '', ...(detail === undefined ? {} : { detail }) }]

// docs/registry-protocol.md#error-codes and docs/registry-protocol.md#registry-specifics.
describe('hintFor', () => {
  it.each([
    { name: 'no credentials', input: input({ status: 401, errors: code('UNAUTHORIZED') }), hint: /no credentials were found for r\.example/ },
    {
      name: 'rejected credentials name the user and where they came from',
      input: input({ status: 401, auth: bearer({ scheme: 'basic' }) }),
      hint: /rejected user "reader" \(from input "password"\)/,
    },
    {
      name: 'a token with pull but not push',
      input: input({ status: 401, auth: bearer({ granted: parseScopes('repository:acme/app:pull') }) }),
      hint: /the token has pull but not push on acme\/app/,
    },
    {
      name: 'insufficient_scope without readable claims',
      input: input({
        status: 401,
        auth: bearer({ challenge: { scheme: 'bearer', params: { error: 'insufficient_scope', scope: 'repository:acme/app:pull,push' } } }),
      }),
      hint: /does not grant pull,push on acme\/app/,
    },
    {
      name: 'GHCR 403 on push',
      input: input({ registry: 'ghcr.io', status: 403, errors: code('DENIED'), auth: bearer() }),
      hint: /permissions: packages: write/,
    },
    {
      name: 'DENIED elsewhere',
      input: input({ status: 403, errors: code('DENIED'), auth: bearer({ scheme: 'basic' }) }),
      hint: /user "reader" \(from input "password"\) may not push acme\/app/,
    },
    { name: 'NAME_UNKNOWN', input: input({ status: 404, errors: code('NAME_UNKNOWN') }), hint: /create it first/ },
    {
      name: 'NAME_UNKNOWN on ECR',
      input: input({ registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', status: 404, errors: code('NAME_UNKNOWN') }),
      hint: /aws ecr create-repository --repository-name acme\/app/,
    },
    {
      name: 'MANIFEST_BLOB_UNKNOWN names the child',
      input: input({ errors: code('MANIFEST_BLOB_UNKNOWN', 'sha256:abc') }),
      hint: /push sha256:abc to acme\/app before/,
    },
    { name: 'MANIFEST_INVALID', input: input({ errors: code('MANIFEST_INVALID') }), hint: /Content-Type must equal/ },
    { name: 'DIGEST_INVALID', input: input({ errors: code('DIGEST_INVALID') }), hint: /corrupt/ },
    { name: 'rate limit', input: input({ status: 429, errors: code('TOOMANYREQUESTS') }), hint: /rate limiting/ },
    { name: 'Harbor 412', input: input({ status: 412 }), hint: /prevent vulnerable images/ },
    { name: 'server error', input: input({ status: 503 }), hint: /failed on its side/ },
  ])('$name', ({ input: hintInput, hint }) => {
    expect(hintFor(hintInput)).toMatch(hint)
  })

  it('has nothing to add for an unexplained 400', () => {
    expect(hintFor(input({}))).toBeUndefined()
  })
})
