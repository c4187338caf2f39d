import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { resolveGitContext, type GitContext } from '../context/index.js'
import { InputError, errorMessage } from '../errors.js'
import { flagLines } from '../input-lines.js'
import type { RawMetadataInputs } from '../tags/index.js'
import { PolicyGate, findingText, isoDay, readPolicy } from '../commands/policy-gate.js'
import { paint, type CliIo } from './io.js'
import { UsageError } from './usage-error.js'

/** The options every command that computes tags takes: the metadata-action inputs and where git facts come from. */
export const METADATA_OPTIONS = {
  images: { type: 'string', multiple: true },
  tags: { type: 'string', multiple: true },
  flavor: { type: 'string', multiple: true },
  labels: { type: 'string', multiple: true },
  annotations: { type: 'string', multiple: true },
  context: { type: 'string' },
  cwd: { type: 'string' },
  ref: { type: 'string' },
  sha: { type: 'string' },
  event: { type: 'string' },
  'default-branch': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  policy: { type: 'string' },
  environment: { type: 'string' },
} as const

type MetadataValues = {
  images?: string[]
  tags?: string[]
  flavor?: string[]
  labels?: string[]
  annotations?: string[]
  context?: string
  cwd?: string
  ref?: string
  sha?: string
  event?: string
  'default-branch'?: string
}

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T, command: string) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: false, strict: true })
  } catch (error) {
    throw new UsageError(errorMessage(error), { hint: `see shiptag ${command} --help` })
  }
}

/**
 * `--cwd DIR` against the directory shiptag runs in. One that does not exist (or is a file) is a
 * usage error here, instead of an ENOENT from deep inside a directory walk.
 */
export function workingDirectory(values: { cwd?: string }, io: CliIo, command: string): string {
  const directory = resolve(io.cwd, values.cwd ?? '.')
  if (statSync(directory, { throwIfNoEntry: false })?.isDirectory() === true) return directory
  const what = values.cwd === undefined ? `the current directory ${JSON.stringify(directory)}` : `--cwd ${JSON.stringify(values.cwd)}`
  throw new UsageError(`${what} is not an existing directory`, { hint: `name the working tree to read, e.g. --cwd . (see shiptag ${command} --help)` })
}

/** Repeated options are the lines of the action input of the same name (flagLines), read once here. */
export function metadataInputs(values: MetadataValues): RawMetadataInputs {
  return {
    images: flagLines('images', values.images),
    tags: flagLines('tags', values.tags),
    flavor: flagLines('flavor', values.flavor),
    labels: flagLines('labels', values.labels),
    annotations: flagLines('annotations', values.annotations),
  }
}

/** The git context: the checkout (default outside Actions) or the runner's, with the pretend overrides applied. */
export async function cliContext(values: MetadataValues, io: CliIo, command: string): Promise<GitContext> {
  const source = values.context ?? (io.env.GITHUB_ACTIONS === 'true' ? 'workflow' : 'git')
  if (source !== 'git' && source !== 'workflow') {
    throw new UsageError(`--context must be git or workflow, got "${source}"`, { hint: `see shiptag ${command} --help` })
  }
  const context = await resolveGitContext({ source, env: io.env, cwd: values.cwd ?? io.cwd })
  const ref = values.ref
  if (ref !== undefined && !/^refs\/(heads|tags|pull)\/./.test(ref)) {
    throw new InputError({ input: '--ref' }, `"${ref}" is not a full git ref`, {
      hint: 'write it in full: refs/heads/main, refs/tags/v1.2.3 or refs/pull/12/merge',
    })
  }
  return {
    ...context,
    ...(ref === undefined ? {} : { ref }),
    ...(values.sha === undefined ? {} : { sha: values.sha }),
    ...(values.event === undefined ? {} : { eventName: values.event }),
    ...(values['default-branch'] === undefined ? {} : { defaultBranch: values['default-branch'] }),
  }
}

/**
 * `--policy FILE` for `--environment NAME`. A path given on the command line is resolved against
 * the directory shiptag runs in, as the shell completed it and as `--sarif` is; the default
 * .github/image-policy.yml (read when it exists) is the checkout's own, under `--cwd` (issue 15).
 */
export async function cliPolicyGate(values: { policy?: string; environment?: string; cwd?: string }, io: CliIo): Promise<PolicyGate> {
  const given = values.policy?.trim() ?? ''
  const policy = await readPolicy(given === '' ? '' : resolve(io.cwd, given), resolve(io.cwd, values.cwd ?? '.'))
  return new PolicyGate(policy, isoDay(io.now), values.environment ?? '')
}

/** Policy warnings on standard error, one a line with the rule id. */
export function printFindingWarnings(gate: PolicyGate, io: CliIo): void {
  for (const finding of gate.warnings) io.stderr(`${paint(io, 'yellow', 'warning:')} ${findingText(finding)}\n`)
}

/** What the context is when no git fact is needed: a push with no ref, sha or repository. */
export const NO_GIT_FACTS: GitContext = { eventName: 'push', ref: '', sha: '' }

/**
 * The git context, skipped when nothing needs it: plain tag names (no rule, no expression) and no
 * --context, --ref, --sha or --event. Reading a checkout costs several git processes, and a push or
 * a promotion of given tags can run anywhere, not only inside a checkout.
 */
export async function contextUnlessPlainTags(
  values: MetadataValues & { tags?: string[] },
  io: CliIo,
  command: string,
  allowEmpty: boolean,
): Promise<GitContext> {
  const tags = values.tags ?? []
  const plain = (tags.length > 0 || allowEmpty) && tags.every((tag) => !tag.includes('=') && !tag.includes('{{'))
  const pretending = values.context !== undefined || values.ref !== undefined || values.sha !== undefined || values.event !== undefined
  return plain && !pretending ? NO_GIT_FACTS : cliContext(values, io, command)
}
