/** Every tag type and attribute, end to end through parse + compute (bare tag names, exact). */
import { describe, expect, it } from 'vitest'
import type { GitContext } from '../context/types.js'
import type { MetadataKnobs, RawMetadataInputs } from './api.js'
import { CONTEXTS, lines, push, run, SHA, tagPush } from './contexts.test-support.js'

/** metadata-action's two warnings; the second names each line that produced nothing (tag-provenance.test.ts). */
const NOTHING = [
  'No Docker image version has been generated. Check tags input.',
  expect.stringMatching(/^No Docker tag has been generated\. Check tags input: .+ produced nothing: /),
]

interface Case {
  readonly name: string
  readonly context: GitContext
  readonly tags: string
  readonly flavor?: string
  readonly knobs?: Partial<MetadataKnobs>
  readonly names: readonly string[]
  readonly warnings?: readonly string[]
}

function check(c: Case): void {
  const inputs: RawMetadataInputs = { tags: c.tags, ...(c.flavor === undefined ? {} : { flavor: c.flavor }) }
  const result = run(inputs, c.context, c.knobs)
  expect(result.tagNames).toEqual(c.names)
  expect(result.tags).toEqual(c.names)
  expect(result.version).toBe(c.names[0] ?? '')
  expect(result.warnings).toEqual(c.warnings ?? (c.names.length === 0 ? NOTHING : []))
}

const v123 = tagPush('v1.2.3')

const cases: Record<string, Case[]> = {
  schedule: [
    { name: 'default pattern on a schedule run', context: CONTEXTS.schedule, tags: 'type=schedule', names: ['nightly'] },
    { name: 'not on a push', context: CONTEXTS.pushMaster, tags: 'type=schedule', names: [] },
    {
      name: 'date pattern with own prefix and suffix',
      context: CONTEXTS.schedule,
      tags: "type=schedule,pattern={{date 'YYYYMMDD'}},prefix=nightly-,suffix=-x",
      names: ['nightly-20200110-x'],
    },
  ],
  semver: [
    {
      name: 'every pattern expression',
      context: v123,
      tags: lines(
        'type=semver,pattern={{version}}',
        'type=semver,pattern={{major}}.{{minor}}',
        'type=semver,pattern={{major}}',
        'type=semver,pattern={{raw}}',
        'type=semver,pattern=p{{patch}}',
        'type=semver,pattern={{major}}.{{minor}}.{{patch}}',
      ),
      names: ['1.2.3', '1.2', '1', 'v1.2.3', 'p3', 'latest'],
    },
    { name: 'major 0 is not special', context: tagPush('v0.9.4'), tags: 'type=semver,pattern={{major}}', names: ['0', 'latest'] },
    {
      name: 'pre-release ignores the pattern, no latest',
      context: tagPush('v1.2.3-rc.1'),
      tags: lines('type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{version}}'),
      names: ['1.2.3-rc.1'],
    },
    { name: 'pre-release honours {{raw}}', context: tagPush('v1.2.3-rc.1'), tags: 'type=semver,pattern={{raw}}', names: ['v1.2.3-rc.1'] },
    {
      name: 'build metadata: dropped by {{version}}, sanitised in {{raw}}',
      context: tagPush('v9.5.7-alpha.2+fork.3.1.8'),
      tags: lines('type=semver,pattern={{version}}', 'type=semver,pattern={{raw}}'),
      names: ['9.5.7-alpha.2', 'v9.5.7-alpha.2-fork.3.1.8'],
      warnings: [
        'input "tags", line 2: tag "v9.5.7-alpha.2+fork.3.1.8" is not valid as given, so "v9.5.7-alpha.2-fork.3.1.8" is used instead: "+" is not allowed in a tag, and semver build metadata "+fork.3.1.8" would become "-fork.3.1.8", which reads as a prerelease',
      ],
    },
    {
      name: 'not a semver: warning, skipped',
      context: tagPush('release1'),
      tags: lines('type=semver,pattern={{version}}', 'type=ref,event=tag'),
      names: ['release1', 'latest'],
      warnings: ['input "tags", line 1: release1 is not a valid semver. More info: https://semver.org/'],
    },
    {
      name: '"/" becomes "-" before parsing',
      context: tagPush('p1/v1.0.0'),
      tags: 'type=semver,pattern={{version}}',
      names: [],
      warnings: ['input "tags", line 1: p1-v1.0.0 is not a valid semver. More info: https://semver.org/', ...NOTHING],
    },
    {
      name: 'value on a branch push also gives latest',
      context: CONTEXTS.pushDev,
      tags: 'type=semver,pattern={{major}}.{{minor}},value=4.5.6',
      names: ['4.5', 'latest'],
    },
    {
      name: 'match takes group 1 of a rendered value',
      context: push('release/1.2.3'),
      tags: 'type=semver,pattern={{version}},value={{branch}},match=release/(.*)',
      names: ['1.2.3', 'latest'],
    },
    {
      name: 'match miss only warns and keeps the whole string',
      context: v123,
      tags: 'type=semver,pattern={{version}},match=^app-(.*)',
      names: ['1.2.3', 'latest'],
      warnings: ['input "tags", line 1: ^app-(.*) does not match v1.2.3.'],
    },
    {
      name: 'match whose group 1 captured nothing: warning, skipped',
      context: v123,
      tags: lines('type=semver,pattern={{version}},match=(x)?v1', 'type=raw,value=fallback'),
      names: ['fallback'],
      warnings: ['input "tags", line 1: group 1 of (x)?v1 captured nothing in v1.2.3.'],
    },
    { name: 'own prefix and suffix', context: v123, tags: 'type=semver,pattern={{version}},prefix=v,suffix=-alpine', names: ['v1.2.3-alpine', 'latest'] },
    { name: 'not on a branch push without value', context: CONTEXTS.pushDev, tags: 'type=semver,pattern={{version}}', names: [] },
  ],
  pep440: [
    {
      name: 'final release',
      context: v123,
      tags: lines(
        'type=pep440,pattern={{version}}',
        'type=pep440,pattern={{major}}.{{minor}}',
        'type=pep440,pattern=p{{patch}}',
        'type=pep440,pattern={{raw}}',
      ),
      names: ['1.2.3', '1.2', 'p3', 'v1.2.3', 'latest'],
    },
    { name: 'post release: cleaned, no latest', context: tagPush('1.2.3post1'), tags: 'type=pep440,pattern={{major}}', names: ['1.2.3.post1'] },
    { name: 'dev release with {{raw}}', context: tagPush('1.0dev4'), tags: 'type=pep440,pattern={{raw}}', names: ['1.0dev4'] },
    {
      name: 'invalid: warning',
      context: tagPush('sometag'),
      tags: 'type=pep440,pattern={{version}}',
      names: [],
      warnings: ['input "tags", line 1: sometag does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440', ...NOTHING],
    },
    {
      name: 'value and match on a branch push',
      context: push('py-2.1'),
      tags: 'type=pep440,pattern={{major}}.{{minor}},value={{branch}},match=py-(.*)',
      names: ['2.1', 'latest'],
    },
  ],
  match: [
    { name: 'group 0 by default, always latest', context: tagPush('build-20200110-7'), tags: 'type=match,pattern=\\d{8}', names: ['20200110', 'latest'] },
    { name: 'regex literal with flags', context: tagPush('V1.2'), tags: 'type=match,pattern=/^v(\\d+)\\.(\\d+)$/i,group=2', names: ['2', 'latest'] },
    { name: 'value on a branch push', context: push('release-42'), tags: 'type=match,pattern=\\d+,value={{branch}}', names: ['42', 'latest'] },
    {
      name: 'no hit: warning',
      context: tagPush('sometag'),
      tags: lines('type=match,pattern=\\d+', 'type=ref,event=tag'),
      names: ['sometag', 'latest'],
      warnings: ['input "tags", line 1: \\d+ does not match sometag.'],
    },
    {
      name: 'missing group: warning',
      context: tagPush('v1.0'),
      tags: lines('type=match,pattern=v(\\d),group=2', 'type=ref,event=tag'),
      names: ['v1.0', 'latest'],
      warnings: ['input "tags", line 1: Group 2 does not exist for v(\\d) pattern.'],
    },
    { name: 'matches the tag with its slashes', context: tagPush('p1/v1.0.0'), tags: 'type=match,pattern=p1/v(.*),group=1', names: ['1.0.0', 'latest'] },
  ],
  edge: [
    { name: 'on the default branch', context: CONTEXTS.pushMaster, tags: 'type=edge', names: ['edge'] },
    { name: 'not on another branch', context: CONTEXTS.pushDev, tags: 'type=edge', names: [] },
    { name: 'on the named branch', context: CONTEXTS.pushDev, tags: 'type=edge,branch=dev', names: ['edge'] },
    { name: 'not on a tag', context: v123, tags: 'type=edge,branch=master', names: [] },
    {
      name: 'default branch unknown: warning',
      context: { ...push('main'), defaultBranch: undefined },
      tags: lines('type=edge', 'type=ref,event=branch'),
      names: ['main'],
      warnings: ['input "tags", line 1: type=edge has no branch and the default branch is unknown, so no edge tag; add branch=<name>'],
    },
  ],
  ref: [
    {
      name: 'branch, sanitised with a warning',
      context: push('feature/a#1'),
      tags: 'type=ref,event=branch',
      names: ['feature-a-1'],
      warnings: [
        'input "tags", line 1: tag "feature/a#1" is not valid as given, so "feature-a-1" is used instead: a tag allows only letters, digits, "_", "." and "-", not "/", "#"',
      ],
    },
    { name: 'branch not on a PR', context: CONTEXTS.pullRequest, tags: 'type=ref,event=branch', names: [] },
    { name: 'branch not on pull_request_target (ref rewritten)', context: CONTEXTS.pullRequestTarget, tags: 'type=ref,event=branch', names: [] },
    {
      name: 'merge_group branch',
      context: CONTEXTS.mergeGroup,
      tags: 'type=ref,event=branch',
      names: ['gh-readonly-queue-master-pr-15-a9c8c58'],
      warnings: [
        'input "tags", line 1: tag "gh-readonly-queue/master/pr-15-a9c8c58" is not valid as given, so "gh-readonly-queue-master-pr-15-a9c8c58" is used instead: a tag allows only letters, digits, "_", "." and "-", not "/"',
      ],
    },
    { name: 'tag verbatim, latest even for a pre-release', context: tagPush('v2.0.0-rc.1'), tags: 'type=ref,event=tag', names: ['v2.0.0-rc.1', 'latest'] },
    {
      name: 'pr with implicit pr- prefix, flavor prefix not applied',
      context: CONTEXTS.pullRequest,
      tags: 'type=ref,event=pr',
      flavor: 'prefix=glo-',
      names: ['pr-15'],
    },
    { name: 'pr with own prefix', context: CONTEXTS.pullRequest, tags: 'type=ref,event=pr,prefix=pull-', names: ['pull-15'] },
    { name: 'pr not on a push', context: CONTEXTS.pushDev, tags: 'type=ref,event=pr', names: [] },
  ],
  raw: [
    {
      name: 'empty value gives nothing, an empty expression says why',
      context: CONTEXTS.pushDev,
      tags: lines('type=raw,value=', 'type=raw,value={{tag}}'),
      names: [],
      warnings: ['input "tags", line 2: {{tag}} is empty here (the ref is refs/heads/dev, not a tag), so it adds nothing', ...NOTHING],
    },
    { name: 'an explicit latest is an ordinary tag', context: CONTEXTS.pushDev, tags: 'type=raw,value=latest', names: ['latest'] },
    {
      name: 'expressions with flavor prefix and suffix',
      context: CONTEXTS.pushDev,
      tags: 'type=raw,value={{branch}}-{{sha}}',
      flavor: lines("prefix={{date 'YYYY'}}-", 'suffix=-x'),
      names: ['2020-dev-860c190-x'],
    },
    { name: 'own empty prefix disables the flavor prefix', context: CONTEXTS.pushDev, tags: 'type=raw,value=a,prefix=', flavor: 'prefix=glo-', names: ['a'] },
  ],
  sha: [
    { name: 'short by default', context: CONTEXTS.pushDev, tags: 'type=sha', names: ['sha-860c190'] },
    { name: 'long', context: CONTEXTS.pushDev, tags: 'type=sha,format=long,prefix=', names: [SHA.dev] },
    {
      name: 'flavor suffix applies, flavor prefix does not',
      context: CONTEXTS.pushDev,
      tags: 'type=sha',
      flavor: lines('prefix=p-', 'suffix=-s'),
      names: ['sha-860c190-s'],
    },
    { name: 'short sha length knob', context: CONTEXTS.pushDev, knobs: { shortShaLength: 12 }, tags: 'type=sha', names: ['sha-860c1904a1ce'] },
    { name: 'PR merge commit by default', context: CONTEXTS.pullRequest, tags: 'type=sha', names: ['sha-a9c8c58'] },
    { name: 'PR head commit with the knob', context: CONTEXTS.pullRequest, knobs: { prHeadSha: true }, tags: 'type=sha', names: ['sha-3370e22'] },
    { name: 'no sha, no tag', context: CONTEXTS.empty, tags: 'type=sha', names: [] },
  ],
  'priority and enable': [
    {
      name: 'highest first, equal priorities keep input order',
      context: CONTEXTS.pushDev,
      tags: lines('type=raw,value=b,priority=5', 'type=raw,value=a,priority=5', 'type=raw,value=c,priority=6', 'type=raw,value=d,priority=-1', 'type=sha'),
      names: ['sha-860c190', 'c', 'b', 'a', 'd'],
    },
    {
      name: 'enable expressions',
      context: CONTEXTS.pushMaster,
      tags: lines(
        'type=raw,value=main,enable={{is_default_branch}}',
        'type=raw,value=other,enable={{is_not_default_branch}}',
        'type=raw,value=off,enable=false',
      ),
      names: ['main'],
    },
    {
      name: 'duplicates collapse into the first',
      context: v123,
      tags: lines('type=semver,pattern={{version}}', 'type=raw,value=1.2.3', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'),
      names: ['1.2.3', 'latest'],
    },
  ],
}

describe.each(Object.keys(cases))('type %s', (group) => {
  it.each(cases[group] ?? [])('$name', check)
})
