import { describe, expect, it } from 'vitest'
import { parseReference } from './parse.js'
import { MAX_PATH_LENGTH, isValidRepositoryPath } from './path.js'

describe('isValidRepositoryPath', () => {
  it.each([
    ['library/ubuntu', true],
    ['a', true],
    ['acme/app/sub-image', true],
    ['dock__er/docker', true],
    ['docker---rules/docker', true],
    ['a.b_c__d-e--f', true],
    ['a'.repeat(255), true],
    ['a'.repeat(256), false],
    ['', false],
    ['Acme/app', false],
    ['ghcr.io:443/acme', false],
    ['acme/app:tag', false],
    ['acme//app', false],
    ['acme/', false],
    ['/acme', false],
    ['a___b', false],
    ['a..b', false],
    ['a-.b', false],
    ['_a', false],
    ['a_', false],
  ])('%j → %s', (path, valid) => {
    expect(isValidRepositoryPath(path)).toBe(valid)
  })
})

describe('path length limit', () => {
  it('is 255 characters', () => {
    expect(MAX_PATH_LENGTH).toBe(255)
  })

  it('does not count the registry', () => {
    const registry = 'registry.example.com:5000'
    expect(parseReference(`${registry}/${'a'.repeat(255)}`).repository).toHaveLength(255)
    expect(() => parseReference(`${registry}/${'a'.repeat(256)}`)).toThrow('repository path is 256 characters long; at most 255 are allowed')
  })

  it('counts the path across components', () => {
    const path = `${'a/'.repeat(127)}a`
    expect(path).toHaveLength(255)
    expect(parseReference(`${path}:tag-puts-this-over-max`)).toStrictEqual({
      registry: 'docker.io',
      repository: path,
      tag: 'tag-puts-this-over-max',
      original: `${path}:tag-puts-this-over-max`,
    })
    expect(() => parseReference(`${path}a:tag`)).toThrow('repository path is 256 characters long; at most 255 are allowed')
  })

  it('counts the implied library/ of a Docker Hub official name', () => {
    expect(parseReference('a'.repeat(247)).repository).toHaveLength(255)
    expect(() => parseReference('a'.repeat(248))).toThrow('repository path is 256 characters long (including the implied "library/"); at most 255 are allowed')
  })
})
