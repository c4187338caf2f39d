import { describe, expect, it } from 'vitest'
import { revisionValue, timeValue } from './label-values.js'

describe('timeValue', () => {
  it.each([
    ['2026-12-06T10:00:00Z', '2026-12-06T10:00:00Z'],
    ['2026-12-06T10:00:00.123456789+02:00', '2026-12-06T10:00:00.123456789+02:00'],
    ['0001-01-01T00:00:00Z', undefined],
    ['2026-13-45T10:00:00Z', undefined],
    ['yesterday', undefined],
    ['2026-12-06T10:00:00Z\n| injected | row |', undefined],
    [`2026-12-06T10:00:00Z${'0'.repeat(100_000)}`, undefined],
    [1733479200, undefined],
  ])('%j → %j', (value, expected) => {
    expect(timeValue(value)).toBe(expected)
  })
})

describe('revisionValue', () => {
  it.each([
    ['a'.repeat(40), 'a'.repeat(40)],
    ['v1.4.2', 'v1.4.2'],
    ['', undefined],
    ['abc def', undefined],
    ['abc\n<script>', undefined],
    ['a'.repeat(129), undefined],
    [{ sha: 'abc' }, undefined],
  ])('%j → %j', (value, expected) => {
    expect(revisionValue(value)).toBe(expected)
  })
})
