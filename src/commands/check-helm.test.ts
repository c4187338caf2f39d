import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HelmCharts } from './check-helm.js'

/** A workspace with real files, listed as the walk lists them. */
function workspace(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-charts-'))
  return Object.entries(files).map(([path, text]) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
    return { path, real: join(dir, path) }
  })
}

const CHART = {
  'app/Chart.yaml': 'apiVersion: v2\nname: app\nappVersion: "2.0"\n',
  'app/values.yaml': 'image:\n  repository: ghcr.io/acme/app\n  tag: ""\n',
  'app/templates/big.yaml': `# ${'x'.repeat(4000)}\nimage: {{ .Values.image.repository }}/x:1\n`,
  'app/templates/deployment.yaml': 'image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"\n',
}

describe('the charts of a workspace', () => {
  it('reads each chart once, with its Chart.yaml, values and templates', async () => {
    const charts = new HelmCharts(workspace(CHART), () => true)
    const first = await charts.chartOf('app/templates/deployment.yaml')
    expect(first?.role).toBe('template')
    expect(first?.chart.appVersion?.text).toBe('2.0')
    expect(first?.chart.prefixPaths).toEqual(new Set(['image.repository']))
    expect((await charts.chartOf('app/values.yaml'))?.chart).toBe(first?.chart)
    expect(await charts.chartOf('other/values.yaml')).toBeUndefined()
    expect(charts.notes()).toEqual([expect.stringMatching(/^Helm chart app: checked without rendering .* are not$/)])
  })

  it('reads Chart.yaml and values.yaml first, and no more chart bytes than its budget, and says so', async () => {
    const charts = new HelmCharts(workspace(CHART), () => true, 1000)
    const chart = (await charts.chartOf('app/templates/deployment.yaml'))?.chart
    expect(chart?.appVersion?.text).toBe('2.0')
    expect(chart?.values.get('image.repository')?.text).toBe('ghcr.io/acme/app')
    // templates/big.yaml, past the budget, was not read: its prefix use of image.repository is unknown.
    expect(chart?.prefixPaths).toEqual(new Set())
    expect(charts.notes()).toEqual([expect.stringContaining('some of its files were not read (check reads at most 1000 bytes of chart files in one run)')])
  })

  it('notes only the charts a scanned file belongs to, not a parent read for what its subchart inherits', async () => {
    const charts = new HelmCharts(
      workspace({
        'umbrella/Chart.yaml': 'apiVersion: v2\nname: umbrella\n',
        'umbrella/values.yaml': 'global:\n  imageRegistry: mirror.example\n',
        'umbrella/charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\n',
        'umbrella/charts/redis/values.yaml': 'image:\n  registry: docker.io\n  repository: bitnami/redis\n  tag: 7.2.4\n',
      }),
      () => true,
    )
    const redis = await charts.chartOf('umbrella/charts/redis/values.yaml')
    expect(redis?.chart.parentGlobalRegistry?.text).toBe('mirror.example')
    expect(charts.notes()).toEqual([expect.stringMatching(/^Helm chart umbrella\/charts\/redis: /)])
  })
})
