/**
 * Issue 13: every computed tag knows its origin (rule, line, flavor), every changed value is
 * recorded (given → used, and whether the user wrote it), and "no tag" names the silent lines.
 */
import { describe, expect, it } from 'vitest'
import type { RawMetadataInputs } from './api.js'
import { CONTEXTS, lines, push, run, tagPush } from './contexts.test-support.js'
import { describeOrigin, originHint } from './provenance.js'

const v123 = tagPush('v1.2.3')

describe('tag origins', () => {
  it('names the rule and line of each tag, and the flavor setting that added latest', () => {
    const result = run({ tags: lines('type=ref,event=branch', '# the release', 'type=semver,pattern={{version}}') }, v123)
    expect(result.tagNames).toEqual(['1.2.3', 'latest'])
    expect(result.origins).toEqual([
      { tag: '1.2.3', line: 3, rule: 'type=semver,pattern={{version}}', flavor: [] },
      { tag: 'latest', line: 3, rule: 'type=semver,pattern={{version}}', flavor: [{ setting: 'latest=auto', line: undefined, effect: 'added' }] },
    ])
    const [, latest] = result.origins
    expect(describeOrigin(latest!)).toBe(
      '"latest" was added by flavor latest=auto (the default) because type=semver,pattern={{version}} (input "tags", line 3) produced a release',
    )
    expect(originHint(latest!)).toContain('set flavor: latest=false')
  })

  it.each<[string, RawMetadataInputs, string, string]>([
    ['a written latest=true', { tags: 'type=sha', flavor: lines('prefix=x-', 'latest=true') }, 'latest', 'flavor latest=true (input "flavor", line 2)'],
    ['a flavor prefix', { tags: 'type=raw,value=1', flavor: 'prefix=dev-' }, 'dev-1', 'with flavor prefix=dev- (input "flavor", line 1)'],
    [
      'a flavor suffix on a default rule',
      { flavor: 'suffix=-rc' },
      'v1.2.3-rc',
      'type=ref,event=tag (one of the default rules, as the tags input is empty), with flavor suffix=-rc',
    ],
  ])('%s', (_name, inputs, tag, expected) => {
    const origin = run(inputs, v123).origins.find((candidate) => candidate.tag === tag)
    expect(origin).toBeDefined()
    expect(describeOrigin(origin!)).toContain(expected)
  })

  it('has one origin per tag name, in order', () => {
    const result = run({ tags: lines('type=sha', 'type=raw,value=a', 'type=raw,value=a', 'type=semver,pattern={{major}}') }, v123)
    expect(result.origins.map((origin) => origin.tag)).toEqual(result.tagNames)
    expect(result.origins.map((origin) => origin.line)).toEqual([4, 2, 1, 4])
  })
})

describe('changed values', () => {
  it.each<[string, RawMetadataInputs, { given: string; used: string; explicit: boolean; why: string }]>([
    ['a written tag with a space', { tags: 'bad tag!' }, { given: 'bad tag!', used: 'bad-tag-', explicit: true, why: 'not " ", "!"' }],
    [
      'semver build metadata written as a tag',
      { tags: '1.2.3+build.5' },
      { given: '1.2.3+build.5', used: '1.2.3-build.5', explicit: true, why: 'reads as a prerelease' },
    ],
    ['a colon', { tags: 'type=raw,value=has:colon' }, { given: 'has:colon', used: 'has-colon', explicit: true, why: 'not ":"' }],
    ['a leading dash written', { tags: '-x' }, { given: '-x', used: 'x', explicit: true, why: 'cannot start with "-"' }],
    [
      'a bad character in a written prefix',
      { tags: 'type=raw,value={{branch}},prefix=a+' },
      { given: 'a+feature/x', used: 'a-feature-x', explicit: true, why: 'not "+", "/"' },
    ],
    [
      'a semver value written with build metadata, kept by {{raw}}',
      { tags: 'type=semver,pattern={{raw}},value=1.2.3+b.1' },
      { given: '1.2.3+b.1', used: '1.2.3-b.1', explicit: true, why: 'prerelease' },
    ],
    ['a branch from git', { tags: 'type=ref,event=branch' }, { given: 'feature/x', used: 'feature-x', explicit: false, why: 'not "/"' }],
    [
      'a branch through a template',
      { tags: 'type=raw,value={{branch}}-preview' },
      { given: 'feature/x-preview', used: 'feature-x-preview', explicit: false, why: 'not "/"' },
    ],
    [
      'a flavor prefix that is empty in front of nothing',
      { tags: 'type=raw,value={{head_ref}}-x' },
      { given: '-x', used: 'x', explicit: false, why: 'cannot start' },
    ],
  ])('%s', (_name, inputs, expected) => {
    const result = run(inputs, push('feature/x'))
    expect(result.changes).toEqual([
      expect.objectContaining({
        input: 'tags',
        line: 1,
        given: expected.given,
        used: expected.used,
        explicit: expected.explicit,
        why: expect.stringContaining(expected.why),
      }),
    ])
    expect(result.warnings).toContain(
      `input "tags", line 1: tag "${expected.given}" is not valid as given, so "${expected.used}" is used instead: ${result.changes[0]!.why}`,
    )
  })

  it('records an image name it lower-cases, as written by the user when the grammar refuses it', () => {
    const result = run({ images: lines('ghcr.io/acme/ok', 'Dev/App', 'Registry.Example/acme/app'), tags: 'x' }, CONTEXTS.pushDev)
    expect(result.images).toEqual(['ghcr.io/acme/ok', 'dev/app', 'registry.example/acme/app'])
    expect(result.changes).toEqual([
      {
        input: 'images',
        line: 2,
        given: 'Dev/App',
        used: 'dev/app',
        why: 'repository name must be lowercase: "App"',
        explicit: true,
        instead: 'write "dev/app"',
      },
      {
        input: 'images',
        line: 3,
        given: 'Registry.Example/acme/app',
        used: 'registry.example/acme/app',
        why: 'metadata-action lower-cases image names; a registry host is the same in any case',
        explicit: false,
        instead: 'write "registry.example/acme/app"',
      },
    ])
    expect(result.warnings[0]).toBe(
      'input "images", line 2: image name "Dev/App" is not valid as given, so "dev/app" is used instead: repository name must be lowercase: "App"',
    )
  })

  it('reports an image name the grammar refuses even when lower-casing changes nothing', () => {
    const result = run({ images: 'ghcr.io/acme/app!', tags: 'x' }, CONTEXTS.pushDev)
    expect(result.warnings).toEqual(['input "images", line 1: image name "ghcr.io/acme/app!" is not valid: path component "app!" in "acme/app!" contains "!"'])
    expect(result.changes.map((change) => change.explicit)).toEqual([true])
  })

  it('changes nothing and says nothing for valid values', () => {
    const result = run({ images: 'ghcr.io/acme/app', tags: lines('type=ref,event=branch', 'type=sha', 'v1.2.3_build.5') }, CONTEXTS.pushDev)
    expect(result.changes).toEqual([])
    expect(result.warnings).toEqual([])
  })
})

describe('rules that produce nothing', () => {
  it('names each line and why when no tag is produced', () => {
    const result = run({ tags: lines('type=semver,pattern={{version}}', 'type=ref,event=pr', 'type=raw,value=x,enable=false') }, CONTEXTS.pushDev)
    expect(result.warnings.at(-1)).toBe(
      'No Docker tag has been generated. Check tags input: ' +
        'type=semver,pattern={{version}} (input "tags", line 1) produced nothing: it needs a tag push (refs/tags/…) or a value= attribute; this run has branch ref refs/heads/dev (event push); ' +
        'type=ref,event=pr (input "tags", line 2) produced nothing: event=pr needs a pull request ref; this run has branch ref refs/heads/dev (event push); ' +
        'type=raw,value=x (input "tags", line 3) produced nothing: it is disabled (enable=false).',
    )
  })

  it('names at most ten silent rules and counts the others', () => {
    const result = run({ tags: Array.from({ length: 25 }, () => 'type=ref,event=pr').join('\n') }, CONTEXTS.pushDev)
    const last = result.warnings.at(-1)!
    expect(last.match(/produced nothing/g)).toHaveLength(10)
    expect(last).toMatch(/line 10\) produced nothing: .*; and 15 more rule\(s\) likewise\.$/)
  })

  it('warns when a known expression is empty here ({{head_ref}} outside a pull request)', () => {
    const result = run({ tags: 'type=raw,value=pr-{{head_ref}}-{{sha}}' }, CONTEXTS.pushDev)
    expect(result.tagNames).toEqual(['pr--860c190'])
    expect(result.warnings).toEqual([
      'input "tags", line 1: {{head_ref}} is empty here (it is set for pull_request events only, and this run is a push event), so it adds nothing',
    ])
  })

  it('does not warn when a template only tests an expression ({{#if tag}})', () => {
    const result = run({ tags: 'type=raw,value={{#if tag}}{{tag}}{{else}}dev-{{sha}}{{/if}}' }, CONTEXTS.pushDev)
    expect(result.tagNames).toEqual(['dev-860c190'])
    expect(result.warnings).toEqual([])
  })
})

describe('hostile values in messages', () => {
  it('makes control characters visible and cuts a long value', () => {
    const result = run({ tags: lines('a\u001b[31mb', `type=raw,value=${'x'.repeat(5000)}!`) }, CONTEXTS.pushDev)
    expect(result.warnings[0]).toBe(
      'input "tags", line 1: tag "a\\u001b[31mb" is not valid as given, so "a-31mb" is used instead: a tag allows only letters, digits, "_", "." and "-", not "\\u001b", "["',
    )
    for (const warning of result.warnings) {
      expect(warning).not.toMatch(/\p{Cc}/u)
      expect(warning.length).toBeLessThan(1000)
    }
    expect(result.origins[0]!.rule).toBe('type=raw,value=a\\u001b[31mb')
    const symbols = run({ tags: 'x' + Array.from({ length: 300 }, (_, i) => String.fromCodePoint(0x2600 + i)).join('') }, CONTEXTS.pushDev)
    expect(symbols.changes[0]!.why).toMatch(/not "☀", "☁", .*, 290 more$/)
  })
})
