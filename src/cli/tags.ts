import { parseArgs } from 'node:util'
import { metadataOptionsFromEnv } from '../commands/tags-options.js'
import { metadataJson, runTagsCommand } from '../commands/tags.js'
import { resolveGitContext, type GitContext } from '../context/index.js'
import { InputError } from '../errors.js'
import { TAGS_HELP } from './help.js'
import { EXIT, paint, type CliIo, type ExitCode } from './io.js'
import { UsageError } from './usage-error.js'

const TAGS_OPTIONS = {
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
} as const

/** `shiptag tags`: the same engine as the action's `tags` command, printed for a terminal or a script. */
export async function runTagsCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseTagsArgs(args)
  if (values.help) {
    io.stdout(TAGS_HELP)
    return EXIT.ok
  }
  const source = values.context ?? (io.env.GITHUB_ACTIONS === 'true' ? 'workflow' : 'git')
  if (source !== 'git' && source !== 'workflow') {
    throw new UsageError(`--context must be git or workflow, got "${source}"`, { hint: 'see shiptag tags --help' })
  }
  const cwd = values.cwd ?? io.cwd
  const context = applyOverrides(await resolveGitContext({ source, env: io.env, cwd }), values)
  const metadata = runTagsCommand(
    {
      images: lines(values.images),
      tags: lines(values.tags),
      flavor: lines(values.flavor),
      labels: lines(values.labels),
      annotations: lines(values.annotations),
    },
    context,
    metadataOptionsFromEnv(io.env, io.now),
  )
  for (const warning of metadata.warnings) io.stderr(`${paint(io, 'yellow', 'warning:')} ${warning}\n`)
  if (values.json) {
    io.stdout(`${JSON.stringify({ ...metadataJson(metadata), warnings: metadata.warnings }, null, 2)}\n`)
  } else if (metadata.tags.length > 0) {
    io.stdout(`${metadata.tags.join('\n')}\n`)
  }
  return EXIT.ok
}

function parseTagsArgs(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: TAGS_OPTIONS, allowPositionals: false, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), { hint: 'see shiptag tags --help' })
  }
}

/** Repeated options are the lines of the corresponding action input. */
function lines(values: readonly string[] | undefined): string {
  return (values ?? []).join('\n')
}

interface ContextOverrides {
  readonly ref?: string
  readonly sha?: string
  readonly event?: string
  readonly 'default-branch'?: string
}

function applyOverrides(context: GitContext, overrides: ContextOverrides): GitContext {
  const ref = overrides.ref
  if (ref !== undefined && !/^refs\/(heads|tags|pull)\/./.test(ref)) {
    throw new InputError({ input: '--ref' }, `"${ref}" is not a full git ref`, {
      hint: 'write it in full: refs/heads/main, refs/tags/v1.2.3 or refs/pull/12/merge',
    })
  }
  return {
    ...context,
    ...(ref === undefined ? {} : { ref }),
    ...(overrides.sha === undefined ? {} : { sha: overrides.sha }),
    ...(overrides.event === undefined ? {} : { eventName: overrides.event }),
    ...(overrides['default-branch'] === undefined ? {} : { defaultBranch: overrides['default-branch'] }),
  }
}
