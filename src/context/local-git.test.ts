import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { createGitRunner, type GitRunner } from './git-runner.js'
import { fillCommitDate, readLocalGitContext } from './local-git.js'
import { COMMIT_DATES, createTempGitRepo, type CommitName, type TempGitRepo } from './temp-git-repo.test-support.js'
import type { GitContext } from './types.js'

let repo: TempGitRepo
beforeAll(() => {
  repo = createTempGitRepo()
})
afterAll(() => repo.remove())

const ACME_WIDGET = { fullName: 'acme/widget', name: 'widget', htmlUrl: 'https://github.com/acme/widget' }

/** What `git checkout` is given, and the commit HEAD is then at. */
type Checkout = readonly [target: (repo: TempGitRepo) => string, commit: CommitName]

describe('readLocalGitContext in a real repository', () => {
  it.each<[string, Checkout, string]>([
    ['on branch main', [() => 'main', 'c4'], 'refs/heads/main'],
    ['on branch feature/login', [() => 'feature/login', 'c3'], 'refs/heads/feature/login'],
    ['detached at a lightweight tag', [() => 'v0.9.0', 'c1'], 'refs/tags/v0.9.0'],
    // c2 carries annotated v1.0.0 and lightweight v1.0; git lists v1.0.0 first and it is taken.
    ['detached at an annotated tag (two tags)', [() => 'v1.0.0', 'c2'], 'refs/tags/v1.0.0'],
    // c4 is also main and origin/main: a tag wins over branches, as in metadata-action.
    ['detached where a tag and branches meet', [(r) => r.sha.c4, 'c4'], 'refs/tags/v2.0.0-rc.1'],
    ['detached at a local branch tip', [(r) => r.sha.c3, 'c3'], 'refs/heads/feature/login'],
    ['detached at a remote-tracking branch only', [() => 'origin/release/1.x', 'remoteOnly'], 'refs/heads/release/1.x'],
    ['detached at a fetched pull request ref', [() => 'refs/remotes/pull/7/merge', 'pull'], 'refs/pull/7/merge'],
    ['detached at a commit no ref names', [(r) => r.sha.orphan, 'orphan'], ''],
  ])('%s', async (_name, [target, commit], ref) => {
    const checkout = target(repo)
    repo.git(['checkout', '-q', ...(checkout === 'main' || checkout === 'feature/login' ? [] : ['--detach']), checkout])
    const context = await readLocalGitContext({ cwd: repo.dir, exec: repo.runner })
    expect(context).toStrictEqual({
      eventName: 'push',
      ref,
      sha: repo.sha[commit],
      commitDate: new Date(COMMIT_DATES[commit]),
      defaultBranch: 'main',
      repository: ACME_WIDGET,
    })
  })

  it('works from a subdirectory of the work tree, with the default runner', async () => {
    repo.git(['checkout', '-q', 'main'])
    const sub = join(repo.dir, 'docs', 'guide')
    mkdirSync(sub, { recursive: true })
    // The inherited environment (not the hermetic one) still yields the repository's own facts.
    const context = await readLocalGitContext({ cwd: sub })
    expect(context.ref).toBe('refs/heads/main')
    expect(context.sha).toBe(repo.sha.c4)
    expect(context.commitDate).toStrictEqual(new Date(COMMIT_DATES.c4))
    expect(context.repository).toStrictEqual(ACME_WIDGET)
  })
})

describe('readLocalGitContext without a hosted remote', () => {
  it.each<[string, string | undefined]>([
    ['init.defaultBranch from the global config', '[init]\n\tdefaultBranch = develop\n'],
    ['no default branch at all', undefined],
  ])('%s: name from the directory', async (name, globalConfig) => {
    const dir = join(repo.root, name.replace(/\W+/g, '-'))
    const config = join(repo.root, `${name.replace(/\W+/g, '-')}.gitconfig`)
    writeFileSync(config, globalConfig ?? '')
    repo.git(['init', '-q', '-b', 'work', dir], { cwd: repo.root })
    repo.git(['commit', '-q', '--allow-empty', '-m', 'one'], { cwd: dir, date: COMMIT_DATES.c1 })
    repo.git(['remote', 'add', 'origin', '/srv/git/scratch.git'], { cwd: dir })
    const context = await readLocalGitContext({ cwd: dir, exec: createGitRunner(dir, { ...repo.env, GIT_CONFIG_GLOBAL: config }) })
    expect(context).toStrictEqual({
      eventName: 'push',
      ref: 'refs/heads/work',
      sha: repo.git(['rev-parse', 'HEAD'], { cwd: dir }),
      commitDate: new Date(COMMIT_DATES.c1),
      ...(globalConfig === undefined ? {} : { defaultBranch: 'develop' }),
      repository: { fullName: dir.slice(repo.root.length + 1), name: dir.slice(repo.root.length + 1) },
    })
  })
})

describe('readLocalGitContext failures', () => {
  async function failure(cwd: string, exec?: GitRunner): Promise<InputError> {
    const error: unknown = await readLocalGitContext({ cwd, exec: exec ?? createGitRunner(cwd, repo.env) }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }

  it('outside a work tree: git says why, the hint says what to do', async () => {
    const dir = join(repo.root, 'not-a-repo')
    mkdirSync(dir)
    const error = await failure(dir)
    expect(error.message).toBe(
      `${dir}: not a git repository, so there is no ref or commit to compute tags from (fatal: not a git repository (or any of the parent directories): .git)`,
    )
    expect(error.location).toStrictEqual({ file: dir })
    expect(error.hint).toContain('actions/checkout')
    // Issue 13: the alternative to a checkout is named, with the variables it reads.
    expect(error.hint).toContain('--context workflow on the command line (context: workflow in the action) reads GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA')
  })

  it('in a repository without commits', async () => {
    const dir = join(repo.root, 'empty')
    repo.git(['init', '-q', '-b', 'main', dir], { cwd: repo.root })
    const error = await failure(dir)
    expect(error.message).toMatch(new RegExp(`^${dir}: the repository has no commit at HEAD \\(fatal: .*HEAD.*\\)$`))
  })

  it('when git cannot be started', async () => {
    const dir = join(repo.root, 'does-not-exist')
    const error = await failure(dir)
    expect(error.message).toBe(`${dir}: cannot run git (the directory ${dir} does not exist)`)
    expect(error.hint).toContain('install git')
  })
})

describe('fillCommitDate', () => {
  const base: GitContext = { eventName: 'pull_request', ref: 'refs/pull/7/merge', sha: '' }

  /** The real runner, counting calls, to show when git is not consulted. */
  function counting(runner: GitRunner): GitRunner & { calls: number } {
    const wrapped = Object.assign(
      async (args: string[]) => {
        wrapped.calls++
        return runner(args)
      },
      { calls: 0 },
    )
    return wrapped
  }

  it('adds the committer date of the sha from the checkout', async () => {
    const runner = counting(repo.runner)
    const filled = await fillCommitDate({ ...base, sha: repo.sha.c2 }, runner)
    expect(filled).toStrictEqual({ ...base, sha: repo.sha.c2, commitDate: new Date(COMMIT_DATES.c2) })
    expect(runner.calls).toBe(1)
  })

  it.each<[string, (repo: TempGitRepo) => GitContext, (repo: TempGitRepo) => GitRunner, number]>([
    ['a date is already known', (r) => ({ ...base, sha: r.sha.c2, commitDate: new Date('2020-01-01T00:00:00Z') }), (r) => r.runner, 0],
    ['no sha', () => base, (r) => r.runner, 0],
    ['a sha that is not hex is never passed to git', () => ({ ...base, sha: '--output=/tmp/x' }), (r) => r.runner, 0],
    ['the commit is not in the checkout (shallow clone)', () => ({ ...base, sha: 'f'.repeat(40) }), (r) => r.runner, 1],
    ['no checkout at all', (r) => ({ ...base, sha: r.sha.c2 }), (r) => createGitRunner(r.root, r.env), 1],
  ])('leaves the context unchanged when %s', async (_name, makeContext, makeRunner, calls) => {
    const context = makeContext(repo)
    const runner = counting(makeRunner(repo))
    expect(await fillCommitDate(context, runner)).toBe(context)
    expect(runner.calls).toBe(calls)
  })
})
