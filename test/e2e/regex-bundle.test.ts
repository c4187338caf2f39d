/**
 * Issue 12 through the bundle: hostile `type=match` patterns, policy `re:` patterns and globs come
 * back in seconds, JavaScript-only constructs are refused with exit code 1, and the regex engine,
 * loaded lazily, is found by every path that needs it (the unit tests preload it).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/run-action.js'

const CLI = join(REPO_ROOT, 'dist/cli/index.js')
const LONG_TAG = 'a'.repeat(120)
let repo = ''

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'shiptag-regex-'))
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'ci@example.com')
  git('config', 'user.name', 'ci')
  writeFileSync(join(repo, 'file'), 'x')
  git('add', '.')
  git('commit', '-q', '-m', 'one')
})

/** Runs the CLI; a run that backtracks is killed after 20 s (status null), which fails the test. */
function cli(args: string[]) {
  const start = performance.now()
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH ?? '', HOME: repo } })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, ms: performance.now() - start }
}

function policy(name: string, text: string): string {
  writeFileSync(join(repo, name), text)
  return name
}

describe('regular expressions in the bundle', () => {
  it.each([
    ['type=match,"pattern=(a|a)*b",value=' + 'a'.repeat(30_000)],
    ['type=match,"pattern=(x+x+)+y",value=' + 'x'.repeat(30_000)],
    ['type=semver,pattern={{version}},"match=^(a|a)*v(\\d.*)$",value=' + 'a'.repeat(30_000)],
  ])('tags with a hostile pattern returns in seconds: %#', (rule) => {
    const run = cli(['tags', '--images', 'ghcr.io/acme/widget', '--ref', 'refs/tags/v1', '--tags', rule])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('does not match')
    expect(run.ms).toBeLessThan(10_000)
  })

  it('tags refuses a lookbehind with the construct, exit code 1', () => {
    const run = cli(['tags', '--ref', 'refs/tags/v1.2', '--tags', 'type=match,"pattern=(?<=v)\\d+"'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('error: input "tags", line 1: pattern "(?<=v)\\d+" uses a lookbehind `(?<=v)` (at character 1)')
    expect(run.stderr).toContain('https://github.com/google/re2/wiki/Syntax')
  })

  it('check applies a policy re:(a|a)*b to a 120-character tag in seconds', () => {
    const file = policy('re.yml', 'version: 1\ndefaults:\n  tags:\n    allow: ["re:(a|a)*b"]\n')
    // A files pattern must match a file (issue 13), so there is one for it.
    mkdirSync(join(repo, 'deploy'), { recursive: true })
    writeFileSync(join(repo, 'deploy/config.yaml'), 'kind: ConfigMap\n')
    const run = cli(['check', '--policy', file, '--images', 'ghcr.io/acme/widget', '--tags', `type=raw,value=${LONG_TAG}`, '--files', 're:deploy/.*\\.yaml'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('[tag.pattern]')
    expect(run.ms).toBeLessThan(10_000)
  })

  it('check applies a hostile glob to a 120-character tag in seconds', () => {
    const file = policy('glob.yml', 'version: 1\ndefaults:\n  tags:\n    forbid: ["*a*a*a*a*a*a*a*a*a*a*a*a*b"]\n')
    const run = cli(['check', '--policy', file, '--images', 'ghcr.io/acme/widget', '--tags', `type=raw,value=${LONG_TAG}`])
    expect(run.code).toBe(0)
    expect(run.ms).toBeLessThan(10_000)
  })

  it('check refuses a policy lookahead with file, line and column, exit code 1', () => {
    const file = policy('lookahead.yml', 'version: 1\ndefaults:\n  tags:\n    forbid: ["re:(?!v).*"]\n')
    const run = cli(['check', '--policy', file])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('lookahead.yml:4:14: "re:(?!v).*" uses a negative lookahead `(?!v)` (at character 1)')
  })
})
