/** Parsing of the `flavor`, `images`, `labels`/`annotations` inputs and the shared line grammar. */
import { describe, expect, it } from 'vitest'
import { parseFlavor, type Flavor } from './flavor.js'
import { parseImages, type ImageSpec } from './images.js'
import { parseKeyValues, type KeyValueInput } from './key-values.js'
import { parseRecord, splitLines } from './list-input.js'

describe('list input lines', () => {
  it('keeps non-blank, non-comment lines, trimmed, with their line numbers', () => {
    expect(splitLines('tags', '  a \n\n# c\n\tb\r\n  #d\n')).toEqual([
      { input: 'tags', line: 1, text: 'a' },
      { input: 'tags', line: 4, text: 'b' },
    ])
  })

  it.each([
    ['type=match,"pattern=(\\d{8})-(\\d{1,3})",group=2', ['type=match', 'pattern=(\\d{8})-(\\d{1,3})', 'group=2']],
    ['type=match,"""pattern=(\\d{8})-(\\d{1,3})""",group=2', ['type=match', 'pattern=(\\d{8})-(\\d{1,3})', 'group=2']],
    ['type=raw, "value=a,b" ,priority=5', ['type=raw', 'value=a,b', 'priority=5']],
    ['type=raw,value=say "hi"', ['type=raw', 'value=say "hi"']],
    ['type=raw,,value=x,', ['type=raw', 'value=x']],
  ])('reads %s as one CSV record', (text, fields) => {
    expect(parseRecord({ input: 'tags', line: 1, text })).toEqual(fields)
  })
})

describe('parseFlavor', () => {
  const affix = (template: string, onLatest: boolean, line = 1) => ({ template, onLatest, line })
  it.each<[string | undefined, Flavor]>([
    [undefined, { latest: 'auto', prefix: undefined, suffix: undefined }],
    ['latest=true', { latest: 'true', latestLine: 1, prefix: undefined, suffix: undefined }],
    ['latest=false,prefix=dev-', { latest: 'false', latestLine: 1, prefix: affix('dev-', false), suffix: undefined }],
    ['prefix=foo-,onlatest=true\nsuffix=-bar', { latest: 'auto', prefix: affix('foo-', true), suffix: affix('-bar', false, 2) }],
    ['suffix=-alpine,onlatest=false\n# comment\nlatest=auto', { latest: 'auto', latestLine: 3, prefix: undefined, suffix: affix('-alpine', false) }],
    ['prefix={{branch}}-,onlatest=true', { latest: 'auto', prefix: affix('{{branch}}-', true), suffix: undefined }],
    // metadata-action ignores an empty prefix.
    ['prefix=,onlatest=true', { latest: 'auto', prefix: undefined, suffix: undefined }],
  ])('%j', (text, expected) => {
    expect(parseFlavor(text)).toEqual(expected)
  })
})

describe('parseImages', () => {
  it.each<[string, ImageSpec[]]>([
    ['user/app', [{ name: 'user/app', enable: true, line: 1 }]],
    // Legacy form: one line of comma-separated names.
    [
      'user/app,ghcr.io/User/App',
      [
        { name: 'user/app', enable: true, line: 1 },
        { name: 'ghcr.io/User/App', enable: true, line: 1 },
      ],
    ],
    [
      '# registries\nuser/app\n\nname=ghcr.io/user/app,enable=false\nname=quay.io/user/app,enable=true',
      [
        { name: 'user/app', enable: true, line: 2 },
        { name: 'ghcr.io/user/app', enable: false, line: 4 },
        { name: 'quay.io/user/app', enable: true, line: 5 },
      ],
    ],
    ['name=user/app,enable=false', [{ name: 'user/app', enable: false, line: 1 }]],
    ['ghcr.io/user/app,enable=false', [{ name: 'ghcr.io/user/app', enable: false, line: 1 }]],
  ])('%j', (text, expected) => {
    expect(parseImages(text)).toEqual(expected)
  })

  it('has no images for an empty input', () => {
    expect(parseImages('')).toEqual([])
  })
})

describe('parseKeyValues', () => {
  it.each<[string, KeyValueInput]>([
    ['maintainer=CrazyMax', { entries: [{ key: 'maintainer', value: 'CrazyMax', line: 1 }], warnings: [] }],
    [
      'title=My=Title\nfoo=',
      {
        entries: [
          { key: 'title', value: 'My=Title', line: 1 },
          { key: 'foo', value: '', line: 2 },
        ],
        warnings: [],
      },
    ],
    // One CSV pass, fields re-joined: commas and inner spaces survive, outer quotes go.
    [
      'desc=a, b\n"vendor=Acme, Inc."',
      {
        entries: [
          { key: 'desc', value: 'a, b', line: 1 },
          { key: 'vendor', value: 'Acme, Inc.', line: 2 },
        ],
        warnings: [],
      },
    ],
    ['desc=this is a "good" example', { entries: [{ key: 'desc', value: 'this is a "good" example', line: 1 }], warnings: [] }],
    [
      'invalid\nfoo=bar',
      { entries: [{ key: 'foo', value: 'bar', line: 2 }], warnings: ['input "labels", line 1: "invalid" has no "=", so it is ignored; write key=value'] },
    ],
  ])('%j', (text, expected) => {
    expect(parseKeyValues('labels', text)).toEqual(expected)
  })
})
