import * as core from '@actions/core'
import { COMMANDS, type CommandName } from '../commands/names.js'
import { parseTimeout } from '../commands/timeout.js'
import { InputError } from '../errors.js'
import { inputLines, type InputLine } from '../input-lines.js'
import type { RawMetadataInputs } from '../tags/index.js'
import { maskSecret } from './mask.js'

/** `core.getInput`'s shape, injected so tests pass a plain function. */
export type InputReader = (name: string, options?: core.InputOptions) => string

export const CONTEXT_SOURCES = ['workflow', 'git'] as const
export type ContextSource = (typeof CONTEXT_SOURCES)[number]

export interface OutputSeparators {
  readonly tags: string
  readonly labels: string
  readonly annotations: string
}

/** Every action input, typed. Parsing of the tag grammar itself happens in `tags/`. */
export interface ActionInputs {
  readonly command: CommandName
  readonly metadata: RawMetadataInputs
  readonly contextSource: ContextSource
  readonly separators: OutputSeparators
  readonly source: string
  readonly environment: string
  readonly policy: string
  readonly dryRun: boolean
  /** Repositories that may hold the blobs, one a line (cross-repository mount sources). */
  readonly mountFrom: readonly InputLine[]
  /** promote: copy signatures, attestations and other referrers with the image. */
  readonly artifacts: boolean
  readonly githubToken: string
  /** check: globs of deployment files, one a line. */
  readonly files: readonly InputLine[]
  /** check: env files Compose files are interpolated with instead of their `.env`, one a line. */
  readonly envFile: readonly InputLine[]
  /** check: where to write a SARIF file, '' for none. */
  readonly sarif: string
  /** check: also ask the registries (immutable tags, promotion order) for references pinned by digest. */
  readonly registryChecks: boolean
  /** How long a registry may stay silent before the step fails; every deadline scales with it. */
  readonly timeoutMs: number
}

/**
 * Reads the inputs the runner passed as `INPUT_*`. The token is masked the moment it is read, before
 * anything else can print it.
 */
export function readActionInputs(read: InputReader = core.getInput, mask: (secret: string) => void = maskSecret): ActionInputs {
  const githubToken = read('github-token')
  if (githubToken !== '') mask(githubToken)
  return {
    command: readCommand(read('command') || 'tags'),
    // Every list input is read into its lines here, once (input-lines.ts), as metadata-action's getInputs() does.
    metadata: {
      images: inputLines('images', read('images')),
      tags: inputLines('tags', read('tags')),
      flavor: inputLines('flavor', read('flavor')),
      labels: inputLines('labels', read('labels')),
      annotations: inputLines('annotations', read('annotations')),
    },
    contextSource: readChoice('context', read('context') || 'workflow', CONTEXT_SOURCES),
    // Separators are whitespace by default, so they must not be trimmed (as metadata-action reads them).
    separators: {
      tags: readSeparator(read, 'sep-tags'),
      labels: readSeparator(read, 'sep-labels'),
      annotations: readSeparator(read, 'sep-annotations'),
    },
    source: read('source'),
    environment: read('environment'),
    policy: read('policy'),
    dryRun: readBoolean('dry-run', read('dry-run') || 'false'),
    mountFrom: inputLines('mount-from', read('mount-from')),
    artifacts: readBoolean('artifacts', read('artifacts') || 'true'),
    githubToken,
    files: inputLines('files', read('files')),
    envFile: inputLines('env-file', read('env-file')),
    sarif: read('sarif'),
    registryChecks: readBoolean('registry-checks', read('registry-checks') || 'false'),
    timeoutMs: parseTimeout(read('timeout'), 'timeout'),
  }
}

function readCommand(value: string): CommandName {
  return readChoice('command', value, COMMANDS)
}

function readChoice<T extends string>(input: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new InputError({ input }, `"${value}" is not allowed; expected one of ${choices.join(', ')}`, {
    hint: `set ${input}: ${choices[0]}`,
  })
}

function readSeparator(read: InputReader, input: string): string {
  const value = read(input, { trimWhitespace: false })
  return value === '' ? '\n' : value
}

/** YAML 1.2 core-schema booleans, like `core.getBooleanInput`, but with an error that names the input. */
function readBoolean(input: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError({ input }, `"${value}" is not a boolean`, { hint: `set ${input}: true or ${input}: false` })
}
