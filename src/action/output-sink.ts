import * as core from '@actions/core'
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
  return { setOutput: core.setOutput, exportVariable: core.exportVariable, exportEnv: shouldExportOutputEnv(env) }
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
