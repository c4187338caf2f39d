import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findOnPath } from '../process/index.js'

export interface GitResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `git <args>` in one working directory and never rejects: a git that cannot be started
 * reports exit code 127 with the reason on stderr, as a shell would, and one stopped at its limits
 * reports 124 (timeout(1)'s code), so callers handle one failure path. Injected so tests can point it
 * at a temporary repository with a hermetic environment.
 */
export type GitRunner = (args: string[]) => Promise<GitResult>

/** Exit code for "git could not be started" (the shell's "command not found"). */
export const GIT_NOT_STARTED = 127
/** Exit code for "git was stopped at its deadline or output limit" (timeout(1)'s code). */
export const GIT_STOPPED = 124

export interface GitLimits {
  /** A local read takes milliseconds; a fetch of one commit over the network a few seconds. */
  readonly timeoutMs?: number
  /** What we read is commit data and files of the base branch: anything larger is not one of those. */
  readonly maxOutputBytes?: number
}

export const GIT_TIMEOUT_MS = 60_000
export const GIT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024

/**
 * The real runner: argv without a shell (execFile; arguments are passed as-is, never interpolated),
 * nothing echoed to the job log, the exit code left to the caller, and limits, since `@actions/exec`
 * has neither a deadline nor an output cap: git is killed past `timeoutMs` or `maxOutputBytes`.
 * `GIT_TERMINAL_PROMPT=0`: a fetch that needs credentials fails instead of waiting for a prompt.
 * git is looked up in PATH's absolute directories only (find-on-path.ts). `env` replaces the
 * inherited environment when given.
 */
export function createGitRunner(cwd: string, env?: Readonly<Record<string, string>>, limits: GitLimits = {}): GitRunner {
  const { timeoutMs = GIT_TIMEOUT_MS, maxOutputBytes = GIT_MAX_OUTPUT_BYTES } = limits
  const childEnv: Record<string, string | undefined> = { ...(env ?? process.env), GIT_TERMINAL_PROMPT: '0' }
  return (args) =>
    new Promise<GitResult>((resolve) => {
      const git = findOnPath('git', childEnv.PATH ?? '')
      if (git === undefined) return resolve({ exitCode: GIT_NOT_STARTED, stdout: '', stderr: 'git is not on PATH (absolute directories only)' })
      execFile(
        git,
        args,
        { cwd, env: childEnv, encoding: 'utf8', shell: false, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: maxOutputBytes, windowsHide: true },
        (error, stdout, stderr) => {
          if (error === null) return resolve({ exitCode: 0, stdout, stderr })
          const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string }
          if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
            return resolve({ exitCode: GIT_STOPPED, stdout: '', stderr: `git printed more than ${maxOutputBytes} bytes and was stopped` })
          if (failure.killed) return resolve({ exitCode: GIT_STOPPED, stdout: '', stderr: `git did not finish within ${timeoutMs / 1000} s and was stopped` })
          if (typeof failure.code === 'number') return resolve({ exitCode: failure.code, stdout, stderr })
          // Not started: spawn says ENOENT for a missing cwd as for a missing program, so name which.
          resolve({ exitCode: GIT_NOT_STARTED, stdout: '', stderr: existsSync(cwd) ? failure.message : `the directory ${cwd} does not exist` })
        },
      )
    })
}
