import { describe, expect, it } from 'vitest'
import { jsonExcerpt } from './json-excerpt.js'

const deep = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth))

describe('jsonExcerpt', () => {
  it.each([
    ['null', null, 'null'],
    ['a number', 1.5, '1.5'],
    ['a string with quotes', 'a"b', '"a\\"b"'],
    ['an empty object', {}, '{}'],
    ['an empty array', [], '[]'],
    ['nested values', { errors: [{ code: 'X', detail: { a: [1, null, true] } }] }, '{"errors":[{"code":"X","detail":{"a":[1,null,true]}}]}'],
  ])('%s renders as JSON.stringify does', (_name, value, expected) => {
    expect(jsonExcerpt(value, 200)).toBe(expected)
    expect(jsonExcerpt(value, 200)).toBe(JSON.stringify(value))
  })

  it.each([
    ['a long string', 'x'.repeat(10_000), `"${'x'.repeat(19)}…`],
    ['a long array', Array.from({ length: 10_000 }, () => 1), `[${'1,'.repeat(9)}1…`],
    ['200 000 levels of arrays, which JSON.stringify cannot render', deep(200_000), `${'['.repeat(20)}…`],
  ])('%s is cut at the budget', (_name, value, expected) => {
    expect(jsonExcerpt(value, 20)).toBe(expected)
  })
})
