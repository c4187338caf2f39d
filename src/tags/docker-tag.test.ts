import { describe, expect, it } from 'vitest'
import { sanitizeTag, toValidTag } from './docker-tag.js'

describe('sanitizeTag (metadata-action)', () => {
  it.each([
    ['feature/a', 'feature-a'],
    ['my/feature#1245', 'my-feature-1245'],
    ['feat/café-über', 'feat-caf---ber'],
    ['Feature-Add_Thing', 'Feature-Add_Thing'],
    ['a  //  b', 'a-b'],
  ])('%s → %s', (value, expected) => {
    expect(sanitizeTag(value)).toBe(expected)
  })
})

describe('toValidTag', () => {
  it.each([
    ['-preview', 'preview'],
    ['..-.x', 'x'],
    ['/leading', 'leading'],
    ['_ok', '_ok'],
    ['...', ''],
    ['', ''],
    ['a'.repeat(128), 'a'.repeat(128)],
  ])('%j → %j', (value, expected) => {
    expect(toValidTag(value)).toEqual({ tag: expected, truncated: false })
  })

  it('shortens a tag over 128 characters to 120 + "-" + 7 hex of its SHA-256', () => {
    const result = toValidTag(`feature/${'a'.repeat(142)}`)
    expect(result).toEqual({ tag: `feature-${'a'.repeat(112)}-b2dbe40`, truncated: true })
    expect(result.tag).toHaveLength(128)
    expect(result.tag).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/)
  })

  it('keeps long tags that share a prefix distinct', () => {
    expect(toValidTag(`feature/${'a'.repeat(141)}b`).tag).toBe(`feature-${'a'.repeat(112)}-ac70162`)
  })
})
