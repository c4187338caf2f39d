import { describe, expect, it } from 'vitest'
import type { Finding } from '../policy/index.js'
import { findingText } from './policy-gate.js'

const finding = (location: Finding['location']): Finding => ({
  rule: 'tag.missing',
  level: 'error',
  message: 'names no tag',
  hint: 'pin it',
  ...(location ? { location } : {}),
})

/** Issue 13: the human check output lacked the column that JSON, SARIF and annotations have. */
describe('findingText', () => {
  it.each([
    [{ file: 'deploy/app.yaml', line: 12, column: 18, endColumn: 30 }, '[tag.missing] deploy/app.yaml:12:18: names no tag'],
    [{ file: 'Dockerfile', line: 1 }, '[tag.missing] Dockerfile:1: names no tag'],
    [{ file: '.github/image-policy.yml' }, '[tag.missing] .github/image-policy.yml: names no tag'],
    [{ input: 'tags' }, '[tag.missing] names no tag'],
    [undefined, '[tag.missing] names no tag'],
  ])('%j', (location, text) => {
    expect(findingText(finding(location))).toBe(text)
  })
})
