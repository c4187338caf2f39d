import * as runner from './runner/index.js'
import { ShiptagError, errorMessage } from '../errors.js'
import type { Finding } from '../policy/index.js'

/**
 * Where outputs go. Like metadata-action, every output of every command is also exported as
 * `DOCKER_METADATA_OUTPUT_<NAME>` unless `DOCKER_METADATA_SET_OUTPUT_ENV` is false, so later steps
 * that read those variables keep working after a switch (README "Outputs").
 */
export interface OutputSink {
  setOutput(name: string, value: string): void
  exportVariable(name: string, value: string): void
  readonly exportEnv: boolean
}

/** The runner's sink: GITHUB_OUTPUT, and GITHUB_ENV unless the environment turns the export off. */
export function runnerOutputs(env: Record<string, string | undefined>): OutputSink {
  return {
    setOutput: (name, value) => writingRunnerFile('GITHUB_OUTPUT', env, () => runner.setOutput(name, value, env)),
    exportVariable: (name, value) => writingRunnerFile('GITHUB_ENV', env, () => runner.exportVariable(name, value, env)),
    exportEnv: shouldExportOutputEnv(env),
  }
}

/** A file the runner gives every step (GITHUB_OUTPUT, GITHUB_ENV) could not be appended to. */
export class RunnerFileError extends ShiptagError {}

/**
 * runner/file-command.ts appends to the file the runner names; when that fails (a directory, a full disk, a
 * removed temp folder) the problem is the runner's or an earlier step's, not shiptag's, so the
 * error names the variable and the file instead of claiming a bug.
 */
function writingRunnerFile(variable: 'GITHUB_OUTPUT' | 'GITHUB_ENV', env: Record<string, string | undefined>, write: () => void): void {
  try {
    write()
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : errorMessage(error)
    throw new RunnerFileError(`cannot append to ${variable} (${env[variable] ?? 'unset'}): ${reason}`, {
      cause: error,
      hint: `the runner gives each step ${variable} as a writable file; check that no earlier step removed or replaced it and that the runner's disk is not full`,
    })
  }
}

/**
 * `findings`, set by every command on every exit: the policy findings it evaluated as a JSON array,
 * `[]` when none (the shape `check` has always written).
 */
export function writeFindingsOutput(findings: readonly Finding[], sink: OutputSink): void {
  writeOutputs({ findings: JSON.stringify(findings) }, sink)
}

/** Sets each output, and exports it as `DOCKER_METADATA_OUTPUT_<NAME>` (hyphens to underscores, upper case) when the sink does. */
export function writeOutputs(outputs: Record<string, string>, sink: OutputSink): void {
  for (const [name, value] of Object.entries(outputs)) {
    sink.setOutput(name, value)
    if (sink.exportEnv) sink.exportVariable(`DOCKER_METADATA_OUTPUT_${name.replace(/-/g, '_').toUpperCase()}`, value)
  }
}

/** `DOCKER_METADATA_SET_OUTPUT_ENV`: default true; only a case-insensitive "false" turns it off. */
export function shouldExportOutputEnv(env: Record<string, string | undefined>): boolean {
  return (env.DOCKER_METADATA_SET_OUTPUT_ENV ?? '').trim().toLowerCase() !== 'false'
}
