import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const REPO_ROOT = resolve(import.meta.dirname, '../..')
export const ACTION_ENTRY = join(REPO_ROOT, 'dist/index.js')

/**
 * The real Node 24 binary that `npx -y node@24` fetches. It is spawned directly: npx starts it
 * through a shell wrapper, and a shell drops variables whose names hold a hyphen, such as the
 * runner's `INPUT_GITHUB-TOKEN`.
 */
function node24Binary(): string {
  const path = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()
  if (!version.startsWith('v24.')) throw new Error(`npx -y node@24 gave ${path}, which is Node ${version}`)
  return path
}

/** The Node versions the bundle is run on: the machine's Node 20, and the runner's node24. */
export const NODE_RUNTIMES = [
  { name: 'node20', command: [process.execPath] },
  { name: 'node24', command: [node24Binary()] },
] as const

export interface ActionRun {
  readonly exitCode: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly exportedEnv: Record<string, string>
  readonly summary: string
}

export interface ActionRunOptions {
  /** Inputs by their action.yml names; turned into INPUT_<NAME> exactly as the runner does. */
  readonly inputs: Record<string, string>
  /** GITHUB_* context variables. */
  readonly env?: Record<string, string>
  /** The event payload, written to a file for GITHUB_EVENT_PATH. */
  readonly payload?: unknown
  readonly runtime?: readonly string[]
  readonly cwd?: string
}

/**
 * The environment the runner gives a step: INPUT_* variables (upper-cased, spaces to underscores,
 * hyphens kept), the file-command files (created empty in `dir`), RUNNER_TEMP and the workspace,
 * and the event payload's file when there is one.
 */
export function actionEnvironment(dir: string, options: Omit<ActionRunOptions, 'runtime'>) {
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: options.cwd ?? dir,
    ...files,
    ...options.env,
  }
  if (options.payload !== undefined) {
    env.GITHUB_EVENT_PATH = join(dir, 'event.json')
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(options.payload))
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  return { env, files }
}

/**
 * Runs the committed bundle the way the runner does: a clean environment with INPUT_* variables
 * (upper-cased, spaces to underscores, hyphens kept) and the file-command files, then reads the
 * outputs back from GITHUB_OUTPUT.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} is missing: run npm run build`)
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-e2e-'))
  const { env, files } = actionEnvironment(dir, options)
  const [command, ...args] = options.runtime ?? [process.execPath]
  const result = await spawnCollect(command!, [...args, ACTION_ENTRY], env, options.cwd ?? dir)
  return {
    ...result,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    exportedEnv: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
  }
}

/** Parses the runner's file-command format: `name<<DELIMITER\nvalue\nDELIMITER\n`. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
    values[name!] = value.join('\n')
  }
  return values
}

function spawnCollect(command: string, args: string[], env: Record<string, string>, cwd: string) {
  return new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((resolvePromise, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (exitCode) => resolvePromise({ exitCode, stdout, stderr }))
  })
}
