/**
 * The start-up table of `npm run bench` (issue 18): what each command pays before its first useful
 * request. Per command and Node runtime: the time from spawn to the first request arriving at the
 * registry's recording proxy, the wall time of the whole run, and peak memory (VmHWM). skopeo runs
 * the nearest equivalent beside it. A registry and a small image of its own, so nothing the
 * scenarios of registry.bench-run.ts leave behind (latency, signatures) changes these rows.
 */
import { rmSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { buildLayout } from '../test/support/layouts/index.js'
import { startRegistry, type StartedRegistry } from '../test/support/registry/index.js'
import { actionEnvironment } from '../test/support/run-action.js'
import { measure, median, type Measured } from './measure.js'

const CLI = join(resolve(import.meta.dirname, '..'), 'dist/cli/index.js')
/** What the runner tells a step about its run: a tag push. */
const RUNNER_CONTEXT = { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' }
const ACTION = join(resolve(import.meta.dirname, '..'), 'dist/index.js')

export interface StartupRow {
  readonly command: string
  readonly runtime: string
  /** Spawn to the first request at the registry, ms; undefined for a command that sends none. */
  readonly firstRequestMs?: number
  readonly ms: number
  readonly peakKiB: number
}

/** One measured process and when (after its spawn) its first request reached the registry. */
interface Timed extends Measured {
  readonly firstRequestMs?: number
}

/**
 * A row group of the table: the CLI's arguments (none: `node -e 0`, Node alone), extra environment,
 * and skopeo's nearest equivalent when it has one.
 */
interface Case {
  readonly command: string
  readonly args?: readonly string[]
  /** The action's step instead of the CLI: its inputs, run as the runner runs dist/index.js. */
  readonly action?: Readonly<Record<string, string>>
  readonly env?: Readonly<Record<string, string>>
  readonly skopeo?: readonly string[]
}

/** Who runs a case: a Node with a build of the CLI, or skopeo. */
interface Tool {
  readonly label: string
  readonly node?: string
  readonly cli?: string
}

/** A Node of this major through npx (cached after the first run); undefined when it cannot be had. */
export function nodeBinary(major: string): { path: string; version: string } | undefined {
  try {
    const [path, version] = execFileSync('npx', ['-y', `node@${major}`, '-p', 'process.execPath + " " + process.version'], {
      encoding: 'utf8',
      timeout: 120_000,
    })
      .trim()
      .split(' ')
    return path && version ? { path, version } : undefined
  } catch {
    return undefined
  }
}

/**
 * Runs every command `reps` times on this process's Node and on `node24` (alternating, so warm
 * caches favour none) and returns the medians. The registry holds the image before the first
 * measured run, so push is a re-push, promote a re-run that only reads, status reads what is there.
 * BENCH_STARTUP_BEFORE=path/to/an/older/dist/cli/index.js adds the same rows for that build,
 * interleaved with these: on a shared machine only runs side by side compare.
 */
export async function measureStartup(node24: { readonly path: string; readonly version: string } | undefined, reps = 9): Promise<StartupRow[]> {
  const runtimes = [
    { label: `Node ${process.version.slice(1)}`, node: process.execPath },
    ...(node24 ? [{ label: `Node ${node24.version.slice(1)}`, node: node24.path }] : []),
  ]
  const before = process.env.BENCH_STARTUP_BEFORE
  const tools: Tool[] = [
    ...runtimes.flatMap((runtime) => [
      ...(before ? [{ label: `${runtime.label}, before`, node: runtime.node, cli: before }] : []),
      { label: runtime.label, node: runtime.node, cli: CLI },
    ]),
    { label: 'skopeo' },
  ]
  const registry = await startRegistry()
  const work = mkdtempSync(join(tmpdir(), 'shiptag-startup-'))
  try {
    const cases = await prepare(registry, work)
    const samples = new Map(cases.flatMap((c) => tools.map((tool) => [`${c.command}\u0000${tool.label}`, [] as Timed[]] as const)))
    for (let rep = 0; rep < reps; rep++) {
      for (const tool of rep % 2 === 0 ? tools : [...tools].reverse()) {
        for (const c of cases) {
          const command = commandOf(c, tool)
          if (command === undefined) continue
          const env =
            c.action === undefined
              ? (c.env ?? {})
              : actionEnvironment(mkdtempSync(join(work, 'step-')), { inputs: c.action, env: RUNNER_CONTEXT, cwd: work }).env
          const run = await timedRun(registry, command, env, work)
          if (run.code !== 0) throw new Error(`${tool.label} ${c.command} exited ${run.code}: ${run.stderr}`)
          samples.get(`${c.command}\u0000${tool.label}`)!.push(run)
        }
      }
    }
    return [...samples].flatMap(([key, runs]) => {
      if (runs.length === 0) return []
      const [command, runtime] = key.split('\u0000') as [string, string]
      const first = runs.flatMap((run) => (run.firstRequestMs === undefined ? [] : [run.firstRequestMs]))
      return [
        {
          command,
          runtime,
          ...(first.length > 0 ? { firstRequestMs: median(first) } : {}),
          ms: median(runs.map((run) => run.ms)),
          peakKiB: median(runs.map((run) => run.peakKiB)),
        },
      ]
    })
  } finally {
    await registry.stop()
    rmSync(work, { recursive: true, force: true })
  }
}

/** What `tool` runs for `c`: skopeo's equivalent, the action's step, the CLI, or Node alone; undefined when it has none. */
function commandOf(c: Case, tool: Tool): string[] | undefined {
  if (tool.node === undefined) return c.skopeo ? ['skopeo', ...c.skopeo] : undefined
  // Node alone and the action's steps are rows of the current build only.
  if (c.args === undefined) return tool.cli !== CLI ? undefined : c.action ? [tool.node, ACTION] : [tool.node, '-e', '0']
  return [tool.node, tool.cli!, ...c.args]
}

/** The image pushed once, the retag made once, the files check and status read. */
async function prepare(registry: StartedRegistry, work: string): Promise<Case[]> {
  const layout = buildLayout({ layers: [256 * 1024, 4096], seed: 181 })
  const app = `${registry.host}/startup/app`
  const identity = { GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.com', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.com' }
  execFileSync('git', ['init', '-q'], { cwd: work })
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'c1'], { cwd: work, env: { ...process.env, ...identity } })
  mkdirSync(join(work, 'deploy'))
  writeFileSync(join(work, 'deploy/compose.yaml'), `services:\n  app:\n    image: ${app}:v1@${layout.rootDigest}\n`)
  // Passed with --policy, so push and promote run without one, as the scenarios of registry.bench-run.ts do.
  writeFileSync(
    join(work, 'policy.yml'),
    `version: 1\nenvironments:\n  dev: { repository: "${app}", tag: v1, tags: { immutable: ["v*"] }, files: ["deploy/**"] }\n`,
  )
  const cases: Case[] = [
    { command: '`node -e 0` (Node alone)' },
    { command: '`--help`', args: ['--help'] },
    {
      command: 'tags (a semver rule, no policy)',
      args: ['tags', '--ref', 'refs/tags/v1.2.3', '--images', 'ghcr.io/acme/app', '--tags', 'type=semver,pattern={{version}}'],
    },
    {
      command: 'push: re-push of an image the registry has',
      args: ['push', '--source', layout.dir, '--images', app, '--tags', 'v1'],
      skopeo: ['--insecure-policy', 'copy', '--preserve-digests', '--dest-tls-verify=false', `oci:${layout.dir}`, `docker://${app}:v1`],
    },
    {
      command: 'the same re-push, compile cache off',
      args: ['push', '--source', layout.dir, '--images', app, '--tags', 'v1'],
      env: { NODE_DISABLE_COMPILE_CACHE: '1' },
    },
    { command: 'promote: retag in place, tags already there', args: ['promote', '--source', `${app}:v1`, '--tags', '1.0.0'] },
    { command: 'the action: tags, a semver rule', action: { command: 'tags', images: 'ghcr.io/acme/app', tags: 'type=semver,pattern={{version}}' } },
    { command: 'the action: push, a re-push', action: { command: 'push', source: layout.dir, images: app, tags: 'v1' } },
    { command: 'the action: promote, tags already there', action: { command: 'promote', source: `${app}:v1`, tags: '1.0.0' } },
    { command: 'check --registry-checks: one pinned reference, an immutable tag', args: ['check', '--policy', 'policy.yml', '--registry-checks'] },
    {
      command: 'status: one environment, one image',
      args: ['status', '--policy', 'policy.yml', '--json'],
      skopeo: ['inspect', '--tls-verify=false', `docker://${app}:v1`],
    },
  ]
  // The state every measured run starts from: the image at v1, the retag made.
  for (const c of cases.filter((candidate) => candidate.command.startsWith('push') || candidate.command.startsWith('promote'))) {
    const run = await measure(process.execPath, [CLI, ...c.args!], process.env, work)
    if (run.code !== 0) throw new Error(`preparing ${c.command}: ${run.stderr}`)
  }
  return cases
}

/** One run of `command`, with the moment its first request reached the registry's proxy. */
async function timedRun(registry: StartedRegistry, [command, ...args]: readonly string[], env: Readonly<Record<string, string>>, cwd: string): Promise<Timed> {
  if (command === 'skopeo') {
    // skopeo keeps a blob-info cache across runs; shiptag keeps nothing (as registry.bench-run.ts does).
    rmSync('/var/lib/containers/cache/blob-info-cache-v1.boltdb', { force: true })
    rmSync(join(homedir(), '.local/share/containers/cache/blob-info-cache-v1.boltdb'), { force: true })
  }
  let first: bigint | undefined
  registry.injectFaults(() => {
    first ??= process.hrtime.bigint()
    return undefined
  })
  const start = process.hrtime.bigint()
  const run = await measure(command!, args, { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, cwd).finally(() => registry.injectFaults(undefined))
  return { ...run, ...(first === undefined ? {} : { firstRequestMs: Number(first - start) / 1e6 }) }
}

/** The section of bench/RESULTS.md. */
export function startupSection(rows: readonly StartupRow[]): string[] {
  const lines = [
    '## Start-up per command',
    '',
    'What a command pays before its first useful request: from spawn to the first request at the registry (a re-push, a promote whose tags are already there, a status of one environment, a check of one pinned reference), the whole run, and peak memory (VmHWM). A 2-layer 260 KiB image on a registry of its own on 127.0.0.1, median of the runs.',
    '',
    '| command | runtime | first request | wall time | peak memory |',
    '|---|---|---:|---:|---:|',
  ]
  let previous = ''
  for (const row of rows) {
    const first = row.firstRequestMs === undefined ? '' : `${row.firstRequestMs.toFixed(0)} ms`
    lines.push(
      `| ${row.command === previous ? '' : row.command} | ${row.runtime} | ${first} | ${row.ms.toFixed(0)} ms | ${(row.peakKiB / 1024).toFixed(0)} MiB |`,
    )
    previous = row.command
  }
  return lines
}
