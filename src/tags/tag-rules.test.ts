import { describe, expect, it } from 'vitest'
import type { TagRule } from './tag-rule.js'
import { parseTagRules } from './tag-rules.js'

const on = { kind: 'fixed', value: true } as const
const base = { line: 1, enable: on, prefix: undefined, suffix: undefined } as const

describe('parseTagRules', () => {
  it.each<[string, TagRule]>([
    ['type=schedule', { ...base, type: 'schedule', priority: 1000, pattern: 'nightly' }],
    [
      "type=schedule,enable=true,pattern={{date 'YYYYMMDD' tz='Asia/Tokyo'}}",
      { ...base, type: 'schedule', priority: 1000, pattern: "{{date 'YYYYMMDD' tz='Asia/Tokyo'}}" },
    ],
    ['type=semver,pattern={{version}}', { ...base, type: 'semver', priority: 900, pattern: '{{version}}', patternIsRaw: false, value: '', match: undefined }],
    [
      'type=semver,priority=1,pattern={{ raw }},value=v1.0.0',
      { ...base, type: 'semver', priority: 1, pattern: '{{ raw }}', patternIsRaw: true, value: 'v1.0.0', match: undefined },
    ],
    [
      'type=pep440,pattern={{major}}.{{minor}},match=v(.*)',
      { ...base, type: 'pep440', priority: 900, pattern: '{{major}}.{{minor}}', patternIsRaw: false, value: '', match: /v(.*)/ },
    ],
    [
      'type=match,enable=true,"pattern=^v(\\d.\\d.\\d)$",group=1',
      { ...base, type: 'match', priority: 800, pattern: /^v(\d.\d.\d)$/, patternText: '^v(\\d.\\d.\\d)$', group: 1, value: '' },
    ],
    [
      'type=match,pattern=/^V(.*)$/i,value=v1.2.3',
      { ...base, type: 'match', priority: 800, pattern: /^V(.*)$/i, patternText: '/^V(.*)$/i', group: 0, value: 'v1.2.3' },
    ],
    // metadata-action's required doubled quoting still works.
    [
      'type=match,"""pattern=(\\d{8})-(\\d{1,3})""",group=2',
      { ...base, type: 'match', priority: 800, pattern: /(\d{8})-(\d{1,3})/, patternText: '(\\d{8})-(\\d{1,3})', group: 2, value: '' },
    ],
    ['type=edge', { ...base, type: 'edge', priority: 700, branch: undefined }],
    ['type=edge,branch=', { ...base, type: 'edge', priority: 700, branch: undefined }],
    ['type=edge,branch=develop', { ...base, type: 'edge', priority: 700, branch: 'develop' }],
    ['type=ref,event=branch', { ...base, type: 'ref', priority: 600, event: 'branch' }],
    ['type=ref,event=tag', { ...base, type: 'ref', priority: 600, event: 'tag' }],
    ['type=ref,event=pr', { ...base, type: 'ref', priority: 600, event: 'pr', prefix: 'pr-' }],
    ['type=ref,event=pr,prefix=', { ...base, type: 'ref', priority: 600, event: 'pr', prefix: '' }],
    ['acustomtag', { ...base, type: 'raw', priority: 200, value: 'acustomtag' }],
    ['type=raw,value=', { ...base, type: 'raw', priority: 200, value: '' }],
    ['  TYPE = raw ,  Value = spaced , Priority = -5 ', { ...base, type: 'raw', priority: -5, value: 'spaced' }],
    ['type=raw,"value=a,b"', { ...base, type: 'raw', priority: 200, value: 'a,b' }],
    [
      'type=raw,value=x,enable=false,suffix=-s,prefix={{branch}}-',
      { ...base, type: 'raw', priority: 200, value: 'x', enable: { kind: 'fixed', value: false }, prefix: '{{branch}}-', suffix: '-s' },
    ],
    [
      'type=raw,value=x,enable={{is_default_branch}}',
      { ...base, type: 'raw', priority: 200, value: 'x', enable: { kind: 'expression', template: '{{is_default_branch}}' } },
    ],
    ['type=sha', { ...base, type: 'sha', priority: 100, format: 'short', prefix: 'sha-' }],
    ['type=sha,prefix=,format=long,priority=1.5', { ...base, type: 'sha', priority: 1.5, format: 'long', prefix: '' }],
  ])('%s', (entry, expected) => {
    expect(parseTagRules(entry)).toEqual([expected])
  })

  it('numbers rules by input line, skipping blank and comment lines', () => {
    const rules = parseTagRules('\n# branch builds\ntype=ref,event=branch\n\n  # then the sha\n  type=sha\r\n')
    expect(rules.map((rule) => [rule.line, rule.type])).toEqual([
      [3, 'ref'],
      [6, 'sha'],
    ])
  })

  it.each([undefined, '', '\n  \n# only a comment\n'])('uses metadata-action defaults for %j', (text) => {
    expect(parseTagRules(text)).toEqual([
      { ...base, line: 0, type: 'schedule', priority: 1000, pattern: 'nightly' },
      { ...base, line: 0, type: 'ref', priority: 600, event: 'branch' },
      { ...base, line: 0, type: 'ref', priority: 600, event: 'tag' },
      { ...base, line: 0, type: 'ref', priority: 600, event: 'pr', prefix: 'pr-' },
    ])
  })
})
