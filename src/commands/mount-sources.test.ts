import { describe, expect, it } from 'vitest'
import { describeError } from '../errors.js'
import { inputLines } from '../input-lines.js'
import { MAX_MOUNT_SOURCES, parseMountSources } from './mount-sources.js'

const many = (count: number) => Array.from({ length: count }, (_, i) => `ghcr.io/acme/base-${i}`).join('\n')

describe('parseMountSources', () => {
  it.each([
    ['', []],
    ['# last release\n\nghcr.io/acme/release', ['ghcr.io/acme/release']],
    ['ghcr.io/acme/base\n# again\nghcr.io/acme/base', ['ghcr.io/acme/base']],
    [many(MAX_MOUNT_SOURCES), Array.from({ length: MAX_MOUNT_SOURCES }, (_, i) => `ghcr.io/acme/base-${i}`)],
    [`${many(MAX_MOUNT_SOURCES)}\nghcr.io/acme/base-0`, Array.from({ length: MAX_MOUNT_SOURCES }, (_, i) => `ghcr.io/acme/base-${i}`)],
  ])('%j', (text, expected) => {
    expect(parseMountSources(inputLines('mount-from', text)).map((source) => `${source.registry}/${source.repository}`)).toEqual(expected)
  })

  it.each([
    [`# a comment\n${many(MAX_MOUNT_SOURCES + 1)}`, /^input "mount-from", line 18: more than 16 repositories: [\s\S]*What to do: list the few repositories/],
    ['ghcr.io/acme/base\nghcr.io/acme/base:1.0', /^input "mount-from", line 2: /],
  ])('refuses %#', (text, message) => {
    let error: unknown
    try {
      parseMountSources(inputLines('mount-from', text))
    } catch (caught) {
      error = caught
    }
    expect(describeError(error)).toMatch(message)
  })
})
