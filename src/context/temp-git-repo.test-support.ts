/**
 * A real git repository in a temporary directory for the context tests, built with the git on PATH
 * under a hermetic configuration (no system config, a throwaway global one, fixed identities and
 * dates), so results do not depend on the machine's git settings.
 *
 * History (committer dates in brackets):
 *
 *     c1 [2026-07-01T10:00:00+02:00]  tag v0.9.0 (lightweight)
 *     ├─ c2 [2026-07-02T11:30:00+02:00]  tags v1.0.0 (annotated) and v1.0 (lightweight)
 *     │  ├─ c3 [2026-07-03T09:15:00+00:00]  branch feature/login
 *     │  └─ c4 [2026-07-04T12:00:00-05:00]  branch main, origin/main (= origin/HEAD), tag v2.0.0-rc.1
 *     ├─ remoteOnly [2026-07-05T08:00:00+00:00]  only origin/release/1.x
 *     ├─ pull [2026-07-06T08:00:00+00:00]  only refs/remotes/pull/7/merge (as actions/checkout fetches it)
 *     └─ orphan [2026-07-07T08:00:00+00:00]  no ref at all
 *
 * The work tree is a directory named `widget`; `origin` is `git@github.com:acme/widget.git`.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createGitRunner, type GitRunner } from './git-runner.js'

export const COMMIT_DATES = {
  c1: '2026-07-01T10:00:00+02:00',
  c2: '2026-07-02T11:30:00+02:00',
  c3: '2026-07-03T09:15:00+00:00',
  c4: '2026-07-04T12:00:00-05:00',
  remoteOnly: '2026-07-05T08:00:00+00:00',
  pull: '2026-07-06T08:00:00+00:00',
  orphan: '2026-07-07T08:00:00+00:00',
} as const

export type CommitName = keyof typeof COMMIT_DATES

export interface TempGitRepo {
  /** Scratch root: holds `widget/` and anything else a test needs (`root/not-a-repo`). */
  readonly root: string
  /** The work tree. */
  readonly dir: string
  /** Hermetic environment for git, with `init.defaultBranch = develop` in the global config. */
  readonly env: Readonly<Record<string, string>>
  readonly sha: Readonly<Record<CommitName, string>>
  /** The shiptag runner for `dir`, under `env`. */
  readonly runner: GitRunner
  /** Runs git synchronously in `cwd` (default `dir`) and returns its trimmed stdout. */
  git(args: readonly string[], options?: { cwd?: string; date?: string }): string
  remove(): void
}

export function createTempGitRepo(): TempGitRepo {
  const root = mkdtempSync(join(tmpdir(), 'shiptag-context-'))
  const home = join(root, 'home')
  mkdirSync(home)
  const globalConfig = join(home, '.gitconfig')
  writeFileSync(globalConfig, '[init]\n\tdefaultBranch = develop\n')
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: globalConfig,
    // Never walk up from root into an enclosing repository.
    GIT_CEILING_DIRECTORIES: root,
    GIT_AUTHOR_NAME: 'Jane Doe',
    GIT_AUTHOR_EMAIL: 'jane@example.com',
    GIT_COMMITTER_NAME: 'Jane Doe',
    GIT_COMMITTER_EMAIL: 'jane@example.com',
  }
  const dir = join(root, 'widget')
  const git = (args: readonly string[], options: { cwd?: string; date?: string } = {}): string => {
    const dated = options.date === undefined ? {} : { GIT_AUTHOR_DATE: options.date, GIT_COMMITTER_DATE: options.date }
    return execFileSync('git', args, { cwd: options.cwd ?? dir, env: { ...env, ...dated }, encoding: 'utf8' }).trim()
  }
  const commit = (name: CommitName, branchArgs: readonly string[] = []): string => {
    git(['commit', '-q', '--allow-empty', '-m', name, ...branchArgs], { date: COMMIT_DATES[name] })
    return git(['rev-parse', 'HEAD'])
  }
  const looseCommit = (name: CommitName, parent: string): string =>
    git(['commit-tree', `${parent}^{tree}`, '-p', parent, '-m', name], { date: COMMIT_DATES[name] })

  git(['init', '-q', '-b', 'main', dir], { cwd: root })
  const c1 = commit('c1')
  git(['tag', 'v0.9.0'])
  const c2 = commit('c2')
  git(['tag', '-a', 'v1.0.0', '-m', 'Release 1.0.0'], { date: COMMIT_DATES.c2 })
  git(['tag', 'v1.0'])
  git(['checkout', '-q', '-b', 'feature/login'])
  const c3 = commit('c3')
  git(['checkout', '-q', 'main'])
  const c4 = commit('c4')
  git(['tag', 'v2.0.0-rc.1'])
  const remoteOnly = looseCommit('remoteOnly', c1)
  const pull = looseCommit('pull', c1)
  const orphan = looseCommit('orphan', c1)
  git(['remote', 'add', 'origin', 'git@github.com:acme/widget.git'])
  git(['update-ref', 'refs/remotes/origin/main', c4])
  git(['symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main'])
  git(['update-ref', 'refs/remotes/origin/release/1.x', remoteOnly])
  git(['update-ref', 'refs/remotes/pull/7/merge', pull])

  return {
    root,
    dir,
    env,
    sha: { c1, c2, c3, c4, remoteOnly, pull, orphan },
    runner: createGitRunner(dir, env),
    git,
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}
