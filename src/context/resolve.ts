import type { ReadTextFile } from './event-payload.js'
import { readGitHubContext, type Env } from './github.js'
import { createGitRunner, type GitRunner } from './git-runner.js'
import { fillCommitDate, readLocalGitContext } from './local-git.js'
import type { GitContext } from './types.js'
import { withoutUndefined } from './values.js'

/** metadata-action's `context` input: `workflow` (runner env + payload) or `git` (the checkout). */
export type GitContextSource = 'workflow' | 'git'

export interface ResolveGitContextOptions {
  readonly source: GitContextSource
  readonly env: Env
  /** The checkout: `GITHUB_WORKSPACE` in the action, `--cwd` in the CLI. */
  readonly cwd: string
  /** Defaults to `createGitRunner(cwd)`. */
  readonly git?: GitRunner
  /** Defaults to `fs.readFileSync`. */
  readonly readFile?: ReadTextFile
}

/**
 * The context the shells hand to the tag core.
 *
 * `workflow`: the runner's context, with the commit date taken from the checkout when the payload
 * lacks it. `git`: as metadata-action's `context: git`, the workflow context with ref, sha and
 * commit date replaced by the checkout's (docs/tag-syntax.md#context-sources); outside GitHub Actions there is
 * no workflow context and the checkout is all there is.
 */
export async function resolveGitContext(options: ResolveGitContextOptions): Promise<GitContext> {
  const git = options.git ?? createGitRunner(options.cwd)
  if (options.source === 'workflow') return fillCommitDate(readGitHubContext(options.env, options.readFile), git)
  const local = await readLocalGitContext({ cwd: options.cwd, exec: git })
  if (options.env.GITHUB_ACTIONS !== 'true') return local
  const workflow = readGitHubContext(options.env, options.readFile)
  return withoutUndefined({
    ...workflow,
    ref: local.ref,
    sha: local.sha,
    commitDate: local.commitDate,
    defaultBranch: workflow.defaultBranch ?? local.defaultBranch,
    repository: workflow.repository ?? local.repository,
  })
}
