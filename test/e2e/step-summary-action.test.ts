/**
 * Issue 13: every command writes a job summary on every exit (what was done, what was not, the error
 * and what to do), sets `findings`, and exports every output it sets as DOCKER_METADATA_OUTPUT_*.
 * Each row runs dist/index.js as the runner does, against the real registry behind the fault proxy.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventFixture } from '../fixtures/events/events.js'
import { buildLayout, type BuiltLayout } from '../support/layouts/index.js'
import { startRegistry, type FaultRule, type StartedRegistry } from '../support/registry/index.js'
import { freePort } from '../support/registry/free-port.js'
import { NODE_RUNTIMES, runAction, type ActionRun } from '../support/run-action.js'

const PASSWORD = 'pusher-secret'
const WRONG_PASSWORD = 'wrong-Secret-42'
const POLICY = 'version: 1\ndefaults:\n  tags:\n    forbid: [latest]\n    immutable: ["semver:*"]\n'
const SEMVER = 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}'

interface World {
  readonly registry: StartedRegistry
  readonly image: BuiltLayout
  /** A port nothing listens on: connection refused. */
  readonly closed: string
  readonly dockerConfig: string
}

interface Row {
  readonly name: string
  readonly inputs: (world: World) => Record<string, string>
  readonly exitCode: 0 | 1
  /** What the summary must say (error, what to do, what was done and not done). */
  readonly summary: readonly (string | RegExp)[]
  /** The rule ids `findings` must hold, in order. */
  readonly findings?: readonly string[]
  readonly fault?: (world: World, name: string) => FaultRule
  /** Files of the workspace. */
  readonly files?: (world: World) => Record<string, string>
  /** A password for the Docker config other than the registry's. */
  readonly password?: string
}

/** The Docker config docker/login-action leaves behind. */
function dockerConfig(host: string, password: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-docker-config-'))
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [host]: { auth: Buffer.from(`pusher:${password}`).toString('base64') } } }))
  return dir
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-summary-ws-'))
  for (const [path, text] of Object.entries({ '.github/image-policy.yml': POLICY, ...files })) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const compose = (image: string) => `services:\n  app:\n    image: ${image}\n`
const FAILED = (command: string) => `shiptag: ${command} ❌ failed`
const MALFORMED = { '.github/image-policy.yml': 'version: 1\ndefaults:\n  tags:\n    forbidd: [latest]\n' }
const silent: Row['fault'] = () => () => ({ kind: 'silent' })
/** Refuses the PUT of one tag of one repository the way a registry with immutable tags does. */
const deniedTag =
  (tag: string): Row['fault'] =>
  (_world, name) =>
  (request) =>
    request.method === 'PUT' && request.path === `/v2/acme/${name}/manifests/${tag}`
      ? { kind: 'status', status: 403, body: '{"errors":[{"code":"DENIED","message":"tag is immutable"}]}' }
      : undefined

const ROWS: Row[] = [
  // tags
  {
    name: 'tags-ok',
    inputs: () => ({ command: 'tags', images: 'ghcr.io/acme/app', tags: SEMVER, flavor: 'latest=false' }),
    exitCode: 0,
    summary: ['shiptag: tags', '<code>1.2.3</code>'],
    findings: [],
  },
  {
    name: 'tags-refused',
    inputs: () => ({ command: 'tags', images: 'ghcr.io/acme/app', tags: SEMVER }),
    exitCode: 1,
    summary: [
      FAILED('tags'),
      'policy refused it',
      'What to do:',
      'tag.forbidden',
      'Computed 3 tag(s): <code>1.2.3</code>, <code>1.2</code>, <code>latest</code>',
      'Nothing was written to any registry (tags never writes to one)',
      'No output but <code>findings</code> was set',
    ],
    findings: ['tag.forbidden'],
  },
  {
    name: 'tags-warned',
    inputs: () => ({ command: 'tags', images: 'ghcr.io/acme/app', tags: SEMVER }),
    files: () => ({ '.github/image-policy.yml': 'version: 1\ndefaults:\n  enforcement: warn\n  tags:\n    forbid: [latest]\n' }),
    exitCode: 0,
    summary: ['shiptag: tags', '<h3>Policy findings</h3>', '⚠️ warning</td><td><code>tag.forbidden</code>'],
    findings: ['tag.forbidden'],
  },
  {
    name: 'push-bad-input',
    inputs: () => ({ command: 'push', 'dry-run': 'yes' }),
    exitCode: 1,
    summary: [FAILED('push'), 'input &quot;dry-run&quot;: &quot;yes&quot; is not a boolean', 'What to do:</strong> set dry-run: true or dry-run: false'],
    findings: [],
  },
  {
    name: 'tags-bad-policy',
    inputs: () => ({ command: 'tags' }),
    files: () => MALFORMED,
    exitCode: 1,
    summary: [FAILED('tags'), '.github/image-policy.yml:4:5', 'What to do:'],
    findings: [],
  },
  // push
  {
    name: 'push-ok',
    inputs: (w) => ({ command: 'push', source: w.image.dir, images: `${w.registry.host}/acme/push-ok`, tags: SEMVER, flavor: 'latest=false' }),
    exitCode: 0,
    summary: ['shiptag: push', '<code>1.2.3</code></td><td>created'],
    findings: [],
  },
  {
    name: 'push-refused',
    inputs: (w) => ({ command: 'push', source: w.image.dir, images: `${w.registry.host}/acme/push-refused`, tags: SEMVER }),
    exitCode: 1,
    summary: [
      FAILED('push'),
      'policy refused it, nothing was written',
      'tag.forbidden',
      'Nothing was written to any registry.',
      'Nothing was pushed: the step stopped before its first write',
      '/acme/push-refused</code>: tags not written: <code>1.2.3</code>, <code>1.2</code>, <code>latest</code>',
    ],
    findings: ['tag.forbidden'],
  },
  {
    name: 'push-bad-input',
    inputs: (w) => ({ command: 'push', source: w.image.dir, timeout: 'forever' }),
    exitCode: 1,
    summary: [FAILED('push'), 'input &quot;timeout&quot;', 'What to do:', 'Nothing was pushed'],
    findings: [],
  },
  {
    name: 'push-bad-policy',
    inputs: (w) => ({ command: 'push', source: w.image.dir, images: `${w.registry.host}/acme/x` }),
    files: () => MALFORMED,
    exitCode: 1,
    summary: [FAILED('push'), 'image-policy.yml:4:5', 'What to do:', 'Nothing was pushed'],
    findings: [],
  },
  {
    name: 'push-unreachable',
    inputs: (w) => ({ command: 'push', source: w.image.dir, images: `${w.closed}/acme/app`, tags: '1.0.0' }),
    exitCode: 1,
    summary: [
      FAILED('push'),
      /127\.0\.0\.1:\d+/,
      'What to do:',
      'Nothing was written to any registry.',
      '/acme/app</code>: tags not written: <code>1.0.0</code>',
    ],
    findings: [],
  },
  {
    name: 'push-timeout',
    inputs: (w) => ({ command: 'push', source: w.image.dir, images: `${w.registry.host}/acme/push-timeout`, tags: '1.0.0', timeout: '1s' }),
    fault: silent,
    exitCode: 1,
    summary: [FAILED('push'), 'What to do:', 'Nothing was written to any registry.'],
    findings: [],
  },
  {
    name: 'push-partial',
    inputs: (w) => ({ command: 'push', source: w.image.dir, images: `${w.registry.host}/acme/push-partial`, tags: SEMVER, flavor: 'latest=false' }),
    fault: deniedTag('1.2'),
    exitCode: 1,
    summary: [
      FAILED('push'),
      'tag is immutable',
      'What to do:',
      /acme\/push-partial<\/code>: 3 blob\(s\) uploaded \(66 KiB\), 0 mounted, tags written: <code>1\.2\.3<\/code>/,
      'tags not written: <code>1.2</code>',
    ],
    findings: [],
  },
  {
    name: 'push-two',
    inputs: (w) => ({ command: 'push', source: w.image.dir, images: `${w.registry.host}/acme/push-two-a\n${w.registry.host}/acme/push-two`, tags: '1.0.0' }),
    // The second repository refuses its tag: the first is complete, the second has its blobs only.
    fault: deniedTag('1.0.0'),
    exitCode: 1,
    summary: [
      FAILED('push'),
      /acme\/push-two-a<\/code>: 3 blob\(s\) uploaded \(66 KiB\), 0 mounted, tags written: <code>1\.0\.0<\/code>/,
      /acme\/push-two<\/code>: 0 blob\(s\) uploaded \(0 B\), 3 mounted, no tag written/,
      /acme\/push-two-a<\/code>: every tag was written/,
      /acme\/push-two<\/code>: tags not written: <code>1\.0\.0<\/code>/,
    ],
    findings: [],
  },
  {
    name: 'push-wrong-credential',
    inputs: (w) => ({ command: 'push', source: w.image.dir, images: `${w.registry.host}/acme/push-denied`, tags: '1.0.0' }),
    password: WRONG_PASSWORD,
    exitCode: 1,
    summary: [FAILED('push'), 'What to do:', 'Nothing was written to any registry.'],
    findings: [],
  },
  // promote
  {
    name: 'promote-ok',
    inputs: (w) => ({ command: 'promote', source: `${w.registry.host}/acme/base:1.0.0`, images: `${w.registry.host}/acme/promote-ok`, tags: '2.0.0' }),
    exitCode: 0,
    summary: ['shiptag: promote', '<code>2.0.0</code></td><td>created'],
    findings: [],
  },
  {
    name: 'promote-refused',
    inputs: (w) => ({ command: 'promote', source: `${w.registry.host}/acme/base:1.0.0`, images: `${w.registry.host}/acme/promote-refused`, tags: 'latest' }),
    exitCode: 1,
    summary: [
      FAILED('promote'),
      'tag.forbidden',
      'Nothing was promoted: the step stopped before its first write',
      '/acme/promote-refused</code>: tags not written: <code>latest</code>',
    ],
    findings: ['tag.forbidden'],
  },
  {
    name: 'promote-bad-input',
    inputs: () => ({ command: 'promote', tags: '2.0.0' }),
    exitCode: 1,
    summary: [FAILED('promote'), 'promote needs a source', 'What to do:</strong> set source:', 'Nothing was promoted'],
    findings: [],
  },
  {
    name: 'promote-bad-policy',
    inputs: (w) => ({ command: 'promote', source: `${w.registry.host}/acme/base:1.0.0`, tags: '2.0.0' }),
    files: () => ({ '.github/image-policy.yml': 'version: 1\ndefaults:\n  enforcement: loud\n  tags:\n    forbidd: [latest]\n' }),
    exitCode: 1,
    summary: [
      FAILED('promote'),
      '<strong>Error:</strong> 2 problems in the policy file',
      /image-policy\.yml:3:\d+: .*loud.*<br>What to do: expected one of: error, warn, off/,
      /image-policy\.yml:5:5: .*forbidd.*<br>What to do: /,
      'Nothing was promoted',
    ],
    findings: [],
  },
  {
    name: 'promote-unreachable',
    inputs: (w) => ({ command: 'promote', source: `${w.closed}/acme/base:1.0.0`, images: `${w.registry.host}/acme/promote-unreachable`, tags: '2.0.0' }),
    exitCode: 1,
    summary: [FAILED('promote'), /127\.0\.0\.1:\d+/, 'What to do:', 'Nothing was written to any registry.'],
    findings: [],
  },
  {
    name: 'promote-timeout',
    inputs: (w) => ({
      command: 'promote',
      source: `${w.registry.host}/acme/base:1.0.0`,
      images: `${w.registry.host}/acme/promote-timeout`,
      tags: '2.0.0',
      timeout: '1s',
    }),
    fault: silent,
    exitCode: 1,
    summary: [FAILED('promote'), 'What to do:', 'Nothing was promoted'],
    findings: [],
  },
  {
    name: 'promote-partial',
    inputs: (w) => ({
      command: 'promote',
      source: `${w.registry.host}/acme/base:1.0.0`,
      images: `${w.registry.host}/acme/promote-partial`,
      tags: '2.0.0\n2.0',
    }),
    fault: deniedTag('2.0'),
    exitCode: 1,
    summary: [
      FAILED('promote'),
      'tag is immutable',
      /acme\/promote-partial<\/code>: 0 blob\(s\) uploaded \(0 B\), 3 mounted, tags written: <code>2\.0\.0<\/code>/,
      'tags not written: <code>2.0</code>',
    ],
    findings: [],
  },
  {
    name: 'promote-cut-answer',
    inputs: (w) => ({ command: 'promote', source: `${w.registry.host}/acme/base:1.0.0`, images: `${w.registry.host}/acme/promote-cut-answer`, tags: '2.0.0' }),
    // A manifest body cut after the headers, on every try: whatever error it becomes, the summary has it.
    fault: () => (request) => (request.method === 'GET' && request.path === '/v2/acme/base/manifests/1.0.0' ? { kind: 'truncate', bytes: 100 } : undefined),
    exitCode: 1,
    summary: [FAILED('promote'), 'What to do:', 'Nothing was written to any registry.', 'Nothing was promoted'],
    findings: [],
  },
  // check
  {
    name: 'check-ok',
    inputs: () => ({ command: 'check', files: 'deploy/**' }),
    files: () => ({ 'deploy/compose.yaml': compose('ghcr.io/acme/app:1.2.3') }),
    exitCode: 0,
    summary: ['shiptag: check', '✅ 0 error(s)'],
    findings: [],
  },
  {
    name: 'check-refused',
    inputs: () => ({ command: 'check', files: 'deploy/**' }),
    files: () => ({ 'deploy/compose.yaml': compose('ghcr.io/acme/app:latest') }),
    exitCode: 1,
    summary: ['shiptag: check', '❌ 1 error(s)', 'tag.forbidden', 'deploy/compose.yaml:3:12'],
    findings: ['tag.forbidden'],
  },
  {
    name: 'check-bad-policy',
    inputs: () => ({ command: 'check', files: 'deploy/**' }),
    files: () => ({ ...MALFORMED, 'deploy/compose.yaml': compose('a:1') }),
    exitCode: 1,
    summary: [FAILED('check'), 'image-policy.yml:4:5', 'The check did not run to the end'],
    findings: [],
  },
  {
    name: 'check-unreachable',
    inputs: () => ({ command: 'check', files: 'deploy/**', 'registry-checks': 'true' }),
    files: (w) => ({ 'deploy/compose.yaml': compose(`${w.closed}/acme/app:1.2.3@sha256:${'a'.repeat(64)}`) }),
    exitCode: 0,
    summary: ['shiptag: check', 'ref.unresolved', 'could not be checked against the registry'],
    findings: ['ref.unresolved'],
  },
]

/** Every output the step set is also in GITHUB_ENV as DOCKER_METADATA_OUTPUT_<NAME>, with the same value. */
function expectExported(run: ActionRun): void {
  expect(Object.keys(run.outputs).length).toBeGreaterThan(0)
  for (const [name, value] of Object.entries(run.outputs))
    expect(run.exportedEnv[`DOCKER_METADATA_OUTPUT_${name.replace(/-/g, '_').toUpperCase()}`], name).toBe(value)
}

function expectNoSecret(run: ActionRun, secrets: readonly string[]): void {
  const seen = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.exportedEnv)]
    .join('\n')
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  for (const secret of secrets) expect(seen).not.toContain(secret)
}

describe('dist/index.js job summary, findings and DOCKER_METADATA_OUTPUT_* on every exit', () => {
  let world: World
  beforeAll(async () => {
    const registry = await startRegistry({ auth: 'htpasswd' })
    const image = buildLayout({ layers: [64 * 1024, 2048], seed: 131 })
    world = { registry, image, closed: `127.0.0.1:${await freePort()}`, dockerConfig: dockerConfig(registry.host, PASSWORD) }
    const base = await runAction({
      env: { ...eventFixture('push-tag').env, DOCKER_CONFIG: world.dockerConfig },
      inputs: { command: 'push', source: image.dir, images: `${registry.host}/acme/base`, tags: '1.0.0' },
    })
    expect(base.exitCode, base.stdout).toBe(0)
  })
  afterAll(() => world?.registry.stop())

  it.each(ROWS)('$name', async (row) => {
    const dir = workspace(row.files?.(world) ?? {})
    world.registry.injectFaults(row.fault?.(world, row.name))
    const config = row.password === undefined ? world.dockerConfig : dockerConfig(world.registry.host, row.password)
    try {
      const run = await runAction({
        cwd: dir,
        env: { ...eventFixture('push-tag').env, DOCKER_CONFIG: config },
        inputs: { 'github-token': 'ghs_summaryTokenValue', ...row.inputs(world) },
      })
      expect(run.exitCode, run.stdout).toBe(row.exitCode)
      for (const expected of row.summary)
        expect(run.summary, run.stdout).toMatch(typeof expected === 'string' ? new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : expected)
      if (row.exitCode === 0) expect(run.summary).not.toContain('❌ failed')
      const findings = JSON.parse(run.outputs.findings ?? 'null') as { rule: string; hint: string }[]
      expect(findings.map((finding) => finding.rule)).toEqual(row.findings)
      expectExported(run)
      expectNoSecret(run, [PASSWORD, WRONG_PASSWORD, Buffer.from(`pusher:${WRONG_PASSWORD}`).toString('base64'), 'ghs_summaryTokenValue'])
    } finally {
      world.registry.injectFaults(undefined)
    }
  })

  it('a summary that cannot be written is a warning: a failed step keeps its error, exit code and findings; a done step stays a success', async () => {
    const unwritable = mkdtempSync(join(tmpdir(), 'shiptag-summary-dir-'))
    const run = await runAction({ env: { ...eventFixture('push-tag').env, GITHUB_STEP_SUMMARY: unwritable }, inputs: { command: 'push', 'dry-run': 'yes' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('::error::input "dry-run": "yes" is not a boolean')
    expect(run.stdout).toContain('::warning::the job summary was not written')
    expect(run.outputs.findings).toBe('[]')
    // A step that did its work stays a success: the summary is a report, not the outcome.
    const done = await runAction({
      env: { ...eventFixture('push-tag').env, GITHUB_STEP_SUMMARY: unwritable },
      inputs: { command: 'tags', images: 'ghcr.io/acme/app', tags: '1.0.0' },
    })
    expect(done.exitCode, done.stdout).toBe(0)
    expect(done.stdout).toContain('::warning::the job summary was not written')
    expect(done.outputs.version).toBe('1.0.0')
  })

  it("a GITHUB_OUTPUT that cannot be written (a directory) is named as the runner's file, and the summary still comes, after the tags were computed", async () => {
    const unwritable = mkdtempSync(join(tmpdir(), 'shiptag-output-dir-'))
    const run = await runAction({
      cwd: workspace({}),
      env: { ...eventFixture('push-tag').env, GITHUB_OUTPUT: unwritable },
      inputs: { command: 'tags', images: 'ghcr.io/acme/app', tags: SEMVER, flavor: 'latest=false' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(`::error::cannot append to GITHUB_OUTPUT (${unwritable}): EISDIR`)
    expect(run.stdout).not.toContain('unexpected error')
    expect(run.summary).toContain(FAILED('tags'))
    expect(run.summary).toContain(`<pre>cannot append to GITHUB_OUTPUT (${unwritable}): EISDIR`)
    expect(run.summary).toContain('check that no earlier step removed or replaced it')
    expect(run.summary).toContain('Computed 2 tag(s): <code>1.2.3</code>, <code>1.2</code>')
  })

  it('push exports its outputs like tags does, and DOCKER_METADATA_SET_OUTPUT_ENV=false turns that off', async () => {
    const push = (extra: Record<string, string>) =>
      runAction({
        env: { ...eventFixture('push-tag').env, DOCKER_CONFIG: world.dockerConfig, ...extra },
        inputs: { command: 'push', source: world.image.dir, images: `${world.registry.host}/acme/env-export`, tags: '1.0.0' },
      })
    const exported = await push({})
    expect(exported.exitCode, exported.stdout).toBe(0)
    expect(exported.exportedEnv.DOCKER_METADATA_OUTPUT_DIGEST).toBe(world.image.rootDigest)
    expect(exported.exportedEnv.DOCKER_METADATA_OUTPUT_REFS).toBe(`${world.registry.host}/acme/env-export@${world.image.rootDigest}`)
    const quiet = await push({ DOCKER_METADATA_SET_OUTPUT_ENV: 'false' })
    expect(quiet.exitCode, quiet.stdout).toBe(0)
    expect(quiet.outputs.digest).toBe(world.image.rootDigest)
    expect(quiet.exportedEnv).toEqual({})
  })

  it.each(NODE_RUNTIMES)('on $name, a partial promote failure says what was written and what was not', async ({ command }) => {
    const name = `promote-partial-${command.length}-${Date.now()}`
    world.registry.injectFaults(deniedTag('3.0')!(world, name))
    try {
      const run = await runAction({
        runtime: command,
        cwd: workspace({}),
        env: { ...eventFixture('push-tag').env, DOCKER_CONFIG: world.dockerConfig },
        inputs: { command: 'promote', source: `${world.registry.host}/acme/base:1.0.0`, images: `${world.registry.host}/acme/${name}`, tags: '3.0.0\n3.0' },
      })
      expect(run.exitCode).toBe(1)
      expect(run.summary).toContain(FAILED('promote'))
      expect(run.summary).toContain('tags written: <code>3.0.0</code>')
      expect(run.summary).toContain('tags not written: <code>3.0</code>')
      expect(run.exportedEnv.DOCKER_METADATA_OUTPUT_FINDINGS).toBe('[]')
    } finally {
      world.registry.injectFaults(undefined)
    }
  })
})
