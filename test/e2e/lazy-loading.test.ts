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
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildLayout, type BuiltLayout } from '../support/layouts/index.js'
import { startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { REPO_ROOT, runAction, type ActionRun } from '../support/run-action.js'
import { mintIdentityToken, startRecordsSigstore } from '../support/sigstore/records-sigstore.js'

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

/** A module hook that appends the URL of every module Node loads to `log`, for `node --import`. */
function recordingHook(dir: string, log: string): string {
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs'\nexport async function load(url, context, next) {\n  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n')\n  return next(url, context)\n}\n`,
  )
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module'\nregister(${JSON.stringify(`file://${join(dir, 'hooks.mjs')}`)})\n`)
  writeFileSync(log, '')
  return join(dir, 'register.mjs')
}

/** Run asynchronously: the registry's recording proxy answers from this process. */
async function loadedChunks(args: readonly string[], files: Record<string, string> = {}): Promise<string[]> {
  return (await recordedRun(args, files)).chunks
}

/** The CLI run with `args` in a fresh git clone: the chunks of dist/cli/ it loaded and what it printed. */
async function recordedRun(args: readonly string[], files: Record<string, string> = {}): Promise<{ chunks: string[]; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-lazy-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const log = join(dir, 'loaded.txt')
  const register = recordingHook(dir, log)
  const identity = { GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.com', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.com' }
  execFileSync('git', ['init', '-q'], { cwd: dir })
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'c1'], { cwd: dir, env: { ...process.env, ...identity } })
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', register, CLI, ...args], { cwd: dir })
  const chunks = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/cli/'))
    .map((url) => fileURLToPath(url))
  return { chunks, stdout }
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

  /** `shiptag tags` for ghcr.io/acme/app at `ref` with these rules. */
  const tagsAt = (ref: string, rules: readonly string[], more: readonly string[] = []) =>
    recordedRun(['tags', '--images', 'ghcr.io/acme/app', '--ref', ref, ...more, ...rules.flatMap((rule) => ['--tags', rule])])

  it('tags with {{version}}, {{major}}.{{minor}} and {{branch}}-{{sha}} templates: no template engine (issue 18)', async () => {
    const rules = ['type=semver,pattern={{version}}', 'type=semver,pattern={{ major }}.{{minor}}', 'type=raw,value=build-{{branch}}-{{sha}}']
    const branch = await tagsAt('refs/heads/main', rules)
    expect(librariesIn(branch.chunks)).toEqual([])
    expect(branch.stdout).toMatch(/^ghcr\.io\/acme\/app:build-main-[0-9a-f]{7}$/m)
    const release = await tagsAt('refs/tags/v1.2.3', rules)
    expect(librariesIn(release.chunks)).toEqual([])
    expect(release.stdout.split('\n').filter((line) => /:1\.2(\.3)?$/.test(line))).toEqual(['ghcr.io/acme/app:1.2.3', 'ghcr.io/acme/app:1.2'])
  })

  it('tags with {{#if is_default_branch}}latest{{/if}}: Handlebars, which renders it', async () => {
    const { chunks, stdout } = await tagsAt('refs/heads/main', ['type=raw,value={{#if is_default_branch}}latest{{/if}}'], ['--default-branch', 'main'])
    expect(librariesIn(chunks)).toEqual(['handlebars'])
    expect(stdout.trim()).toBe('ghcr.io/acme/app:latest')
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

/**
 * The action bundle (dist/index.js) writes the runner's workflow commands itself (src/action/runner/):
 * @actions/core 3 imports its OIDC client, and with it @actions/http-client, a whole undici 6 and
 * tunnel, about 1 MB that every step parsed before its first request. Keyless records ask GitHub's
 * token service with fetch (sigstore/identity-token.ts), so no step needs any of it; Octokit's
 * HTTP stack loads only for `deployments` (issue 17).
 */
describe('the action bundle loads no @actions/core, http-client, second undici or tunnel (issue 18)', () => {
  const ACTION_LIBRARIES = {
    '@actions/core': 'class Summary {',
    '@actions/http-client': 'class HttpClient {',
    tunnel: 'TunnelingAgent',
    undici: 'class Pool extends PoolBase',
  }
  let registry: StartedRegistry
  let image: BuiltLayout
  let app: string
  beforeAll(async () => {
    registry = await startRegistry()
    image = buildLayout({ layers: [4096], seed: 1819 })
    app = `${registry.host}/lazy/action`
  })
  afterAll(() => registry?.stop())

  /** Runs the action as the runner does, with the hook recording every chunk of dist/ it loads. */
  async function actionStep(inputs: Record<string, string>, env: Record<string, string> = {}, files: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'shiptag-lazy-action-'))
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    const log = join(dir, 'loaded.txt')
    const run: ActionRun = await runAction({ inputs, env, cwd: dir, runtime: [process.execPath, '--import', recordingHook(dir, log)] })
    const chunks = readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url.includes('/dist/') && !url.includes('/dist/cli/'))
      .map((url) => fileURLToPath(url))
    const text = chunks.map((chunk) => readFileSync(chunk, 'utf8'))
    // Each library by the chunks holding it: two chunks with undici's Pool are two copies of undici.
    const libraries = Object.entries(ACTION_LIBRARIES).flatMap(([name, marker]) => text.filter((chunk) => chunk.includes(marker)).map(() => name))
    return { run, chunks, libraries: libraries.sort() }
  }

  it('tags: none of them, and no HTTP client at all', async () => {
    const { run, chunks, libraries } = await actionStep(
      { command: 'tags', images: 'ghcr.io/acme/app', tags: 'type=semver,pattern={{version}}' },
      { GITHUB_REF: 'refs/tags/v1.2.3' },
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.tags?.split('\n')).toContain('ghcr.io/acme/app:1.2.3')
    expect(chunks.length).toBeGreaterThan(1)
    expect(libraries).toEqual([])
  })

  it('push, promote, status and check: our undici only, once', async () => {
    const push = await actionStep({ command: 'push', source: image.dir, images: app, tags: 'v1' })
    expect(push.run.exitCode, push.run.stdout).toBe(0)
    expect(push.libraries).toEqual(['undici'])
    const promote = await actionStep({ command: 'promote', source: `${app}:v1`, tags: '1.0.0' })
    expect(promote.run.exitCode, promote.run.stdout).toBe(0)
    expect(promote.libraries).toEqual(['undici'])
    const policy = `version: 1\nenvironments:\n  dev: { repository: "${app}", tag: v1, tags: { immutable: ["v*"] }, files: ["*.yaml"] }\n`
    const status = await actionStep({ command: 'status', policy: 'policy.yml' }, {}, { 'policy.yml': policy })
    expect(status.run.exitCode, status.run.stdout).toBe(0)
    expect(status.libraries).toEqual(['undici'])
    const compose = `services:\n  app:\n    image: ${app}:v1@${image.rootDigest}\n`
    const check = await actionStep({ command: 'check', policy: 'policy.yml', 'registry-checks': 'true' }, {}, { 'policy.yml': policy, 'compose.yaml': compose })
    expect(check.run.exitCode, check.run.stdout).toBe(0)
    expect(check.libraries).toEqual(['undici'])
  })

  it("a keyless promotion record: the job's OIDC token asked for and the record signed, still without any of them", async () => {
    const sigstore = await startRecordsSigstore()
    const identity = 'https://github.com/acme/app/.github/workflows/promote.yml@refs/heads/main'
    const asked: string[] = []
    const tokenService = createServer((req, res) => {
      asked.push(`${req.url} ${req.headers.authorization}`)
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: mintIdentityToken({ sub: identity }) }))
    })
    await new Promise<void>((resolve) => tokenService.listen(0, '127.0.0.1', resolve))
    try {
      const policy = [
        'version: 1',
        `sigstore: { trustedRoot: .github/records_root.json, fulcio: "${sigstore.fulcio}", rekor: "${sigstore.rekor}" }`,
        'environments:',
        `  staging: { repository: "${registry.host}/lazy/staging", record: true }`,
        '',
      ].join('\n')
      const { run, libraries } = await actionStep(
        { command: 'promote', source: `${app}:v1`, environment: 'staging', policy: '.github/image-policy.yml', tags: 'rc1' },
        {
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${(tokenService.address() as AddressInfo).port}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-0123456789',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'acme/app',
          GITHUB_RUN_ID: '42',
        },
        { '.github/image-policy.yml': policy, '.github/records_root.json': JSON.stringify(sigstore.trustedRoot) },
      )
      expect(run.exitCode, run.stdout).toBe(0)
      expect(asked).toEqual(['/token?api-version=2.0&audience=sigstore Bearer request-token-0123456789'])
      expect(sigstore.requests.some((path) => path.includes('signingCert'))).toBe(true)
      expect(run.stdout).toMatch(/record.*written/i)
      expect(libraries).toEqual(['undici'])
    } finally {
      tokenService.close()
      await sigstore.stop()
    }
  })
})
