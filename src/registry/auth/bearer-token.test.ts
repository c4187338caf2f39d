import { describe, expect, it } from 'vitest'
import { RegistryAuthError, RegistryError } from '../errors.js'
import { bearerToken } from './bearer-token.js'
import { formatScope, parseScope, type Scope } from './scope.js'
import type { TokenGrant } from './token.js'
import { TokenCache } from './token-cache.js'

// docs/registry-protocol.md#token-cache. The token server is a function here: what is tested is which
// scopes are asked for and when, not HTTP (test/token-announce.test.ts runs it against the real registry).
const scopes = (...texts: string[]): Scope[] => texts.map((text) => parseScope(text)!)
const AUTHORITY = 'https://auth.example/token\u0000registry\u0000someone'
const ANNOUNCED = scopes('repository:dev/app:pull', 'repository:prod/a:pull,push', 'repository:prod/b:pull,push')

/** A token server that answers `answer` to each request, recording the scopes asked. */
function server(answer: (asked: readonly string[]) => TokenGrant | Error) {
  const asked: string[][] = []
  let serial = 0
  return {
    asked,
    request: async (list: readonly Scope[]): Promise<TokenGrant> => {
      const texts = list.map(formatScope)
      asked.push(texts)
      await Promise.resolve()
      const outcome = answer(texts)
      if (outcome instanceof Error) throw outcome
      return { ...outcome, token: `${outcome.token}-${++serial}` }
    },
  }
}
const grant: TokenGrant = { token: 'token', expiresAt: Number.MAX_SAFE_INTEGER }
const refusal = (status: number) =>
  new (status === 401 || status === 403 ? RegistryAuthError : RegistryError)({ registry: 'registry', operation: 'token request', status })

describe('bearerToken', () => {
  it('asks once for the announced scopes, and requests that start together share that request', async () => {
    const tokens = new TokenCache(() => 0)
    const { asked, request } = server(() => grant)
    const needs = [scopes('repository:prod/a:pull,push'), scopes('repository:prod/b:pull'), scopes('repository:dev/app:pull')]
    const got = await Promise.all(needs.map((needed) => bearerToken({ tokens, authority: AUTHORITY, needed, announced: ANNOUNCED, force: false, request })))
    expect(asked).toEqual([['repository:prod/a:pull,push', 'repository:prod/b:pull,push', 'repository:dev/app:pull']])
    expect(new Set(got.map((g) => g.token.token)).size).toBe(1)
    expect(got.every((g) => g.token.announced)).toBe(true)
  })

  // The credential may not read dev/app, and this token server refuses the whole request for it.
  it.each([400, 401, 403, 404, 414])('a %i to announced scopes stops announcing and asks for what is needed', async (status) => {
    const tokens = new TokenCache(() => 0)
    const { asked, request } = server((list) => (list.includes('repository:dev/app:pull') ? refusal(status) : grant))
    const needed = scopes('repository:prod/a:pull,push')
    const got = await bearerToken({ tokens, authority: AUTHORITY, needed, announced: ANNOUNCED, force: false, request })
    expect(got.token.announced).toBe(false)
    expect(tokens.announcing(AUTHORITY)).toBe(false)
    // Later requests announce nothing either.
    await bearerToken({ tokens, authority: AUTHORITY, needed: scopes('repository:prod/b:pull,push'), announced: ANNOUNCED, force: false, request })
    expect(asked).toEqual([
      // Push scopes first (docs/registry-protocol.md#p37).
      ['repository:prod/a:pull,push', 'repository:prod/b:pull,push', 'repository:dev/app:pull'],
      ['repository:prod/a:pull,push'],
      ['repository:prod/b:pull,push', 'repository:prod/a:pull,push'],
    ])
  })

  it.each([
    { name: 'a 500 to announced scopes (retried already, not theirs)', status: 500, announced: ANNOUNCED, requests: 1 },
    { name: 'a 429 to announced scopes', status: 429, announced: ANNOUNCED, requests: 1 },
    { name: 'a 403 with nothing announced', status: 403, announced: [], requests: 1 },
  ])('$name is reported as it is, with no second request', async ({ status, announced, requests }) => {
    const tokens = new TokenCache(() => 0)
    const { asked, request } = server(() => refusal(status))
    const error = await bearerToken({ tokens, authority: AUTHORITY, needed: scopes('repository:prod/a:pull,push'), announced, force: false, request }).catch(
      (e: unknown) => e,
    )
    expect((error as RegistryError).status).toBe(status)
    expect(asked).toHaveLength(requests)
    expect(tokens.announcing(AUTHORITY)).toBe(true)
  })

  it('forgets the tokens got with announced scopes when announcing stops', async () => {
    const tokens = new TokenCache(() => 0)
    const { asked, request } = server(() => grant)
    const first = await bearerToken({
      tokens,
      authority: AUTHORITY,
      needed: scopes('repository:prod/a:pull,push'),
      announced: ANNOUNCED,
      force: false,
      request,
    })
    expect(tokens.find(AUTHORITY, scopes('repository:prod/b:pull,push'))?.token).toBe(first.token.token)
    tokens.stopAnnouncing(AUTHORITY)
    expect(tokens.find(AUTHORITY, scopes('repository:prod/b:pull,push'))).toBeUndefined()
    const next = await bearerToken({ tokens, authority: AUTHORITY, needed: scopes('repository:prod/a:pull,push'), announced: ANNOUNCED, force: false, request })
    expect(next.token.announced).toBe(false)
    expect(asked[1]).toEqual(['repository:prod/a:pull,push'])
  })
})
