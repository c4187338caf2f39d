import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/run-action.js'

const CLI = join(REPO_ROOT, 'dist/cli/index.js')

/** A chart shaped like Online Boutique's: a registry prefix joined in templates, images written into templates. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-helm-'))
  cpSync(join(REPO_ROOT, 'test/fixtures/shapes/helm/microservices-demo'), dir, { recursive: true })
  return dir
}

describe('check on a Helm chart, through the CLI bundle', () => {
  it('fails a strict prod policy on template images and names the lines that decide them, in JSON and SARIF', () => {
    const dir = checkout()
    const run = spawnSync(process.execPath, [CLI, 'check', '--json', '--sarif', 'out.sarif'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: dir },
    })
    expect(run.status, run.stderr).toBe(1)
    const { findings, notes } = JSON.parse(run.stdout) as {
      findings: { rule: string; level: string; location: { file: string; line: number; column: number }; related?: { file: string; line: number }[] }[]
      notes: string[]
    }
    expect(findings.map((f) => `${f.level} ${f.rule} ${f.location.file}:${f.location.line}:${f.location.column}`)).toEqual([
      'error digest.required helm-chart/Chart.yaml:5:14',
      'error digest.required helm-chart/Chart.yaml:5:14',
      'error tag.missing helm-chart/templates/cartservice.yaml:25:16',
      'error digest.required helm-chart/templates/cartservice.yaml:25:16',
      'error image.allowed helm-chart/templates/cartservice.yaml:25:16',
      'warn ref.templated helm-chart/templates/loadgenerator.yaml:11:16',
    ])
    expect(notes).toEqual([expect.stringContaining('Helm chart helm-chart: checked without rendering')])
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as {
      runs: { results: { relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[]
    }
    const related = sarif.runs[0]!.results[0]!.relatedLocations?.map((r) => `${r.physicalLocation.artifactLocation.uri}:${r.physicalLocation.region.startLine}`)
    expect(related).toEqual(['helm-chart/templates/adservice.yaml:11', 'helm-chart/values.yaml:2', 'helm-chart/values.yaml:4'])
  })
})
