/**
 * What the tag computation needs to know about the commit being built. Produced by the shells
 * (`github.ts` from the runner's environment and event payload; `local-git.ts` from a checkout) and
 * consumed by the pure `tags/` core. Raw facts only: which sha to use for `type=sha` and how
 * `latest` is decided are the core's business, steered by options.
 */
export interface GitContext {
  /** GitHub event name (`push`, `pull_request`, `schedule`, ...); `push` for a local checkout. */
  readonly eventName: string
  /**
   * The full git ref as metadata-action sees it: `refs/heads/main`, `refs/tags/v1.2.3`,
   * `refs/pull/5/merge`. For `pull_request_target` this is already rewritten to
   * `refs/pull/<number>/merge` (as metadata-action does). Empty when unknown: `GITHUB_REF` unset,
   * or a detached HEAD that no tag, pull ref or branch points at.
   */
  readonly ref: string
  /**
   * `GITHUB_SHA`: the merge commit for `pull_request`, the base tip for `pull_request_target`,
   * `merge_group.head_sha` for `merge_group`; `HEAD` for a local checkout. Empty when unknown.
   */
  readonly sha: string
  /**
   * Set when the payload carries a `pull_request` object: `pull_request`, `pull_request_target`
   * and their review events (metadata-action matches these with `/pull_request/`).
   */
  readonly pullRequest?: PullRequestInfo
  /**
   * Without `refs/heads/`. The payload's `base_ref` for a tag ref (unreliable, kept for
   * `{{base_ref}}` compatibility), the PR's base branch, or `merge_group.base_ref` (metadata-action
   * shows `''` for `{{base_ref}}` on `merge_group`; the core decides whether to expose it).
   */
  readonly baseRef?: string
  /**
   * The repository's default branch: the payload's `repository.default_branch`; on `schedule`
   * (whose payload has no repository) the ref's branch, since schedules run on the default branch;
   * for a local checkout `origin/HEAD`, else `init.defaultBranch`.
   */
  readonly defaultBranch?: string
  /** Committer date of `sha`, when known (payload commits/head_commit, or local git). */
  readonly commitDate?: Date
  /**
   * Repository facts for the OCI labels; from the payload, else `GITHUB_REPOSITORY` and
   * `GITHUB_SERVER_URL`, else the checkout's `origin` remote. Never from the GitHub API.
   */
  readonly repository?: RepositoryInfo
}

export interface PullRequestInfo {
  readonly number: number
  /** `pull_request.head.sha`: used for `type=sha` when `DOCKER_METADATA_PR_HEAD_SHA=true`. */
  readonly headSha: string
  /** `pull_request.head.ref`: the PR's branch name (`{{head_ref}}`). */
  readonly headRef: string
  /** `pull_request.base.ref`: the target branch. */
  readonly baseRef: string
  /**
   * `pull_request.base.sha`: the base branch's commit the pull request is checked against; its
   * policy file is the one `check` applies (a pull request cannot loosen its own rules).
   */
  readonly baseSha?: string
}

export interface RepositoryInfo {
  /**
   * `owner/name` (a remote's whole path for nested groups, `group/sub/name`); just the directory
   * name for a local checkout without a hosted `origin` remote.
   */
  readonly fullName: string
  /** `name` (the `org.opencontainers.image.title` label). */
  readonly name: string
  readonly description?: string
  /** `https://github.com/owner/name` (`url` and `source` labels). */
  readonly htmlUrl?: string
  /** SPDX id of the licence (`licenses` label), when the payload names one. */
  readonly license?: string
}
