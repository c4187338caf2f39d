import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { EVENT_FIXTURES, SHAS, eventFixture, type EventFixtureName } from '../../test/fixtures/events/events.js'
import { InputError } from '../errors.js'
import { readGitHubContext } from './github.js'
import type { GitContext, RepositoryInfo } from './types.js'

const ACME_WIDGET: RepositoryInfo = {
  fullName: 'acme/widget',
  name: 'widget',
  description: 'A small web service, built and shipped as a container image',
  htmlUrl: 'https://github.com/acme/widget',
  license: 'Apache-2.0',
}
/** `Serve /healthz`, pushed with timestamp 2026-07-14T10:21:07+02:00. */
const MAIN_TIP_DATE = new Date('2026-07-14T08:21:07Z')

const EXPECTED: Record<EventFixtureName, GitContext> = {
  'push-branch': {
    eventName: 'push',
    ref: 'refs/heads/main',
    sha: SHAS.MAIN_TIP,
    defaultBranch: 'main',
    commitDate: MAIN_TIP_DATE,
    repository: ACME_WIDGET,
  },
  'push-tag': {
    eventName: 'push',
    ref: 'refs/tags/v1.2.3',
    sha: SHAS.MAIN_TIP,
    baseRef: 'main',
    defaultBranch: 'main',
    commitDate: MAIN_TIP_DATE,
    repository: ACME_WIDGET,
  },
  'pull-request': {
    eventName: 'pull_request',
    ref: 'refs/pull/42/merge',
    sha: SHAS.PR_MERGE,
    pullRequest: { number: 42, headSha: SHAS.PR_HEAD, headRef: 'feature/login-form', baseRef: 'main', baseSha: SHAS.PR_BASE },
    baseRef: 'main',
    defaultBranch: 'main',
    repository: ACME_WIDGET,
  },
  'pull-request-target': {
    eventName: 'pull_request_target',
    ref: 'refs/pull/43/merge',
    sha: SHAS.MAIN_TIP,
    pullRequest: { number: 43, headSha: SHAS.PRT_HEAD, headRef: 'fix/typo', baseRef: 'main', baseSha: SHAS.MAIN_TIP },
    baseRef: 'main',
    defaultBranch: 'main',
    repository: ACME_WIDGET,
  },
  'merge-group': {
    eventName: 'merge_group',
    ref: `refs/heads/gh-readonly-queue/main/pr-42-${SHAS.MAIN_TIP}`,
    sha: SHAS.MQ_HEAD,
    baseRef: 'main',
    defaultBranch: 'main',
    commitDate: new Date('2026-07-15T14:03:51Z'),
    repository: ACME_WIDGET,
  },
  schedule: {
    eventName: 'schedule',
    ref: 'refs/heads/main',
    sha: SHAS.MAIN_TIP,
    defaultBranch: 'main',
    repository: { fullName: 'acme/widget', name: 'widget', htmlUrl: 'https://github.com/acme/widget' },
  },
  'workflow-dispatch': {
    eventName: 'workflow_dispatch',
    ref: 'refs/heads/release/1.x',
    sha: SHAS.DISPATCH,
    defaultBranch: 'main',
    repository: ACME_WIDGET,
  },
  release: {
    eventName: 'release',
    ref: 'refs/tags/v1.2.3',
    sha: SHAS.MAIN_TIP,
    defaultBranch: 'main',
    repository: ACME_WIDGET,
  },
}

describe('readGitHubContext from recorded events', () => {
  it('covers every fixture', () => {
    expect(EVENT_FIXTURES.map((fixture) => fixture.name).sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(EVENT_FIXTURES.map((fixture) => [fixture.name, fixture] as const))('%s', (name, fixture) => {
    expect(readGitHubContext(fixture.env)).toStrictEqual(EXPECTED[name])
  })
})

/** An in-memory payload file for variations the recorded events do not show. */
function withPayload(env: Record<string, string>, payload: unknown) {
  const files: Record<string, string> = { '/event.json': JSON.stringify(payload) }
  const readFile = (path: string): string => {
    const text = files[path]
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
    return text
  }
  return readGitHubContext({ ...env, GITHUB_EVENT_PATH: '/event.json' }, readFile)
}

describe('readGitHubContext edge cases', () => {
  it.each<[string, Record<string, string>, GitContext]>([
    ['no variables at all', {}, { eventName: '', ref: '', sha: '' }],
    [
      'no payload: repository from GITHUB_REPOSITORY on a GHES server (trailing slash)',
      {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/dev',
        GITHUB_SHA: SHAS.MAIN_PREV,
        GITHUB_REPOSITORY: 'platform/api',
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
      },
      {
        eventName: 'push',
        ref: 'refs/heads/dev',
        sha: SHAS.MAIN_PREV,
        repository: { fullName: 'platform/api', name: 'api', htmlUrl: 'https://ghe.example.com/platform/api' },
      },
    ],
    [
      'an empty GITHUB_EVENT_PATH is no payload; empty GITHUB_BASE_REF is no base',
      { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '', GITHUB_REF: 'refs/heads/dev', GITHUB_BASE_REF: '' },
      { eventName: 'push', ref: 'refs/heads/dev', sha: '' },
    ],
    [
      'a pull request without its payload: base from GITHUB_BASE_REF, no pull request info',
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/9/merge', GITHUB_HEAD_REF: 'topic', GITHUB_BASE_REF: 'main' },
      { eventName: 'pull_request', ref: 'refs/pull/9/merge', sha: '', baseRef: 'main' },
    ],
  ])('%s', (_name, env, expected) => {
    expect(readGitHubContext(env)).toStrictEqual(expected)
  })

  it.each<[string, Record<string, string>, unknown, GitContext]>([
    [
      'head_commit of another sha gives no date; null description and licence are absent',
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHAS.MAIN_TIP },
      {
        commits: [{ id: SHAS.MAIN_PREV, timestamp: '2026-07-14T09:58:12+02:00' }],
        head_commit: { id: SHAS.MAIN_PREV, timestamp: '2026-07-14T09:58:12+02:00' },
        repository: {
          full_name: 'acme/widget',
          name: 'widget',
          description: null,
          license: null,
          html_url: 'https://github.com/acme/widget',
          default_branch: 'main',
        },
      },
      {
        eventName: 'push',
        ref: 'refs/heads/main',
        sha: SHAS.MAIN_TIP,
        defaultBranch: 'main',
        repository: { fullName: 'acme/widget', name: 'widget', htmlUrl: 'https://github.com/acme/widget' },
      },
    ],
    [
      'an unparseable timestamp is an unknown date',
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHAS.MAIN_TIP },
      { head_commit: { id: SHAS.MAIN_TIP, timestamp: 'yesterday' } },
      { eventName: 'push', ref: 'refs/heads/main', sha: SHAS.MAIN_TIP },
    ],
    [
      'a tag push with base_ref null has no base',
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v2', GITHUB_SHA: SHAS.MAIN_TIP },
      { base_ref: null, head_commit: { id: SHAS.MAIN_TIP, timestamp: '2026-07-14T08:21:07Z' } },
      { eventName: 'push', ref: 'refs/tags/v2', sha: SHAS.MAIN_TIP, commitDate: MAIN_TIP_DATE },
    ],
    [
      'base_ref on a branch push is not a base (metadata-action reads it for tags only)',
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/hotfix', GITHUB_SHA: SHAS.MAIN_TIP },
      { base_ref: 'refs/heads/main' },
      { eventName: 'push', ref: 'refs/heads/hotfix', sha: SHAS.MAIN_TIP },
    ],
    [
      'a pull_request_review carries the pull request too',
      { GITHUB_EVENT_NAME: 'pull_request_review', GITHUB_REF: 'refs/pull/42/merge', GITHUB_SHA: SHAS.PR_MERGE },
      { pull_request: { number: 42, head: { ref: 'feature/login-form', sha: SHAS.PR_HEAD }, base: { ref: 'main', sha: SHAS.PR_BASE } } },
      {
        eventName: 'pull_request_review',
        ref: 'refs/pull/42/merge',
        sha: SHAS.PR_MERGE,
        pullRequest: { number: 42, headSha: SHAS.PR_HEAD, headRef: 'feature/login-form', baseRef: 'main', baseSha: SHAS.PR_BASE },
        baseRef: 'main',
      },
    ],
    [
      'merge_group: the sha is merge_group.head_sha even without GITHUB_SHA',
      { GITHUB_EVENT_NAME: 'merge_group', GITHUB_REF: 'refs/heads/gh-readonly-queue/main/pr-1-abc' },
      { merge_group: { head_sha: SHAS.MQ_HEAD, base_ref: 'refs/heads/main' } },
      { eventName: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-1-abc', sha: SHAS.MQ_HEAD, baseRef: 'main' },
    ],
    [
      'pull_request_target without a PR number keeps GITHUB_REF',
      { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHAS.MAIN_TIP },
      { action: 'opened' },
      { eventName: 'pull_request_target', ref: 'refs/heads/main', sha: SHAS.MAIN_TIP },
    ],
    [
      'a schedule on a tag ref has no default branch to infer',
      { GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/tags/v1', GITHUB_SHA: SHAS.MAIN_TIP },
      { schedule: '0 3 * * *' },
      { eventName: 'schedule', ref: 'refs/tags/v1', sha: SHAS.MAIN_TIP },
    ],
  ])('%s', (_name, env, payload, expected) => {
    expect(withPayload(env, payload)).toStrictEqual(expected)
  })
})

describe('readGitHubContext with a bad event file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-events-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, text: string): string => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  const folder = join(dir, 'a-directory')
  mkdirSync(folder)

  it.each<[string, string, RegExp, { line?: number; column?: number }]>([
    ['a missing file', join(dir, 'missing.json'), /: cannot read the event payload \(no such file\)$/, {}],
    ['a directory', folder, /: cannot read the event payload \(EISDIR\)$/, {}],
    ['an empty file', file('empty.json', ''), /: the event payload is not valid JSON \(Unexpected end of JSON input\)$/, {}],
    // The parser reports a position, turned into line 3, column 1 (the stray `}` after a trailing comma).
    [
      'invalid JSON',
      file('trailing-comma.json', '{\n  "ref": "refs/heads/main",\n}'),
      /:3:1: the event payload is not valid JSON \(.*position 30.*\)$/,
      { line: 3, column: 1 },
    ],
    ['a JSON array', file('array.json', '[]'), /: the event payload must be a JSON object, not an array$/, {}],
    ['JSON null', file('null.json', 'null'), /: the event payload must be a JSON object, not null$/, {}],
  ])('%s is an InputError naming the file', (_name, path, message, position) => {
    const env = { ...eventFixture('push-branch').env, GITHUB_EVENT_PATH: path }
    let error: unknown
    try {
      readGitHubContext(env)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    const inputError = error as InputError
    expect(inputError.message.startsWith(path)).toBe(true)
    expect(inputError.message).toMatch(message)
    expect(inputError.location).toStrictEqual({ file: path, ...position })
    expect(inputError.hint).toContain('GITHUB_EVENT_PATH')
  })
})
