import { statSync } from 'node:fs'
import { custodySettings } from '../commands/custody-settings.js'
import { resolve } from 'node:path'
import { resolveGitContext, type GitContext } from '../context/index.js'
import { InputError } from '../errors.js'
import type { InputLine } from '../input-lines.js'
import { PolicyGate, findingText, isoDay, proofLine, readPolicy } from '../commands/policy-gate.js'
import { paint, type CliIo } from './io.js'
import { UsageError } from './usage-error.js'

/** The git-fact options of a command's values ('' when a flag was not given). */
interface ContextValues {
  readonly context: string
  readonly cwd: string
  readonly ref: string
  readonly sha: string
  readonly event: string
  readonly 'default-branch': string
}

/**
 * `--cwd DIR` against the directory shiptag runs in. One that does not exist (or is a file) is a
 * usage error here, instead of an ENOENT from deep inside a directory walk.
 */
export function workingDirectory(values: { readonly cwd: string }, io: CliIo, command: string): string {
  const directory = resolve(io.cwd, values.cwd || '.')
  if (statSync(directory, { throwIfNoEntry: false })?.isDirectory() === true) return directory
  const what = values.cwd === '' ? `the current directory ${JSON.stringify(directory)}` : `--cwd ${JSON.stringify(values.cwd)}`
  throw new UsageError(`${what} is not an existing directory`, { hint: `name the working tree to read, e.g. --cwd . (see shiptag ${command} --help)` })
}

/** The git context: the checkout (default outside Actions) or the runner's, with the pretend overrides applied. */
export async function cliContext(values: ContextValues, io: CliIo): Promise<GitContext> {
  const source = values.context || (io.env.GITHUB_ACTIONS === 'true' ? 'workflow' : 'git')
  const context = await resolveGitContext({ source: source === 'git' ? 'git' : 'workflow', env: io.env, cwd: values.cwd || io.cwd })
  const ref = values.ref
  if (ref !== '' && !/^refs\/(heads|tags|pull)\/./.test(ref)) {
    throw new InputError({ input: '--ref' }, `"${ref}" is not a full git ref`, {
      hint: 'write it in full: refs/heads/main, refs/tags/v1.2.3 or refs/pull/12/merge',
    })
  }
  return {
    ...context,
    ...(ref === '' ? {} : { ref }),
    ...(values.sha === '' ? {} : { sha: values.sha }),
    ...(values.event === '' ? {} : { eventName: values.event }),
    ...(values['default-branch'] === '' ? {} : { defaultBranch: values['default-branch'] }),
  }
}

/**
 * `--policy FILE` for `--environment NAME`. A path given on the command line is resolved against
 * the directory shiptag runs in, as the shell completed it and as `--sarif` is; the default
 * .github/image-policy.yml (read when it exists) is the checkout's own, under `--cwd` (issue 15).
 */
export async function cliPolicyGate(values: { readonly policy: string; readonly environment: string; readonly cwd: string }, io: CliIo): Promise<PolicyGate> {
  const given = values.policy.trim()
  const workspace = resolve(io.cwd, values.cwd || '.')
  const policy = await readPolicy(given === '' ? '' : resolve(io.cwd, given), workspace)
  return new PolicyGate(policy, isoDay(io.now), values.environment, custodySettings(io.env, workspace, io.now, io.env.GITHUB_TOKEN || io.env.GH_TOKEN))
}

/** Policy warnings on standard error, one a line with the rule id; then what the custody rules verified. */
export function printFindingWarnings(gate: PolicyGate, io: CliIo): void {
  for (const finding of gate.warnings) io.stderr(`${paint(io, 'yellow', 'warning:')} ${findingText(finding)}\n`)
  for (const proof of gate.proofs) io.stderr(`${proofLine(proof)}\n`)
}

/** What the context is when no git fact is needed: a push with no ref, sha or repository. */
export const NO_GIT_FACTS: GitContext = { eventName: 'push', ref: '', sha: '' }

/**
 * The git context, skipped when nothing needs it: plain tag names (no rule, no expression) and no
 * --context, --ref, --sha or --event. Reading a checkout costs several git processes, and a push or
 * a promotion of given tags can run anywhere, not only inside a checkout.
 */
export async function contextUnlessPlainTags(
  values: ContextValues & { readonly tags: readonly InputLine[] },
  io: CliIo,
  allowEmpty: boolean,
): Promise<GitContext> {
  const tags = values.tags
  const plain = (tags.length > 0 || allowEmpty) && tags.every((tag) => !tag.text.includes('=') && !tag.text.includes('{{'))
  const pretending = values.context !== '' || values.ref !== '' || values.sha !== '' || values.event !== ''
  return plain && !pretending ? NO_GIT_FACTS : cliContext(values, io)
}
