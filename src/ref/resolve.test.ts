import { describe, expect, it } from 'vitest'
import { parseReference } from './parse.js'
import { effectiveTag, isImplicitLatest, resolutionTarget } from './resolve.js'
import { DEFAULT_TAG } from './tag.js'

const D = `sha256:${'ab'.repeat(32)}`

describe('the default tag', () => {
  it('is latest, and the parser does not fill it in', () => {
    expect(DEFAULT_TAG).toBe('latest')
    const ref = parseReference('ubuntu')
    expect(ref.tag).toBeUndefined()
    expect(isImplicitLatest(ref)).toBe(true)
    expect(effectiveTag(ref)).toBe('latest')
  })
})

describe('resolution', () => {
  it.each([
    ['ubuntu', { kind: 'tag', tag: 'latest', implicit: true }, 'latest', true],
    ['ubuntu:latest', { kind: 'tag', tag: 'latest', implicit: false }, 'latest', false],
    ['ubuntu:22.04', { kind: 'tag', tag: '22.04', implicit: false }, '22.04', false],
    [`ubuntu@${D}`, { kind: 'digest', digest: D, ignoredTag: undefined }, undefined, false],
    // Tag and digest: the digest is resolved, the tag is kept only as a label.
    [`ubuntu:22.04@${D}`, { kind: 'digest', digest: D, ignoredTag: '22.04' }, '22.04', false],
  ])('%s', (input, target, tag, implicit) => {
    const ref = parseReference(input)
    expect(resolutionTarget(ref)).toStrictEqual(target)
    expect(effectiveTag(ref)).toBe(tag)
    expect(isImplicitLatest(ref)).toBe(implicit)
  })
})
