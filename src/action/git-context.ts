import { resolveGitContext, type GitContext } from '../context/index.js'

/** The git facts of a step: the runner's (`context: workflow`, the default) or the checkout's in the workspace. */
export function stepGitContext(inputs: { readonly context: string }, env: NodeJS.ProcessEnv): Promise<GitContext> {
  return resolveGitContext({ source: inputs.context === 'git' ? 'git' : 'workflow', env, cwd: stepWorkspace(env) })
}

/** Where the step works: the runner's workspace, or the current directory outside a runner. */
export function stepWorkspace(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE || process.cwd()
}
