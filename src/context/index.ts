/**
 * Which commit, ref and event the tags are for: from the GitHub Actions runner (environment and
 * event payload) or from a local checkout. git runs through `node:child_process` without a shell
 * (git-runner.ts), not `@actions/exec`; no `@actions/*` package is loaded here
 * (docs/architecture.md#packages).
 */
export type { GitContext, PullRequestInfo, RepositoryInfo } from './types.js'
export type { ReadTextFile } from './event-payload.js'
export { readGitHubContext, type Env } from './github.js'
export { BaseCommitReadError, findBaseCommit, type BaseCommit } from './base-commit.js'
export { createGitRunner, GIT_NOT_STARTED, type GitResult, type GitRunner } from './git-runner.js'
export { fillCommitDate, readLocalGitContext, type LocalGitOptions } from './local-git.js'
export { resolveGitContext, type GitContextSource, type ResolveGitContextOptions } from './resolve.js'
