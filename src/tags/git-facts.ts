/**
 * Small readings of the git context shared by tag values and expressions: what kind of ref this
 * is and which sha stands for the build.
 */
import type { GitContext } from '../context/types.js'

const BRANCH_PREFIX = 'refs/heads/'
const TAG_PREFIX = 'refs/tags/'
const PULL_PREFIX = 'refs/pull/'

/** `refs/heads/feature/a` → `feature/a`; undefined for other refs. */
export function branchOf(ref: string): string | undefined {
  return ref.startsWith(BRANCH_PREFIX) ? ref.slice(BRANCH_PREFIX.length) : undefined
}

/** `refs/tags/v1.2.3` → `v1.2.3`; undefined for other refs. */
export function tagOf(ref: string): string | undefined {
  return ref.startsWith(TAG_PREFIX) ? ref.slice(TAG_PREFIX.length) : undefined
}

/** `refs/pull/15/merge` → `15` (only a trailing `/merge` is removed, as metadata-action does). */
export function pullRequestOf(ref: string): string | undefined {
  return ref.startsWith(PULL_PREFIX) ? ref.slice(PULL_PREFIX.length).replace(/\/merge$/, '') : undefined
}

/**
 * The sha that `type=sha`, `{{sha}}` and the revision label use: `GITHUB_SHA` (the merge commit
 * for `pull_request`, the base tip for `pull_request_target`), or the PR head when
 * `DOCKER_METADATA_PR_HEAD_SHA` is set (https://github.com/docker/metadata-action/issues/206, https://github.com/docker/metadata-action/issues/414).
 */
export function revisionSha(context: GitContext, prHeadSha: boolean): string {
  const head = context.pullRequest?.headSha
  return prHeadSha && head !== undefined && head !== '' ? head : context.sha
}

/** The first `length` characters, or the whole sha when it is not longer. */
export function shortSha(sha: string, length: number): string {
  return length >= sha.length ? sha : sha.slice(0, length)
}
