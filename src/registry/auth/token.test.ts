import { describe, expect, it } from 'vitest'
import { grantedScopes } from './granted.js'
import { formatScope } from './scope.js'
import { MIN_TOKEN_LIFE_MS, TOKEN_EXPIRY_MARGIN_MS, parseTokenResponse } from './token.js'

const NOW = Date.parse('2026-03-01T12:00:00Z')

// docs/registry-protocol.md#token-request (response) and docs/registry-protocol.md#token-cache (expiry).
describe('parseTokenResponse', () => {
  it.each([
    { name: 'token, default life', body: { token: 't' }, token: 't', expiresAt: NOW + MIN_TOKEN_LIFE_MS - TOKEN_EXPIRY_MARGIN_MS },
    { name: 'access_token only', body: { access_token: 'a', expires_in: 300 }, token: 'a', expiresAt: NOW + 300_000 - TOKEN_EXPIRY_MARGIN_MS },
    { name: 'both: token wins', body: { token: 't', access_token: 'a' }, token: 't', expiresAt: NOW + 50_000 },
    { name: 'below 60 s is 60 s', body: { token: 't', expires_in: 10 }, token: 't', expiresAt: NOW + 50_000 },
    {
      name: 'issued_at in the past',
      body: { token: 't', expires_in: 300, issued_at: '2026-03-01T11:58:00Z' },
      token: 't',
      expiresAt: NOW - 120_000 + 300_000 - 10_000,
    },
    { name: 'issued_at in the future (skew)', body: { token: 't', expires_in: 300, issued_at: '2026-03-01T12:30:00Z' }, token: 't', expiresAt: NOW + 290_000 },
    {
      name: 'issued_at so old it expired (skew)',
      body: { token: 't', expires_in: 60, issued_at: '2026-03-01T10:00:00Z' },
      token: 't',
      expiresAt: NOW + 50_000,
    },
    { name: 'issued_at unreadable', body: { token: 't', expires_in: 120, issued_at: 'yesterday' }, token: 't', expiresAt: NOW + 110_000 },
    { name: 'expires_in not a number', body: { token: 't', expires_in: '3600' }, token: 't', expiresAt: NOW + 50_000 },
  ])('$name', ({ body, token, expiresAt }) => {
    expect(parseTokenResponse(JSON.stringify(body), NOW)).toEqual({ token, expiresAt })
  })

  it('keeps a refresh token', () => {
    expect(parseTokenResponse('{"access_token":"a","refresh_token":"r"}', NOW)?.refreshToken).toBe('r')
  })

  it.each(['{}', '{"token":""}', 'not json', 'null', '[]', '{"token":"a\\r\\nX-Injected: 1"}', '{"token":"two words"}', '{"access_token":"t\\u0000"}'])(
    'no token in %s',
    (text) => {
      expect(parseTokenResponse(text, NOW)).toBeUndefined()
    },
  )
})

describe('grantedScopes', () => {
  const jwt = (payload: unknown) => ['e30', Buffer.from(JSON.stringify(payload)).toString('base64url'), 'sig'].join('.')
  it('reads the access claim of a JWT', () => {
    const token = jwt({
      access: [
        { type: 'repository', name: 'acme/app', actions: ['push', 'pull'] },
        { type: 'repository', name: 'acme/base', actions: [] },
      ],
    })
    expect(grantedScopes(token)?.map(formatScope)).toEqual(['repository:acme/app:pull,push', 'repository:acme/base:'])
  })
  it.each([['opaque'], ['a.b'], [jwt({ sub: 'x' })], ['a.!!!.c']])('gives undefined for %s', (token) => {
    expect(grantedScopes(token)).toBeUndefined()
  })
})
