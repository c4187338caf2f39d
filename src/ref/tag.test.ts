import { describe, expect, it } from 'vitest'
import { parseReference } from './parse.js'
import { MAX_TAG_LENGTH, TAG_PATTERN, isValidTag, tagProblem } from './tag.js'

describe('isValidTag', () => {
  it('allows at most 128 characters', () => {
    expect(MAX_TAG_LENGTH).toBe(128)
    expect(isValidTag('a'.repeat(128))).toBe(true)
    expect(isValidTag('a'.repeat(129))).toBe(false)
  })

  it.each([
    ['latest', true],
    ['v1.2.3', true],
    ['1.2.3-rc.1', true],
    ['Uppercase', true],
    ['_underscore_first', true],
    ['sha-0123abc', true],
    ['a__b--c..d', true],
    ['0', true],
    ['', false],
    ['.hidden', false],
    ['-dash', false],
    ['1.2.3+build.5', false],
    ['feature/x', false],
    ['a:b', false],
    ['a b', false],
    ['café', false],
  ])('%j → %s', (tag, valid) => {
    expect(isValidTag(tag)).toBe(valid)
    expect(TAG_PATTERN.test(tag)).toBe(valid)
    expect(tagProblem(tag) === undefined).toBe(valid)
  })
})

describe('tagProblem', () => {
  it.each([
    ['', 'invalid-tag', 'the tag after ":" is empty', 'remove the ":" or write a tag after it'],
    ['a'.repeat(129), 'tag-too-long', 'tag is 129 characters long; at most 128 are allowed', 'shorten the tag to 128 characters or fewer'],
    ['1.2.3+build.5', 'invalid-tag', 'tag "1.2.3+build.5" contains "+", which tags do not allow', 'replace "+" with "-" or "_", e.g. "1.2.3-build.5"'],
    ['feature/x', 'invalid-tag', 'tag "feature/x" contains "/"; tags allow letters, digits, "_", "." and "-"', 'remove or replace the character'],
    ['.hidden', 'invalid-tag', 'tag ".hidden" must start with a letter, a digit or "_"', 'remove the leading "." or "-"'],
  ])('%j', (tag, reason, detail, hint) => {
    expect(tagProblem(tag)).toStrictEqual({ reason, detail, hint })
  })
})

describe('tag length in a reference', () => {
  it('accepts a 128-character tag and refuses 129', () => {
    expect(parseReference(`ghcr.io/acme/app:${'t'.repeat(128)}`).tag).toBe('t'.repeat(128))
    expect(() => parseReference(`ghcr.io/acme/app:${'t'.repeat(129)}`)).toThrow(
      `invalid image reference "ghcr.io/acme/app:${'t'.repeat(129)}": tag is 129 characters long; at most 128 are allowed`,
    )
  })
})
