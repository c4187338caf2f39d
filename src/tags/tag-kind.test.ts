import { describe, expect, it } from 'vitest'
import { tagKind, versionedFirst } from './tag-kind.js'

describe('tagKind', () => {
  it.each([
    ['1.2.3', 'versioned'],
    ['v1.2.3', 'versioned'],
    ['2.0.0-rc.1', 'versioned'],
    ['sha-1a2b3c4', 'versioned'],
    ['1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b', 'versioned'],
    [`sha256-${'a'.repeat(64)}.sig`, 'versioned'],
    ['latest', 'floating'],
    ['prod', 'floating'],
    ['main', 'floating'],
    ['1.2', 'floating'],
    ['1', 'floating'],
    ['pr-42', 'floating'],
    ['nightly', 'floating'],
    ['sha-xyz', 'floating'],
    ['01.2.3', 'floating'],
  ])('%s is %s', (tag, kind) => {
    expect(tagKind(tag)).toBe(kind)
  })

  it('orders versioned tags first and keeps the order within each group', () => {
    expect(versionedFirst(['latest', '1.2', '1.2.3', 'sha-abcdef0', 'prod'])).toEqual(['1.2.3', 'sha-abcdef0', 'latest', '1.2', 'prod'])
  })
})
