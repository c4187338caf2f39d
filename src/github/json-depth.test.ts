import { describe, expect, it } from 'vitest'
import { nestsDeeperThan } from './json-depth.js'

const nested = (levels: number) => JSON.parse('['.repeat(levels) + ']'.repeat(levels)) as unknown

describe('nestsDeeperThan', () => {
  it.each([
    ['a string', 'x', 1, false],
    ['an empty object', {}, 1, false],
    ['an object in an object', { a: {} }, 1, true],
    ['a bundle-like object', { mediaType: 'x', dsseEnvelope: { signatures: [{ sig: 'x' }] } }, 4, false],
    ['the same, one level short', { mediaType: 'x', dsseEnvelope: { signatures: [{ sig: 'x' }] } }, 3, true],
    ['64 levels', nested(64), 64, false],
    ['65 levels', nested(65), 64, true],
  ])('%s', (_name, value, max, deeper) => {
    expect(nestsDeeperThan(value, max)).toBe(deeper)
  })

  it('measures 200 000 levels without overflowing the stack (JSON.stringify would)', () => {
    const deep = nested(200_000)
    expect(() => JSON.stringify(deep)).toThrow(RangeError)
    expect(nestsDeeperThan(deep, 64)).toBe(true)
  })
})
