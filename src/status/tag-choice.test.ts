import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../policy/index.js'
import { chooseGivenTag, chooseTag, newestVersions, versionsBetween } from './tag-choice.js'

const SIG = `sha256-${'a'.repeat(64)}`

function environment(rules: string) {
  return loadPolicy(`version: 1\nenvironments:\n  prod:\n    repository: ghcr.io/acme/app\n${rules}`, 'policy.yml').environments.get('prod')!
}

describe('chooseTag', () => {
  it.each([
    ['the marker tag when the policy names one', '    tag: prod\n', ['1.0.0', 'prod', '2.0.0'], { tag: 'prod', how: 'marker' }],
    ['no marker tag in the list', '    tag: prod\n', ['1.0.0'], { reason: "no tag prod (the environment's marker tag)" }],
    ['an empty repository', '    tag: prod\n', [], { reason: 'no tags: the repository is empty or does not exist' }],
    ['the highest version, not the last listed', '', ['1.10.0', '1.9.0', '1.2.0'], { tag: '1.10.0', how: 'newest' }],
    ['a release above its prerelease', '', ['2.0.0-rc.1', '2.0.0', '1.0.0'], { tag: '2.0.0', how: 'newest' }],
    ['v-prefixed versions', '', ['v1.2.0', 'v1.10.0'], { tag: 'v1.10.0', how: 'newest' }],
    ['versions over other tags', '', ['main', 'zz-build', '0.1.0'], { tag: '0.1.0', how: 'newest' }],
    ['natural order without versions', '', ['build-9', 'build-10', 'build-2'], { tag: 'build-10', how: 'newest' }],
    ['dates in natural order', '', ['2026-11-30', '2026-12-06', '2026-12-01'], { tag: '2026-12-06', how: 'newest' }],
    ['only what tags.allow allows', "    tags: { allow: ['1.*'] }\n", ['2.0.0', '1.4.0', '1.3.0'], { tag: '1.4.0', how: 'newest' }],
    ['never what tags.forbid forbids', "    tags: { forbid: ['latest', '3.*'] }\n", ['latest', '3.0.0', '2.0.0'], { tag: '2.0.0', how: 'newest' }],
    ['never a name that is no valid tag', '', ['9.9.9 ', '.hidden', `9.${'9'.repeat(200)}.0`, '1.0.0'], { tag: '1.0.0', how: 'newest' }],
    ["never cosign's or the referrers tag", '', [`${SIG}.sig`, SIG, `${SIG}.att`], { reason: 'no tag the environment allows' }],
  ])('%s', (_, rules, tags, expected) => {
    expect(chooseTag(environment(rules), tags)).toEqual(expected)
  })
})

describe('versions', () => {
  it.each([
    [
      ['1.0.0', 'main', '1.10.0', '1.9.0', `${SIG}.sig`],
      ['1.10.0', '1.9.0', '1.0.0'],
    ],
    [
      ['2.0.0-rc.1', '2.0.0', '1.4'],
      ['2.0.0', '2.0.0-rc.1'],
    ],
  ])('newestVersions(%j) = %j', (tags, expected) => {
    expect(newestVersions(tags)).toEqual(expected)
  })

  it.each([
    ['two releases behind', ['1.4.0', '1.4.1', '1.4.2'], '1.4.0', '1.4.2', 2],
    ['prereleases between do not count', ['1.4.0', '1.4.1-rc.1', '1.4.1'], '1.4.0', '1.4.1', 1],
    ['v1.4.1 and 1.4.1 are one version', ['1.4.0', 'v1.4.1', '1.4.1'], '1.4.0', '1.4.1', 1],
    ['ahead is not behind', ['1.4.0', '1.4.2'], '1.4.2', '1.4.0', undefined],
    ['a digest is not a version', ['1.4.0'], `sha256:${'b'.repeat(64)}`, '1.4.0', undefined],
  ])('versionsBetween: %s', (_, tags, low, high, expected) => {
    expect(versionsBetween(tags, low, high)).toBe(expected)
  })
})

describe('chooseGivenTag (a repository given in images, in no environment)', () => {
  it.each<[string, string[], string | undefined, ReturnType<typeof chooseGivenTag>]>([
    ['the tag given, listed or not (the manifest read says whether it is there)', ['1.0.0'], 'edge', { tag: 'edge', how: 'named' }],
    ['the highest version', ['latest', '1.10.0', '1.9.0'], undefined, { tag: '1.10.0', how: 'newest' }],
    ['latest without versions, whatever sorts last', ['main', 'zz-build', 'latest'], undefined, { tag: 'latest', how: 'newest' }],
    ['natural order without versions or latest', ['build-9', 'build-10'], undefined, { tag: 'build-10', how: 'newest' }],
    ["never cosign's tags", [`${SIG}.sig`, SIG], undefined, { reason: 'no tags: the repository is empty or does not exist' }],
    ['an empty repository', [], undefined, { reason: 'no tags: the repository is empty or does not exist' }],
  ])('%s', (_, tags, named, expected) => {
    expect(chooseGivenTag(tags, named)).toEqual(expected)
  })
})
