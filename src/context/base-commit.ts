import type { GitRunner } from './git-runner.js'
import type { PullRequestInfo } from './types.js'

/** A full object name; anything else from the payload is not handed to git. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** The pull request's base commit in the checkout, and how to read a file as it was there. */
export interface BaseCommit {
  readonly sha: string
  /** The file's text at the base (a path relative to the checkout's directory); undefined when it did not exist there. */
  read(path: string): Promise<string | undefined>
}

/**
 * Finds the base commit of a pull request in the checkout, read-only (nothing is fetched):
 *
 * 1. the payload's `pull_request.base.sha`, when the checkout has that commit;
 * 2. the first parent of HEAD when HEAD is the merge commit GitHub made for this pull request (its
 *    second parent is `pull_request.head.sha`): `actions/checkout` with `fetch-depth: 2` has it;
 * 3. `origin/<base branch>`, which `fetch-depth: 0` brings.
 *
 * HEAD's parent is taken only in case 2: a `pull_request_target` workflow that checks out the head
 * would otherwise take the head's own parent for the base. Undefined when none is in the checkout.
 */
export async function findBaseCommit(git: GitRunner, pullRequest: PullRequestInfo): Promise<BaseCommit | undefined> {
  const fromPayload = FULL_SHA.test(pullRequest.baseSha ?? '') ? pullRequest.baseSha : undefined
  const sha = (await commitOf(git, fromPayload)) ?? (await mergeParent(git, pullRequest.headSha)) ?? (await commitOf(git, pullRequest.baseRef === '' ? undefined : `refs/remotes/origin/${pullRequest.baseRef}`))
  if (sha === undefined) return undefined
  return {
    sha,
    read: async (path) => {
      // `<commit>:./<path>` is relative to the directory git runs in, the workspace, wherever the repository's root is.
      const shown = await git(['cat-file', 'blob', `${sha}:./${path}`])
      return shown.exitCode === 0 ? shown.stdout : undefined
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
