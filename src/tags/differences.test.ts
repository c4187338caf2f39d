/**
 * The allow-list of scenarios where shiptag intentionally differs from docker/metadata-action.
 * Each row asserts OUR output; `difference` names what metadata-action does instead.
 */
import { describe, expect, it } from 'vitest'
import type { GitContext } from '../context/types.js'
import { CONTEXTS, expectScenario, lines, push, run, tagPush, type Scenario } from './contexts.test-support.js'

const longBranch = `feature/${'a'.repeat(142)}`
const otherLongBranch = `feature/${'a'.repeat(141)}b`
const kept = `feature-${'a'.repeat(112)}`
const createTag: GitContext = { ...tagPush('v1.0.0'), eventName: 'create' }

const differences: Scenario[] = [
  {
    id: 'diff-duplicate-latest',
    difference: 'metadata-action emits latest twice (explicit raw latest + automatic latest)',
    context: tagPush('v1.0.0'),
    inputs: { images: 'user/app', tags: lines('type=semver,pattern={{version}}', 'type=raw,value=latest') },
    version: '1.0.0',
    tags: ['user/app:1.0.0', 'user/app:latest'],
  },
  {
    id: 'diff-leading-dash',
    difference: 'metadata-action emits "-preview", which registries reject',
    context: CONTEXTS.pullRequest,
    inputs: { images: 'user/app', tags: 'type=raw,value={{branch}}-preview' },
    version: 'preview',
    tags: ['user/app:preview'],
  },
  {
    id: 'diff-no-html-escape',
    difference: 'metadata-action HTML-escapes expression output: exp-a-x3D-b',
    context: push('exp/a=b'),
    inputs: { images: 'user/app', tags: 'type=raw,value={{branch}}' },
    version: 'exp-a-b',
    tags: ['user/app:exp-a-b'],
  },
  {
    id: 'diff-long-branch',
    difference: 'metadata-action emits the 150-character tag unchanged',
    context: push(longBranch),
    inputs: { images: 'user/app' },
    version: `${kept}-b2dbe40`,
    tags: [`user/app:${kept}-b2dbe40`],
  },
  {
    id: 'diff-long-branches-stay-distinct',
    difference: 'metadata-action emits the 150-character tag unchanged',
    context: push(otherLongBranch),
    inputs: { images: 'user/app' },
    version: `${kept}-ac70162`,
    tags: [`user/app:${kept}-ac70162`],
  },
  {
    id: 'diff-onlatest-rendered',
    difference: 'metadata-action applies the onlatest prefix un-rendered: -tag--latest',
    context: tagPush('v1.0.0'),
    inputs: { images: 'user/app', tags: 'type=semver,pattern={{version}}', flavor: 'prefix={{tag}}-,onlatest=true' },
    version: 'v1.0.0-1.0.0',
    tags: ['user/app:v1.0.0-1.0.0', 'user/app:v1.0.0-latest'],
  },
  {
    id: 'diff-create-event-default-branch',
    difference: 'metadata-action answers is_default_branch=true for every create/discussion/issues event',
    context: createTag,
    inputs: { images: 'user/app', tags: lines('type=ref,event=tag', 'type=raw,value=defbranch,enable={{is_default_branch}}') },
    version: 'v1.0.0',
    tags: ['user/app:v1.0.0', 'user/app:latest'],
  },
  {
    id: 'diff-single-pass-quoting',
    difference: 'metadata-action needs """…""" and fails with "Unterminated group" on single quotes',
    context: tagPush('20200110-12'),
    inputs: { images: 'user/app', tags: 'type=match,"pattern=(\\d{8})-(\\d{1,3})",group=2' },
    version: '12',
    tags: ['user/app:12', 'user/app:latest'],
  },
  {
    id: 'diff-trailing-comma',
    difference: 'metadata-action reads the empty last field as value= and emits nothing',
    context: CONTEXTS.pushDev,
    inputs: { images: 'user/app', tags: 'type=raw,value=foo,' },
    version: 'foo',
    tags: ['user/app:foo'],
  },
  {
    id: 'diff-flavor-value-with-equals',
    difference: 'metadata-action cuts a flavor value at its second "=": prefix "a"',
    context: tagPush('v1.0.0'),
    inputs: { images: 'user/app', tags: 'type=semver,pattern={{version}}', flavor: lines('latest=false', 'prefix=a=b-') },
    version: 'a-b-1.0.0',
    tags: ['user/app:a-b-1.0.0'],
  },
  {
    id: 'diff-duplicate-images',
    difference: 'metadata-action repeats every tag for an image listed twice',
    context: CONTEXTS.pushDev,
    inputs: { images: lines('ghcr.io/Acme/App', 'ghcr.io/acme/app') },
    version: 'dev',
    tags: ['ghcr.io/acme/app:dev'],
  },
]

describe('intentional differences from metadata-action', () => {
  it.each(differences)('$id ($difference)', expectScenario)

  it('adds {{head_ref}}: the pull request branch, empty elsewhere', () => {
    const tags = 'type=raw,value=pr-{{head_ref}}-{{sha}}'
    expect(run({ tags }, CONTEXTS.pullRequest).tags).toEqual(['pr-test-pr-a9c8c58'])
    expect(run({ tags }, CONTEXTS.pushDev).tags).toEqual(['pr--860c190'])
  })

  it('reports a dropped tag and a shortened one as warnings', () => {
    expect(run({ tags: lines('type=raw,value=...', 'type=raw,value=ok') }, CONTEXTS.pushDev).warnings).toEqual([
      'input "tags", line 1: tag "..." is not valid as given, so it is dropped: a tag cannot start with "-" or "."',
    ])
    expect(run({}, push(longBranch)).warnings).toEqual([
      `input "tags" (the default rule type=ref,event=branch, as the input is empty): tag "${longBranch}" is not valid as given, so "${kept}-b2dbe40" is used instead: a tag allows only letters, digits, "_", "." and "-", not "/"; a tag has at most 128 characters`,
    ])
  })
})
