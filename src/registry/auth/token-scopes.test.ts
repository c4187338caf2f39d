import { describe, expect, it } from 'vitest'
import { coversScopes, formatScope, parseScope, type Scope } from './scope.js'
import { MAX_TOKEN_SCOPE_BYTES, scopeBatch, scopeQueryBytes } from './token-scopes.js'

// docs/registry-protocol.md#token-cache.
const scopes = (...texts: string[]): Scope[] => texts.map((text) => parseScope(text)!)
const texts = (list: readonly Scope[]) => list.map(formatScope)
const targets = (n: number) => Array.from({ length: n }, (_, i) => `repository:prod/service-${String(i).padStart(3, '0')}:pull,push`)

describe('scopeQueryBytes', () => {
  it('counts the query a token GET sends', () => {
    const list = scopes('repository:a/b:pull', 'repository:localhost:5000/c:pull,push')
    const url = new URL('https://auth.example/token')
    for (const scope of list) url.searchParams.append('scope', formatScope(scope))
    expect(scopeQueryBytes(list)).toBe(url.search.length - 1)
  })
})

describe('scopeBatch within the budget', () => {
  it.each([
    {
      name: 'needed, asked and announced together',
      needed: ['repository:prod/a:pull,push'],
      asked: ['repository:dev/app:pull'],
      announced: ['repository:prod/b:pull,push', 'repository:dev/app:pull'],
      expected: ['repository:prod/a:pull,push', 'repository:dev/app:pull', 'repository:prod/b:pull,push'],
      announcedFlag: true,
    },
    {
      name: 'nothing announced: what was asked, as without announcing',
      needed: ['repository:prod/a:pull'],
      asked: ['repository:prod/b:pull,push'],
      announced: [],
      expected: ['repository:prod/a:pull', 'repository:prod/b:pull,push'],
      announcedFlag: false,
    },
    {
      name: 'announced scopes already asked for add nothing',
      needed: ['repository:prod/a:pull,push'],
      asked: ['repository:dev/app:pull'],
      announced: ['repository:dev/app:pull', 'repository:prod/a:pull'],
      expected: ['repository:prod/a:pull,push', 'repository:dev/app:pull'],
      announcedFlag: false,
    },
    {
      name: 'an announced push where only pull was asked widens it',
      needed: ['repository:prod/a:pull'],
      asked: [],
      announced: ['repository:prod/a:pull,push'],
      expected: ['repository:prod/a:pull,push'],
      announcedFlag: true,
    },
  ])('$name', ({ needed, asked, announced, expected, announcedFlag }) => {
    const batch = scopeBatch({ needed: scopes(...needed), asked: scopes(...asked), announced: scopes(...announced), covered: () => false })
    expect(texts(batch.scopes)).toEqual(expected)
    expect(batch.announced).toBe(announcedFlag)
  })
})

describe('scopeBatch past the budget', () => {
  it.each([
    {
      name: 'needed first, then what no token covers, then pull-only scopes a token covers (mount sources), then the rest',
      needed: ['repository:prod/service-044:pull,push'],
      asked: ['repository:prod/service-000:pull,push', 'repository:dev/app:pull'],
      announced: targets(45),
      covered: (scope: Scope) => scope.name === 'dev/app' || scope.name < 'prod/service-040',
      // 51 bytes for a target's scope, 52 with its `&`, 36 for dev/app's: room for one covered target.
      budget: 51 + 4 * 52 + 36 + 52,
      expected: ['repository:prod/service-044:pull,push', ...targets(44).slice(40), 'repository:dev/app:pull', 'repository:prod/service-000:pull,push'],
    },
    {
      name: 'needed alone past the budget is still asked for, and nothing else',
      needed: ['repository:prod/a-very-long-name:pull,push'],
      asked: [],
      announced: ['repository:prod/b:pull'],
      covered: () => false,
      budget: 10,
      expected: ['repository:prod/a-very-long-name:pull,push'],
    },
  ])('$name', ({ needed, asked, announced, covered, budget, expected }) => {
    const batch = scopeBatch({ needed: scopes(...needed), asked: scopes(...asked), announced: scopes(...announced), covered, budget })
    expect(texts(batch.scopes)).toEqual(expected)
    if (batch.scopes.length > 1) expect(scopeQueryBytes(batch.scopes)).toBeLessThanOrEqual(budget)
  })

  it.each([1, 39, 40, 100, 500])('%i announced repositories take a token per batch, each within the budget', (n) => {
    const announced = scopes(...targets(n))
    const tokens: Scope[][] = []
    const covered = (scope: Scope) => tokens.some((token) => coversScopes(token, [scope]))
    // The run reaches each repository in turn; a repository no token covers asks for a new one.
    for (const scope of announced) {
      if (covered(scope)) continue
      const batch = scopeBatch({ needed: [scope], asked: tokens.flat(), announced, covered })
      expect(scopeQueryBytes(batch.scopes)).toBeLessThanOrEqual(MAX_TOKEN_SCOPE_BYTES)
      tokens.push(batch.scopes)
    }
    const perBatch = Math.floor((MAX_TOKEN_SCOPE_BYTES + 1) / (scopeQueryBytes(announced.slice(0, 1)) + 1))
    expect(tokens).toHaveLength(Math.ceil(n / perBatch))
  })

  it('asks at most once per scope whether a token covers it, so each token request costs one pass over the run', () => {
    const announced = scopes(...targets(2000))
    const asked = announced.slice(0, 400)
    let calls = 0
    const covered = (scope: Scope) => {
      calls++
      return asked.includes(scope)
    }
    scopeBatch({ needed: announced.slice(1000, 1001), asked, announced, covered })
    expect(calls).toBeLessThanOrEqual(announced.length)
  })
})
