/**
 * The repository a README workflow runs in: a real git repository in a temp dir holding the
 * README's policy file at the path the workflows use, and the deployment files `check` scans.
 * For a pull request it has what `actions/checkout` with `fetch-depth: 2` leaves: the base
 * commit, the head commit and GitHub's merge commit of the two, checked out.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export interface PullRequestCheckout {
  readonly dir: string
  readonly base: string
  readonly head: string
  readonly merge: string
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'ci',
  GIT_AUTHOR_EMAIL: 'ci@example.com',
  GIT_COMMITTER_NAME: 'ci',
  GIT_COMMITTER_EMAIL: 'ci@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
}

function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
}

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim()

/** A clone of the default branch: `files` committed on main, which `origin/main` points at too. */
export function createCheckout(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-readme-'))
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/widget.git')
  writeFiles(dir, files)
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'base')
  git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD')
  return dir
}

/** A pull request's checkout: main's `base` files, `head` files on a feature branch, and GitHub's merge of the two checked out. */
export function createPullRequestCheckout(base: Readonly<Record<string, string>>, head: Readonly<Record<string, string>>): PullRequestCheckout {
  const dir = createCheckout(base)
  const baseSha = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'checkout', '-q', '-b', 'feature')
  writeFiles(dir, head)
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head')
  const headSha = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'checkout', '-q', '--detach', baseSha)
  git(dir, 'merge', '-q', '--no-ff', '-m', `Merge ${headSha} into ${baseSha}`, headSha)
  return { dir, base: baseSha, head: headSha, merge: git(dir, 'rev-parse', 'HEAD') }
}
