import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/run-action.js'

const CLI = join(REPO_ROOT, 'dist/cli/index.js')
const CASE = join(REPO_ROOT, 'test/fixtures/shapes/kustomize/guestbook-overlays')

/** The bundled CLI on a kustomize layout: overlays applied across files, the base never checked alone (issue 15). */
describe('dist/cli/index.js check on kustomize overlays', () => {
  it('reports each image as its overlay builds it, at the deciding line, with the base line as related location in SARIF', () => {
    const out = mkdtempSync(join(tmpdir(), 'shiptag-kustomize-'))
    const run = spawnSync(process.execPath, [CLI, 'check', '--json', '--cwd', CASE, '--sarif', 'result.sarif'], {
      cwd: out,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: out },
    })
    expect(run.status, run.stderr).toBe(1)
    const { findings } = JSON.parse(run.stdout) as {
      findings: { rule: string; level: string; environment: string; location: { file: string; line: number; column: number } }[]
    }
    expect(
      findings.map((f) => `${f.level} ${f.rule} ${f.environment ?? 'defaults'} ${f.location.file}:${f.location.line}:${f.location.column}`).sort(),
    ).toEqual([
      'error image.allowed staging kustomize-guestbook/base/guestbook-ui-deployment.yaml:21:18',
      'error tag.forbidden defaults kustomize-guestbook/overlays/dev/kustomization.yaml:8:13',
      'error tag.pattern prod kustomize-guestbook/overlays/prod/kustomization.yaml:9:14',
    ])
    const sarif = JSON.parse(readFileSync(join(out, 'result.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[]
    }
    const forbidden = sarif.runs[0]!.results.find((result) => result.ruleId === 'tag.forbidden')!
    expect(forbidden.relatedLocations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'kustomize-guestbook/base/guestbook-ui-deployment.yaml' },
      region: { startLine: 17, startColumn: 18, endColumn: 56 },
    })
  })
})
