/**
 * What the CLI bundle loads for a small command: the YAML parser and the regex engine load only
 * when there is a policy file, a `re:` pattern or a match rule to read; the schema validator is
 * compiled ahead of time, so ajv loads never; undici only for a command that asks a registry;
 * sigstore-js only to verify or sign, docker's runner only for a docker-daemon: source. A static
 * import of one of their folders anywhere on a command's path puts them back into every start-up
 * (issue 12's bench: a re-push went 14 ms slower that way; issue 18 measured each command). A
 * module hook records every chunk the bundle imports, and the chunks are searched for the
 * libraries' own classes.
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildLayout, type BuiltLayout } from '../support/layouts/index.js'
import { startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { REPO_ROOT } from '../support/run-action.js'

const CLI = join(REPO_ROOT, 'dist/cli/index.js')
/** A class each library defines, as it stands in the bundle. */
const LIBRARIES = {
  yaml: 'class Composer {',
  ajv: 'class Ajv',
  re2js: 'class RE2JS {',
  handlebars: 'HandlebarsEnvironment',
  '@sigstore/verify': 'class Verifier {',
  '@sigstore/sign': 'class DSSEBundleBuilder',
  // Octokit, only for promote with --deployments (issue 17).
  '@actions/github': 'function getOctokit(',
  '@actions/exec': 'class ToolRunner',
  undici: 'class Pool extends PoolBase',
}

/** Run asynchronously: the registry's recording proxy answers from this process. */
async function loadedChunks(args: readonly string[], files: Record<string, string> = {}): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-lazy-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const log = join(dir, 'loaded.txt')
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs'\nexport async function load(url, context, next) {\n  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n')\n  return next(url, context)\n}\n`,
  )
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module'\nregister(${JSON.stringify(`file://${join(dir, 'hooks.mjs')}`)})\n`)
  writeFileSync(log, '')
  const identity = { GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.com', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.com' }
  execFileSync('git', ['init', '-q'], { cwd: dir })
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'c1'], { cwd: dir, env: { ...process.env, ...identity } })
  await promisify(execFile)(process.execPath, ['--import', join(dir, 'register.mjs'), CLI, ...args], { cwd: dir })
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/cli/'))
    .map((url) => fileURLToPath(url))
}

function librariesIn(chunks: readonly string[]): string[] {
  const text = chunks.map((chunk) => readFileSync(chunk, 'utf8')).join('\n')
  return Object.entries(LIBRARIES)
    .filter(([, marker]) => text.includes(marker))
    .map(([name]) => name)
    .sort()
}

describe('the CLI bundle loads a library only when the command needs it', () => {
  it('tags without a policy file, a template or a match rule: none of them', async () => {
    const chunks = await loadedChunks(['tags', '--images', 'ghcr.io/acme/app', '--ref', 'refs/tags/v1.2.3', '--tags', 'type=sha', '--tags', '1.2.3'])
    expect(chunks.length).toBeGreaterThan(1)
    expect(librariesIn(chunks)).toEqual([])
  })

  it('tags with a policy file: the YAML parser, no schema validator to compile (it is generated code) and no regex engine', async () => {
    const chunks = await loadedChunks(['tags', '--images', 'ghcr.io/acme/app', '--ref', 'refs/tags/v1.2.3', '--tags', '1.2.3', '--policy', 'policy.yml'], {
      'policy.yml': 'version: 1\n',
    })
    expect(librariesIn(chunks)).toEqual(['yaml'])
  })

  it('tags with a re: pattern in the policy: the regex engine too', async () => {
    const chunks = await loadedChunks(['tags', '--images', 'ghcr.io/acme/app', '--ref', 'refs/tags/v1.2.3', '--tags', '1.2.3', '--policy', 'policy.yml'], {
      'policy.yml': 'version: 1\ndefaults:\n  tags: { allow: ["re:\\\\d+\\\\.\\\\d+\\\\.\\\\d+"] }\n',
    })
    expect(librariesIn(chunks)).toEqual(['re2js', 'yaml'])
  })

  it('tags under a policy that demands signatures and records: no sigstore-js, since tags verifies and signs nothing (issue 16)', async () => {
    const chunks = await loadedChunks(['tags', '--images', 'ghcr.io/acme/app', '--ref', 'refs/tags/v1.2.3', '--tags', '1.2.3', '--policy', 'policy.yml'], {
      'policy.yml': 'version: 1\ndefaults:\n  signatures: { keys: [cosign.pub] }\nenvironments:\n  staging: { record: true }\n',
    })
    expect(librariesIn(chunks)).toEqual(['yaml'])
  })
})

describe('each command that asks a registry loads the HTTP client and nothing it does not use (issue 18)', () => {
  let registry: StartedRegistry
  let image: BuiltLayout
  let app: string
  beforeAll(async () => {
    registry = await startRegistry()
    image = buildLayout({ layers: [4096], seed: 1818 })
    app = `${registry.host}/lazy/app`
    await loadedChunks(['push', '--source', image.dir, '--images', app, '--tags', 'v1'])
  })
  afterAll(() => registry?.stop())

  it('push of a layout: no docker runner, YAML, validator, template engine or sigstore-js', async () => {
    expect(librariesIn(await loadedChunks(['push', '--source', image.dir, '--images', app, '--tags', 'v1']))).toEqual(['undici'])
  })

  it('promote: the same', async () => {
    expect(librariesIn(await loadedChunks(['promote', '--source', `${app}:v1`, '--tags', '1.0.0']))).toEqual(['undici'])
  })

  it('status of an environment without signature rules: the YAML parser for the policy, and no sigstore-js', async () => {
    const policy = `version: 1\nenvironments:\n  dev: { repository: "${app}", tag: v1 }\n`
    expect(librariesIn(await loadedChunks(['status', '--policy', 'policy.yml'], { 'policy.yml': policy }))).toEqual(['undici', 'yaml'])
  })

  it('check with registry checks: the YAML parser, no validator to compile and no sigstore-js', async () => {
    const policy = `version: 1\nenvironments:\n  dev: { repository: "${app}", tags: { immutable: ["v*"] }, files: ["*.yaml"] }\n`
    const compose = `services:\n  app:\n    image: ${app}:v1@${image.rootDigest}\n`
    const chunks = await loadedChunks(['check', '--policy', 'policy.yml', '--registry-checks'], { 'policy.yml': policy, 'compose.yaml': compose })
    expect(librariesIn(chunks)).toEqual(['undici', 'yaml'])
  })
})

describe("the CLI's first chunk holds only what every start needs", () => {
  /** The modules ncc concatenates into dist/cli/index.js, by their source path. */
  const firstChunk = () => [...readFileSync(CLI, 'utf8').matchAll(/CONCATENATED MODULE: \.\/(src\/\S+)/g)].map((match) => match[1]!).sort()

  it('`--help` and the dispatcher: no reference grammar, no registry, no command', () => {
    // A static import of ref/index.js from the help text once doubled this chunk (39 KiB to 81 KiB).
    const modules = firstChunk()
    expect(modules.filter((path) => /^src\/(ref\/(?!host-profile)|registry|tags|policy|commands|declarations\/(?!names|main-help))/.test(path))).toEqual([])
    expect(modules).toContain('src/cli/main.ts')
  })
})
