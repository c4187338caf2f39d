import { describe, expect, it } from 'vitest'
import { coversScopes, formatScope, mergeScopes, missingScopes, parseScope, parseScopes, repositoryScope, requestOrder, scopeSetKey } from './scope.js'

// docs/registry-protocol.md#token-scopes.
describe('parseScope', () => {
  it.each([
    { input: 'repository:samalba/my-app:pull,push', expected: { type: 'repository', name: 'samalba/my-app', actions: ['pull', 'push'] } },
    { input: 'repository:localhost:5000/foo/bar:pull', expected: { type: 'repository', name: 'localhost:5000/foo/bar', actions: ['pull'] } },
    { input: 'registry:catalog:*', expected: { type: 'registry', name: 'catalog', actions: ['*'] } },
    { input: 'repository(plugin):a/b:pull', expected: { type: 'repository', name: 'a/b', actions: ['pull'] } },
    { input: 'repository:a/b:push,pull,push', expected: { type: 'repository', name: 'a/b', actions: ['pull', 'push'] } },
    { input: 'repository:a/b', expected: undefined },
    { input: 'nonsense', expected: undefined },
    { input: 'repository:a/b:', expected: undefined },
  ])('$input', ({ input, expected }) => {
    expect(parseScope(input)).toEqual(expected)
  })

  it('reads two scopes separated by a space', () => {
    expect(parseScopes('repository:a/b:pull repository:c/d:pull,push').map(formatScope)).toEqual(['repository:a/b:pull', 'repository:c/d:pull,push'])
  })
})

describe('mergeScopes', () => {
  it.each([
    { lists: [['repository:a:pull'], ['repository:a:push']], expected: ['repository:a:pull,push'] },
    { lists: [['repository:a:pull,push'], ['repository:b:pull']], expected: ['repository:a:pull,push', 'repository:b:pull'] },
    {
      lists: [['repository:localhost:5000/foo/bar:pull'], ['repository:localhost:5000/foo/bar:delete']],
      expected: ['repository:localhost:5000/foo/bar:pull,delete'],
    },
    { lists: [['registry:catalog:*'], ['repository:catalog:pull']], expected: ['registry:catalog:*', 'repository:catalog:pull'] },
  ])('$lists → $expected', ({ lists, expected }) => {
    expect(mergeScopes(...lists.map((list) => parseScopes(list.join(' ')))).map(formatScope)).toEqual(expected)
  })
})

describe('requestOrder', () => {
  it('puts push scopes first (ggcr scopesForUploadingImage, P37)', () => {
    const ordered = requestOrder([repositoryScope('src', ['pull']), repositoryScope('dst', ['pull', 'push'])])
    expect(ordered.map(formatScope)).toEqual(['repository:dst:pull,push', 'repository:src:pull'])
  })
})

describe('coversScopes / missingScopes', () => {
  const granted = parseScopes('repository:acme/app:pull repository:acme/base:*')
  it.each([
    { needed: 'repository:acme/app:pull', covered: true, missing: [] },
    { needed: 'repository:acme/app:pull,push', covered: false, missing: ['repository:acme/app:push'] },
    { needed: 'repository:acme/base:pull,push,delete', covered: true, missing: [] },
    { needed: 'repository:other:pull', covered: false, missing: ['repository:other:pull'] },
  ])('$needed', ({ needed, covered, missing }) => {
    expect(coversScopes(granted, parseScopes(needed))).toBe(covered)
    expect(missingScopes(granted, parseScopes(needed)).map(formatScope)).toEqual(missing)
  })
})

describe('scopeSetKey', () => {
  it('does not depend on order or on how actions were split', () => {
    expect(scopeSetKey(parseScopes('repository:b:pull repository:a:push repository:a:pull'))).toBe(
      scopeSetKey(parseScopes('repository:a:pull,push repository:b:pull')),
    )
  })
})
