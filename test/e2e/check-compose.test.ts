import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT, runAction } from '../support/run-action.js'

const SHAPE = join(REPO_ROOT, 'test/fixtures/shapes/compose/dotenv-tags')

describe('shiptag check (CLI bundle): a Compose project whose tags live in .env', () => {
  it('fails a strict prod policy at the .env lines, with the image: lines as SARIF related locations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiptag-compose-'))
    cpSync(SHAPE, dir, { recursive: true })
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli/index.js'), 'check', '--json', '--sarif', 'out.sarif'], {
      cwd: dir,
      encoding: 'utf8',
      // docker compose would let these override .env; a pull request's check must not.
      env: { PATH: process.env.PATH ?? '', HOME: dir, FRONTEND_TAG: '1.0.0', NGINX_TAG: '1.25.3' },
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    const findings = JSON.parse(run.stdout).findings as { rule: string; location: { file: string; line: number; column: number } }[]
    expect(findings.map(({ rule, location }) => `${rule} ${location.file}:${location.line}:${location.column}`)).toEqual([
      'digest.required .env:3:14',
      'tag.forbidden .env:3:14',
      'digest.required .env:4:20',
      'digest.required .env:8:11',
      'tag.forbidden .env:8:11',
    ])
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'))
    const forbidden = sarif.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'tag.forbidden')
    expect(forbidden.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: '.env' }, region: { startLine: 3, startColumn: 14, endColumn: 20 } })
    expect(
      forbidden.relatedLocations.map(
        (related: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }) => related.physicalLocation,
      ),
    ).toEqual([
      { artifactLocation: { uri: 'compose.yaml' }, region: { startLine: 4, startColumn: 12, endColumn: 48 } },
      { artifactLocation: { uri: '.env' }, region: { startLine: 2, startColumn: 10, endColumn: 22 } },
    ])
  })
})

describe('dist/index.js check with the env-file input', () => {
  it('interpolates with the files of the input, in order, instead of .env, at the line of the file that wins', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-compose-action-'))
    cpSync(join(REPO_ROOT, 'test/fixtures/shapes/compose/env-file-input'), workspace, { recursive: true })
    const run = await runAction({
      env: {
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/feature',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        GITHUB_REPOSITORY: 'acme/app',
        TAG: '1.0.0',
      },
      payload: {
        ref: 'refs/heads/feature',
        after: '0123456789abcdef0123456789abcdef01234567',
        repository: { default_branch: 'main', full_name: 'acme/app', name: 'app' },
      },
      inputs: { command: 'check', 'env-file': 'deploy/base.env\ndeploy/prod.env' },
    })
    expect(run.exitCode, run.stdout).toBe(1)
    const findings = JSON.parse(run.outputs.findings!) as { rule: string; location: { file: string; line: number; column: number } }[]
    expect(findings.map(({ rule, location }) => `${rule} ${location.file}:${location.line}:${location.column}`)).toEqual([
      'digest.required deploy/prod.env:1:6',
      'tag.forbidden deploy/prod.env:1:6',
    ])
    expect(run.stdout).toMatch(/::error title=tag\.forbidden[^,]*,file=deploy\/prod\.env,line=1,col=6/)
  })
})
