/**
 * The CLI as a user installs it: `npm pack` of this checkout (its committed dist/, never a build),
 * the tarball installed into an empty directory with the network off, and the installed `shiptag`
 * command started through its shebang on the machine's Node and on Node 24, the action's runtime.
 * npm gets a fresh home and cache, so a dependency the bundle forgot to carry cannot be found in
 * a warm cache: it fails the offline install here instead of a user's `npm i -g` (issue 13).
 */
import { spawn, spawnSync } from 'node:child_process'
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildLayout } from '../support/layouts/index.js'
import { startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { NODE_RUNTIMES, REPO_ROOT } from '../support/run-action.js'

interface PackedFile {
  readonly path: string
  readonly mode: number
}

const PACKAGE = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }

/** Every file under dir, relative to root, with forward slashes. */
function walk(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? walk(path, root) : [relative(root, path).split('\\').join('/')]
  })
}

/**
 * A clean environment for npm: a home, cache and user config of its own, offline, no update check
 * (that one would reach the registry), and none of the npm_* variables `npm test` exports.
 */
function npmEnv(home: string, path = process.env.PATH ?? ''): NodeJS.ProcessEnv {
  return {
    PATH: path,
    HOME: home,
    npm_config_cache: join(home, 'cache'),
    npm_config_userconfig: join(home, 'npmrc'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  }
}

function npm(args: string[], cwd: string, home: string) {
  const run = spawnSync('npm', args, { cwd, encoding: 'utf8', env: npmEnv(home) })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** Starts `command` as a user's shell would: through its shebang, with the given Node first on PATH. */
function runInstalled(command: string, args: string[], cwd: string, node: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}`, HOME: cwd } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('the npm package (npm pack, installed offline in an empty directory)', () => {
  let work: string
  let tarball: string
  let packed: PackedFile[]
  let registry: StartedRegistry

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shiptag-package-'))
    mkdirSync(join(work, 'home'))
    // --ignore-scripts: a prepack/prepare script must not rebuild dist/; the committed one is what ships.
    const pack = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], REPO_ROOT, join(work, 'home'))
    if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`)
    const [result] = JSON.parse(pack.stdout) as { filename: string; files: PackedFile[] }[]
    tarball = join(work, result!.filename)
    packed = result!.files
    registry = await startRegistry()
  })
  afterAll(() => registry?.stop())

  it('holds the committed dist/, action.yml, LICENSE, README and package.json, and nothing else', () => {
    const expected = [...walk(join(REPO_ROOT, 'dist')).map((file) => `dist/${file}`), 'action.yml', 'LICENSE', 'README.md', 'package.json']
    expect(packed.map((file) => file.path).sort()).toEqual(expected.sort())
  })

  it('declares a public package whose bin is the CLI bundle, executable, with a node shebang', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>
    expect(manifest.private).toBeUndefined()
    // The bundles carry every module they load: nothing is left for npm to fetch at install time.
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.bin).toEqual({ shiptag: 'dist/cli/index.js' })
    expect(readFileSync(join(REPO_ROOT, 'dist/cli/index.js'), 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env node')
    expect(packed.find((file) => file.path === 'dist/cli/index.js')!.mode & 0o111).toBe(0o111)
  })

  it('installs alone, with no warning, into an empty directory and as a global command', () => {
    const local = join(work, 'local')
    mkdirSync(local)
    const installed = npm(['install', '--prefix', local, tarball], local, join(work, 'home'))
    expect(installed.code, installed.stderr).toBe(0)
    expect(installed.stderr).toBe('')
    expect(readdirSync(join(local, 'node_modules')).sort()).toEqual(['.bin', '.package-lock.json', 'shiptag'])
    const bin = join(local, 'node_modules/.bin/shiptag')
    expect(lstatSync(bin).isSymbolicLink()).toBe(true)
    expect(statSync(realpathSync(bin)).mode & 0o111).toBe(0o111)

    const global = join(work, 'global')
    const installedGlobally = npm(['install', '--global', '--prefix', global, tarball], work, join(work, 'home'))
    expect(installedGlobally.code, installedGlobally.stderr).toBe(0)
    expect(installedGlobally.stderr).toBe('')
    expect(realpathSync(join(global, 'bin/shiptag'))).toBe(join(realpathSync(global), 'lib/node_modules/shiptag/dist/cli/index.js'))
  })

  it('runs from npx with the tarball as the package', () => {
    const empty = mkdtempSync(join(tmpdir(), 'shiptag-package-npx-'))
    const run = spawnSync('npx', ['--yes', '--package', tarball, 'shiptag', '--version'], { cwd: empty, encoding: 'utf8', env: npmEnv(join(work, 'home')) })
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(`${PACKAGE.version}\n`)
    expect(run.status).toBe(0)
  })

  it.each(NODE_RUNTIMES)('the installed shiptag shows its help and pushes to the registry on $name', async ({ name, command: [node] }) => {
    const prefix = join(work, `run-${name}`)
    const installed = npm(['install', '--prefix', prefix, tarball], work, join(work, 'home'))
    expect(installed.code, installed.stderr).toBe(0)
    const shiptag = join(prefix, 'node_modules/.bin/shiptag')
    const cwd = mkdtempSync(join(tmpdir(), `shiptag-package-${name}-`))
    // The shebang picks the first node on PATH: check it is the runtime this case names.
    const version = spawnSync('node', ['--version'], { encoding: 'utf8', env: { PATH: `${dirname(node!)}${delimiter}${process.env.PATH ?? ''}` } })
    expect(version.stdout.trim()).toBe(spawnSync(node!, ['--version'], { encoding: 'utf8' }).stdout.trim())

    const help = await runInstalled(shiptag, ['--help'], cwd, node!)
    expect(help.stderr).toBe('')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: shiptag <command> [options]')

    const image = buildLayout({ layers: [4096, 1024], seed: 1301 })
    const pushed = await runInstalled(
      shiptag,
      ['push', '--source', image.dir, '--images', `${registry.host}/acme/packaged-${name}`, '--tags', 'v1'],
      cwd,
      node!,
    )
    expect(pushed.code, pushed.stderr).toBe(0)
    expect(pushed.stderr).toContain('v1: created')
    expect(pushed.stdout).toBe(`${registry.host}/acme/packaged-${name}@${image.rootDigest}\n`)
  })
})
