import { basename } from 'node:path'
import { InputError } from '../errors.js'
import { refFromDecorations } from './git-decorations.js'
import { createGitRunner, GIT_NOT_STARTED, type GitResult, type GitRunner } from './git-runner.js'
import { repositoryFromRemoteUrl } from './remote-url.js'
import { parseTimestamp, withoutUndefined } from './values.js'
import type { GitContext, RepositoryInfo } from './types.js'

export interface LocalGitOptions {
  /** Any directory inside the work tree. */
  readonly cwd: string
  /** Runs git in `cwd`; defaults to `createGitRunner(cwd)`. */
  readonly exec?: GitRunner
}

/**
 * The context of a local checkout, for the CLI and the action's `context: git` mode: HEAD's sha and
 * committer date, its ref (the branch, or for a detached HEAD the tag / pull ref / branch that
 * points at it), the default branch and the repository as the `origin` remote names them.
 * Read-only: nothing is fetched and no ref is written.
 */
export async function readLocalGitContext(options: LocalGitOptions): Promise<GitContext> {
  const git = options.exec ?? createGitRunner(options.cwd)
  const topLevel = await workTreeRoot(git, options.cwd)
  // One call for sha, date and decorations. --no-show-signature and --no-color keep a user's
  // log.showSignature / color.ui=always from mixing gpg output or escape codes into stdout.
  const head = await git(['show', '-s', '--no-color', '--no-show-signature', '--decorate=full', '--format=%H%n%cI%n%D', 'HEAD'])
  if (head.exitCode !== 0) {
    throw new InputError({ file: options.cwd }, `the repository has no commit at HEAD (${gitSaid(head)})`, {
      hint: 'commit, or check out the commit to build, before computing tags',
    })
  }
  const [sha = '', date, decorations = ''] = head.stdout.split('\n')
  const [ref, defaultBranch, repository] = await Promise.all([currentRef(git, decorations), defaultBranchOf(git), repositoryOf(git, topLevel)])
  return withoutUndefined({ eventName: 'push', ref, sha, commitDate: parseTimestamp(date), defaultBranch, repository })
}

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/**
 * Adds the committer date of `context.sha` from the checkout when the event payload did not carry
 * it (pull requests, releases, schedules, dispatches). metadata-action asks the GitHub API here
 * (docs/tag-syntax.md#commit-date); a checkout answers without a token. Without a checkout, without git, or when a shallow
 * clone lacks the commit, the context is returned unchanged: the date is optional.
 */
export async function fillCommitDate(context: GitContext, git: GitRunner): Promise<GitContext> {
  // Only a full hex sha reaches git, so a stray value can never be read as an option.
  if (context.commitDate !== undefined || !FULL_SHA.test(context.sha)) return context
  const shown = await git(['show', '-s', '--no-color', '--no-show-signature', '--format=%cI', context.sha])
  if (shown.exitCode !== 0) return context
  const commitDate = parseTimestamp(shown.stdout.trim())
  return commitDate === undefined ? context : { ...context, commitDate }
}

/**
 * The alternative to a checkout (issue 13: outside a repository the error did not name it): the
 * workflow context of src/context/github.ts and the variables it reads.
 */
const WORKFLOW_CONTEXT_HINT =
  '--context workflow on the command line (context: workflow in the action) reads GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA, GITHUB_REPOSITORY and the GITHUB_EVENT_PATH payload, e.g. GITHUB_REF=refs/tags/v1.2.3 GITHUB_SHA=<commit> shiptag tags --context workflow'

async function workTreeRoot(git: GitRunner, cwd: string): Promise<string> {
  const result = await git(['rev-parse', '--show-toplevel'])
  if (result.exitCode === GIT_NOT_STARTED) {
    throw new InputError({ file: cwd }, `cannot run git (${gitSaid(result)})`, {
      hint: 'install git and put it on PATH, and check that the directory exists',
    })
  }
  if (result.exitCode !== 0) {
    const dubious = result.stderr.includes('dubious ownership')
    throw new InputError(
      { file: cwd },
      dubious ? `not a git work tree (${gitSaid(result)})` : `not a git repository, so there is no ref or commit to compute tags from (${gitSaid(result)})`,
      {
        hint: dubious
          ? 'the checkout belongs to another user (common in containers): trust it with `git config --global --add safe.directory <the path git names>`'
          : `run it inside a clone (in a workflow, after actions/checkout), or take the facts from GitHub's variables instead: ${WORKFLOW_CONTEXT_HINT}`,
      },
    )
  }
  return result.stdout.trim()
}

async function currentRef(git: GitRunner, decorations: string): Promise<string> {
  // -q: exit 1 without a message when HEAD is detached.
  const symbolic = await git(['symbolic-ref', '-q', 'HEAD'])
  return symbolic.exitCode === 0 ? symbolic.stdout.trim() : refFromDecorations(decorations)
}

/**
 * `origin/HEAD` (set by `git clone`) names the remote's default branch. Without it,
 * `init.defaultBranch` is the best remaining guess: the name this user's repositories start with.
 */
async function defaultBranchOf(git: GitRunner): Promise<string | undefined> {
  const originHead = await git(['symbolic-ref', '-q', 'refs/remotes/origin/HEAD'])
  const fromOrigin = originHead.exitCode === 0 ? originHead.stdout.trim().replace(/^refs\/remotes\/origin\//, '') : ''
  if (fromOrigin !== '') return fromOrigin
  const configured = await git(['config', '--get', 'init.defaultBranch'])
  const name = configured.exitCode === 0 ? configured.stdout.trim() : ''
  return name === '' ? undefined : name
}

async function repositoryOf(git: GitRunner, topLevel: string): Promise<RepositoryInfo> {
  const remote = await git(['remote', 'get-url', 'origin'])
  const fromRemote = remote.exitCode === 0 ? repositoryFromRemoteUrl(remote.stdout) : undefined
  if (fromRemote !== undefined) return fromRemote
  const name = basename(topLevel)
  return { fullName: name, name }
}

/** git's own first line of complaint, for the error message. */
function gitSaid(result: GitResult): string {
  const line = result.stderr
    .split('\n')
    .map((text) => text.trim())
    .find((text) => text !== '')
  return line ?? `git exited with code ${result.exitCode}`
}
