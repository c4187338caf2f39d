import { ShiptagError } from '../errors.js'
import type { GitRunner } from './git-runner.js'
import type { PullRequestInfo } from './types.js'

/** A full object name; anything else from the payload is not handed to git. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** The pull request's base commit in the checkout, and how to read a file as it was there. */
export interface BaseCommit {
  readonly sha: string
  /**
   * The file's text at the base (a path relative to the checkout's directory); undefined when it did
   * not exist there. Throws BaseCommitReadError when git cannot tell.
   */
  read(path: string): Promise<string | undefined>
}

export interface FindBaseOptions {
  /**
   * When the checkout lacks the base commit, fetch the payload's base sha (one commit, depth 1) from
   * `origin` with the credentials `actions/checkout` left, as checkout itself fetches by sha. Off, the
   * search only reads.
   */
  readonly fetch?: boolean
}

/**
 * Finds the base commit of a pull request in the checkout:
 *
 * 1. the payload's `pull_request.base.sha`, when the checkout has that commit;
 * 2. the first parent of HEAD when HEAD is the merge commit GitHub made for this pull request (its
 *    second parent is `pull_request.head.sha`): `actions/checkout` with `fetch-depth: 2` has it;
 * 3. `origin/<base branch>`, which `fetch-depth: 0` brings;
 * 4. with `fetch`, the payload's base sha fetched from `origin`: what makes `fetch-depth: 1`, the
 *    checkout default, work. The git runner's deadline bounds it and it never prompts.
 *
 * HEAD's parent is taken only in case 2: a `pull_request_target` workflow that checks out the head
 * would otherwise take the head's own parent for the base. Undefined when none is found.
 */
export async function findBaseCommit(git: GitRunner, pullRequest: PullRequestInfo, options: FindBaseOptions = {}): Promise<BaseCommit | undefined> {
  const fromPayload = FULL_SHA.test(pullRequest.baseSha ?? '') ? pullRequest.baseSha : undefined
  const sha =
    (await commitOf(git, fromPayload)) ??
    (await mergeParent(git, pullRequest.headSha)) ??
    (await commitOf(git, pullRequest.baseRef === '' ? undefined : `refs/remotes/origin/${pullRequest.baseRef}`)) ??
    (options.fetch === true ? await fetched(git, fromPayload) : undefined)
  if (sha === undefined) return undefined
  return {
    sha,
    read: async (path) => {
      // `<commit>:./<path>` is relative to the directory git runs in, the workspace, wherever the repository's root is.
      const shown = await git(['cat-file', 'blob', `${sha}:./${path}`])
      if (shown.exitCode === 0) return shown.stdout
      // Absent only when the base's tree says so: a blob a partial clone cannot fetch, or git stopped
      // at its limits, must not pass for "the base has no policy file", which would fail open.
      const listed = await git(['ls-tree', '--name-only', sha, '--', path])
      if (listed.exitCode === 0 && listed.stdout.trim() === '') return undefined
      throw new BaseCommitReadError(path, sha, (shown.stderr || listed.stderr).trim())
    },
  }
}

async function commitOf(git: GitRunner, name: string | undefined): Promise<string | undefined> {
  if (name === undefined || name === '') return undefined
  const found = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`])
  const sha = found.stdout.trim()
  return found.exitCode === 0 && FULL_SHA.test(sha) ? sha : undefined
}

async function mergeParent(git: GitRunner, headSha: string): Promise<string | undefined> {
  if (!FULL_SHA.test(headSha)) return undefined
  if ((await commitOf(git, 'HEAD^2')) !== headSha) return undefined
  return commitOf(git, 'HEAD^1')
}

async function fetched(git: GitRunner, sha: string | undefined): Promise<string | undefined> {
  if (sha === undefined) return undefined
  const fetch = await git(['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', '--depth=1', 'origin', sha])
  return fetch.exitCode === 0 ? commitOf(git, sha) : undefined
}

/** The base commit is there, but a file of it could not be read (a partial clone offline, git stopped at its limits). */
export class BaseCommitReadError extends ShiptagError {
  constructor(path: string, sha: string, said: string) {
    super(`${path} could not be read from the base commit ${sha.slice(0, 7)}${said === '' ? '' : `: ${said.split('\n')[0]!.slice(0, 300)}`}`, {
      hint: "check out with fetch-depth: 2 (or 0) and without a blob filter, so the base branch's files are in the checkout",
    })
  }
}
