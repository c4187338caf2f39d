import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NODE_RUNTIMES, REPO_ROOT, runAction } from '../support/run-action.js'

const FIXTURE = join(REPO_ROOT, 'test/fixtures/check-repo')

/** Under 1 KB: a List of Lists, nine deep, each item ten aliases of the level below (10^9 pods). */
function kubernetesListBomb(): string {
  const ten = (alias: string) => `[${Array(10).fill(alias).join(', ')}]`
  const items = ['- &i0 {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c, image: "nginx:1.25"}]}}']
  for (let i = 1; i < 10; i++) items.push(`- &i${i} {apiVersion: v1, kind: List, items: ${ten(`*i${i - 1}`)}}`)
  return ['apiVersion: v1', 'kind: List', 'items:', ...items, ''].join('\n')
}

// A push to a branch: on a pull request the base branch's policy applies, and this workspace has no git history (test/e2e/check-workspace.test.ts covers that).
const ENV = (workspace: string) => ({
  GITHUB_WORKSPACE: workspace,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/feature',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REPOSITORY: 'acme/app',
})
const PAYLOAD = {
  ref: 'refs/heads/feature',
  after: '0123456789abcdef0123456789abcdef01234567',
  repository: { default_branch: 'main', full_name: 'acme/app', name: 'app' },
}

/** Issue 12: a branch adding an alias bomb and a huge file; check must answer quickly, naming both. */
describe.each(NODE_RUNTIMES)('dist/index.js check on hostile files, $name', ({ command }) => {
  it('reports the 1 KB alias bomb and the 5 MiB file as findings on their files, quickly', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-check-hostile-'))
    cpSync(join(FIXTURE, '.github'), join(workspace, '.github'), { recursive: true })
    mkdirSync(join(workspace, 'deploy'))
    writeFileSync(join(workspace, 'deploy/list.yaml'), kubernetesListBomb())
    writeFileSync(join(workspace, 'deploy/huge.yaml'), `# ${'x'.repeat(5 * 1024 * 1024)}\n`)
    writeFileSync(join(workspace, 'Dockerfile'), 'FROM node:20-slim\n')
    const start = performance.now()
    const run = await runAction({ runtime: command, env: ENV(workspace), payload: PAYLOAD, inputs: { command: 'check' } })
    expect(performance.now() - start).toBeLessThan(20_000)
    // Issue 15: a file not scanned is scan.skipped, a warning by default (`rules: { scan.skipped: error }` makes it fail).
    expect(run.exitCode, run.stdout).toBe(0)
    const findings = JSON.parse(run.outputs.findings!) as {
      rule: string
      level: string
      message: string
      hint: string
      location?: { file?: string; line?: number }
    }[]
    expect(findings.map((f) => `${f.level} ${f.rule} ${f.location?.file}:${f.location?.line}`)).toEqual([
      'warn scan.skipped deploy/huge.yaml:1',
      'warn scan.skipped deploy/list.yaml:1',
    ])
    expect(findings[0]!.message).toMatch(/^file too large to scan: 5242883 bytes, more than the 1 MiB/)
    expect(findings[1]!.message).toMatch(/aliases expand this YAML too far: more than 1000 aliases followed; the walk stopped at line \d+, column \d+/)
    expect(findings[1]!.hint).toMatch(/write the values out/)
    expect(run.stdout).toMatch(/::warning title=scan\.skipped[^,]*,file=deploy\/list\.yaml,line=1,col=1/)
    expect(run.summary).toContain('in 1 image reference(s) in 3 file(s), 2 skipped')
    rmSync(workspace, { recursive: true, force: true })
  })

  it('stops reading at 64 MiB in all and says how many files were left unscanned', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-check-many-'))
    cpSync(join(FIXTURE, '.github'), join(workspace, '.github'), { recursive: true })
    mkdirSync(join(workspace, 'deploy'))
    const comment = `# ${'x'.repeat(1_040_000 - 3)}\n`
    for (let i = 0; i < 70; i++) writeFileSync(join(workspace, `deploy/n${String(i).padStart(2, '0')}.yaml`), comment)
    writeFileSync(join(workspace, 'Dockerfile'), 'FROM node:20-slim\n')
    const run = await runAction({ runtime: command, env: ENV(workspace), payload: PAYLOAD, inputs: { command: 'check' } })
    expect(run.exitCode, run.stdout).toBe(0)
    const findings = JSON.parse(run.outputs.findings!) as { rule: string; message: string; location?: { file?: string; line?: number } }[]
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'scan.skipped',
        location: expect.objectContaining({ file: 'deploy/n64.yaml', line: 1 }),
        message: '6 files from here on were not scanned: check reads at most 64 MiB of files in one run',
      }),
    ])
    rmSync(workspace, { recursive: true, force: true })
  })
})
