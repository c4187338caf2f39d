/** The `latest` rules and the flavor input, as metadata-action applies them. */
import { describe, expect, it } from 'vitest'
import type { GitContext } from '../context/types.js'
import { CONTEXTS, lines, run, tagPush } from './contexts.test-support.js'

const v100 = tagPush('v1.0.0')

describe('latest', () => {
  it.each<[string, GitContext, string | undefined, string | undefined, string[]]>([
    // auto: the first entry that produces a tag decides.
    [
      'auto: a semver pre-release (900) beats ref,event=tag (600)',
      tagPush('v1.0.0-rc.1'),
      lines('type=ref,event=tag', 'type=semver,pattern={{version}}'),
      undefined,
      ['1.0.0-rc.1', 'v1.0.0-rc.1'],
    ],
    [
      'auto: a higher-priority raw decides against',
      tagPush('v5.0.0'),
      lines('type=semver,pattern={{version}}', 'type=raw,value=stable,priority=1000'),
      undefined,
      ['stable', '5.0.0'],
    ],
    [
      'auto: entries that do not fire do not decide',
      v100,
      lines('type=ref,event=branch,priority=2000', 'type=semver,pattern={{version}}'),
      undefined,
      ['1.0.0', 'latest'],
    ],
    ['auto: semver final', v100, 'type=semver,pattern={{version}}', undefined, ['1.0.0', 'latest']],
    ['auto: pep440 final', tagPush('2.0'), 'type=pep440,pattern={{version}}', undefined, ['2.0', 'latest']],
    ['auto: any match', tagPush('nightly-build'), 'type=match,pattern=nightly', undefined, ['nightly', 'latest']],
    ['auto: any git tag', tagPush('release-7'), undefined, undefined, ['release-7', 'latest']],
    ['auto: schedule and branch never', CONTEXTS.schedule, undefined, undefined, ['nightly', 'master']],
    ['auto: edge never', CONTEXTS.pushMaster, 'type=edge', undefined, ['edge']],
    ['auto: pull request never', CONTEXTS.pullRequest, undefined, undefined, ['pr-15']],
    ['auto: raw and sha never', CONTEXTS.pushMaster, lines('type=raw,value=x', 'type=sha'), undefined, ['x', 'sha-2665741']],
    ['true: on a branch push too', CONTEXTS.pushDev, undefined, 'latest=true', ['dev', 'latest']],
    ['true: nothing produced, nothing at all', CONTEXTS.pullRequest, 'type=ref,event=tag', 'latest=true', []],
    ['false: not for a final release', v100, 'type=semver,pattern={{version}}', 'latest=false', ['1.0.0']],
    ['false: an explicit raw latest stays', v100, lines('type=semver,pattern={{version}}', 'type=raw,value=latest'), 'latest=false', ['1.0.0', 'latest']],
  ])('%s', (_name, context, tags, flavor, names) => {
    expect(run({ ...(tags === undefined ? {} : { tags }), ...(flavor === undefined ? {} : { flavor }) }, context).tagNames).toEqual(names)
  })

  it('comes last for each image', () => {
    expect(run({ images: lines('A/App', 'b/app'), tags: lines('type=semver,pattern={{version}}', 'type=semver,pattern={{major}}') }, v100).tags).toEqual([
      'a/app:1.0.0',
      'a/app:1',
      'a/app:latest',
      'b/app:1.0.0',
      'b/app:1',
      'b/app:latest',
    ])
  })
})

describe('flavor prefix and suffix', () => {
  const semver = 'type=semver,pattern={{version}}'
  it.each<[string, GitContext, string, string[]]>([
    ['prefix only', v100, 'prefix=app-', ['app-1.0.0', 'latest']],
    ['suffix only', v100, 'suffix=-alpine', ['1.0.0-alpine', 'latest']],
    ['prefix on latest', v100, lines('prefix=foo-,onlatest=true', 'suffix=-bar'), ['foo-1.0.0-bar', 'foo-latest']],
    ['suffix on latest, sanitised', v100, 'suffix=/slim,onlatest=true', ['1.0.0-slim', 'latest-slim']],
    ['onlatest=false', v100, 'suffix=-x,onlatest=false', ['1.0.0-x', 'latest']],
    ['both on one line', v100, 'prefix=a-,onlatest=true,suffix=-b,onlatest=true', ['a-1.0.0-b', 'a-latest-b']],
    ['expressions, also on latest', v100, 'prefix={{sha}}-,onlatest=true', ['860c190-1.0.0', '860c190-latest']],
  ])('%s', (_name, context, flavor, names) => {
    expect(run({ tags: semver, flavor }, context).tagNames).toEqual(names)
  })
})
