import { getExecOutput } from '@actions/exec'

export interface GitResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `git <args>` in one working directory and never rejects: a git that cannot be started
 * reports exit code 127 with the reason on stderr, as a shell would, so callers handle one failure
 * path. Injected so tests can point it at a temporary repository with a hermetic environment.
 */
export type GitRunner = (args: string[]) => Promise<GitResult>

/** Exit code for "git could not be started" (the shell's "command not found"). */
export const GIT_NOT_STARTED = 127

/**
 * The real runner: `@actions/exec` without a shell (arguments are passed as-is, never
 * interpolated), silent so nothing is echoed to the job log, and with the exit code left to the
 * caller. `env` replaces the inherited environment when given.
 */
export function createGitRunner(cwd: string, env?: Readonly<Record<string, string>>): GitRunner {
  return async (args) => {
    try {
      const { exitCode, stdout, stderr } = await getExecOutput('git', args, {
        cwd,
        silent: true,
        ignoreReturnCode: true,
        ...(env === undefined ? {} : { env: { ...env } }),
      })
      return { exitCode, stdout, stderr }
    } catch (error) {
      // @actions/exec rejects when git is not on PATH or cwd does not exist.
      return { exitCode: GIT_NOT_STARTED, stdout: '', stderr: error instanceof Error ? error.message : String(error) }
    }
  }
}
