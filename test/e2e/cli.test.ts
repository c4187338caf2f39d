import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildLayout } from '../support/layouts/index.js'
import { startRegistry } from '../support/registry/index.js'
import { REPO_ROOT } from '../support/run-action.js'

const CLI = join(REPO_ROOT, 'dist/cli/index.js')
let repo = ''
let sha = ''

/** A real checkout: main with one commit, tagged v2.0.0-rc.1, remote origin on GitHub. */
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'shiptag-cli-'))
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'ci@example.com')
  git('config', 'user.name', 'ci')
  git('remote', 'add', 'origin', 'git@github.com:acme/widget.git')
  writeFileSync(join(repo, 'file'), 'x')
  git('add', '.')
  git('commit', '-q', '-m', 'one')
  git('tag', 'v2.0.0-rc.1')
  sha = git('rev-parse', 'HEAD')
})

/** Asynchronous, for runs against the test registry: its recording proxy lives in this process, and spawnSync would block it. */
function cliAsync(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

function cli(args: string[], env: Record<string, string> = {}) {
  // A clean environment: outside GitHub Actions, so the checkout is the context.
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: repo, ...env } })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('dist/cli/index.js', () => {
  it('computes tags from the checkout (branch main)', () => {
    const run = cli(['tags', '--images', 'ghcr.io/acme/widget', '--tags', 'type=ref,event=branch', '--tags', 'type=sha'])
    expect(run).toEqual({ code: 0, stdout: `ghcr.io/acme/widget:main\nghcr.io/acme/widget:sha-${sha.slice(0, 7)}\n`, stderr: '' })
  })

  // The template engine loads only when an input holds {{: every rule and input without one must
  // compute without it (each run is a fresh process, so nothing is loaded by an earlier case).
  it.each([
    [
      'every rule type without a template',
      [
        '--tags',
        'type=ref,event=branch',
        '--tags',
        'type=ref,event=tag',
        '--tags',
        'type=ref,event=pr',
        '--tags',
        'type=sha,format=long',
        '--tags',
        'type=raw,value=stable,priority=1',
        '--tags',
        'type=edge',
        '--tags',
        'type=match,pattern=v(\\d+)',
        '--tags',
        'type=schedule',
        '--flavor',
        'latest=true',
        '--flavor',
        'prefix=p-',
        '--flavor',
        'suffix=-s',
        '--labels',
        'team=core',
        '--annotations',
        'note=plain',
      ],
    ],
    ['the default rules (no --tags)', []],
  ])('computes %s without loading the template engine', (_name, args) => {
    const run = cli(['tags', '--images', 'ghcr.io/acme/widget', '--ref', 'refs/tags/v3', '--json', ...args])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as { 'tag-names': string[] })['tag-names'].length).toBeGreaterThan(0)
  })

  it('computes tags for a pretended tag push, as JSON with labels from the remote', () => {
    const run = cli([
      'tags',
      '--images',
      'ghcr.io/acme/widget',
      '--ref',
      'refs/tags/v2.0.0-rc.1',
      '--tags',
      'type=semver,pattern={{major}}.{{minor}}',
      '--json',
    ])
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as { version: string; 'tag-names': string[]; labels: Record<string, string>; warnings: string[] }
    // A prerelease ignores the pattern and gets no latest (metadata-action semantics).
    expect(json['tag-names']).toEqual(['2.0.0-rc.1'])
    expect(json.labels['org.opencontainers.image.source']).toBe('https://github.com/acme/widget')
    expect(json.labels['org.opencontainers.image.revision']).toBe(sha)
    expect(json.warnings).toEqual([])
  })

  it('exits 1 with the input, line and fix for a bad rule', () => {
    const run = cli(['tags', '--tags', 'type=sha', '--tags', 'type=semver,pattern={{version}},enable=yes'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^error: input "tags", line 2: .*enable/)
    expect(run.stderr).toContain('What to do:')
  })

  it('exits 1 for a ref that is not a full ref', () => {
    const run = cli(['tags', '--ref', 'v1.2.3'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('input "--ref": "v1.2.3" is not a full git ref')
  })

  it.each([
    [['tags', '--imagez', 'x'], "Unknown option '--imagez'"],
    [['deploy'], 'unknown command "deploy"'],
    [[], 'Usage: shiptag <command>'],
  ])('exits 2 on a usage error: %j', (args, text) => {
    const run = cli(args)
    expect(run.code).toBe(2)
    expect(run.stdout + run.stderr).toContain(text)
  })

  it('checks a working tree: findings with file, line, column and rule, exit 1 on an error', () => {
    writeFileSync(join(repo, 'Dockerfile'), 'FROM ubuntu\n')
    try {
      const run = cli(['check'])
      expect(run.code).toBe(1)
      expect(run.stdout).toBe(
        'error [tag.missing] Dockerfile:1:6: "ubuntu" names no tag, so it means whatever "latest" is when it is pulled\n  pin it: ubuntu:<version> or ubuntu@sha256:<digest>\n',
      )
      expect(run.stderr).toContain('1 error(s), 0 warning(s) in 1 image reference(s) in 1 file(s), 0 skipped, against the built-in defaults')
    } finally {
      rmSync(join(repo, 'Dockerfile'))
    }
  })

  it('check prints every problem of a policy file, each with what to do, exit 1', () => {
    writeFileSync(join(repo, 'several.yml'), 'version: 1\ndefaults:\n  digest: always\nenvironments:\n  staging: {}\n  prod:\n    promote: { from: stagin }\n')
    try {
      const run = cli(['check', '--policy', 'several.yml'])
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('error: several.yml: 2 problems:\n')
      expect(run.stderr).toContain('several.yml:3:11: defaults.digest: "always" is not allowed\n  What to do: expected one of: optional, required\n')
      expect(run.stderr).toContain(
        'several.yml:7:22: promote.from names "stagin", which is not an environment\n  What to do: did you mean "staging"? use one of: staging, prod\n',
      )
      expect(run.stderr).toContain('\nWhat to do: fix every problem listed above; the policy is used only once all are fixed\n')
    } finally {
      rmSync(join(repo, 'several.yml'))
    }
  })

  it('check refuses a --files glob that matches no file, exit 1', () => {
    const run = cli(['check', '--files', 'nomatch/**'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`error: input "files", line 1: "nomatch/**" matched no file under ${repo}`)
    expect(run.stdout).toBe('')
  })

  it.each([[['--help']], [['tags', '--help']], [['check', '--help']]])('prints help for %j', (args) => {
    const run = cli(args)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Usage: shiptag/)
  })

  it('lists every promote option in promote --help', () => {
    const help = cli(['promote', '--help']).stdout
    for (const option of ['--source', '--images', '--tags', '--flavor', '--no-artifacts', '--dry-run', '--concurrency', '--json', '--plan', '--context']) {
      expect(help).toContain(option)
    }
  })

  it('promote outside a checkout with plain tag names: the git facts are not needed', async () => {
    const registry = await startRegistry()
    try {
      const image = buildLayout({ layers: [4096], seed: 89 })
      const pushed = await cliAsync(['push', '--source', image.dir, '--images', `${registry.host}/acme/cli`, '--tags', 'sha-1'], repo)
      expect(pushed.code, pushed.stderr).toBe(0)
      const elsewhere = mkdtempSync(join(tmpdir(), 'shiptag-no-git-'))
      const run = await cliAsync(
        ['promote', '--source', `${registry.host}/acme/cli:sha-1`, '--images', `${registry.host}/acme/cli-prod`, '--tags', '1.0.0', '--tags', 'prod'],
        elsewhere,
      )
      expect(run.stderr).toContain('1.0.0: created')
      expect(run).toMatchObject({ code: 0, stdout: `${registry.host}/acme/cli-prod@${image.rootDigest}\n` })
      const plan = await cliAsync(['promote', '--source', `${registry.host}/acme/cli:sha-1`, '--tags', 'prod', '--plan', '--dry-run'], elsewhere)
      expect(JSON.parse(plan.stdout)).toEqual({
        include: [{ source: `${registry.host}/acme/cli@${image.rootDigest}`, image: `${registry.host}/acme/cli`, tags: 'prod', path: 'same-repository' }],
      })
    } finally {
      await registry.stop()
    }
  })

  it('lists every tags option in tags --help', () => {
    const help = cli(['tags', '--help']).stdout
    for (const option of [
      '--images',
      '--tags',
      '--flavor',
      '--labels',
      '--annotations',
      '--context',
      '--cwd',
      '--ref',
      '--sha',
      '--event',
      '--default-branch',
      '--json',
    ]) {
      expect(help).toContain(option)
    }
  })
})
