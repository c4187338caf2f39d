import { describe, expect, it } from 'vitest'
import { HelmChart } from './helm-chart.js'
import { scanHelmTemplate } from './helm-template.js'

const chartYaml = { path: 'c/Chart.yaml', text: 'apiVersion: v2\nname: c\nappVersion: "1.0"\n' }

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now()
  const result = run()
  return { result, ms: performance.now() - started }
}

describe('a hostile chart costs time in proportion to its size', () => {
  it('values with keys of a thousand characters nested 150 deep: long paths are not followed', () => {
    const depth = 150
    const key = 'k'.repeat(1000)
    const nested = Array.from({ length: depth }, (_, level) => `${' '.repeat(level)}${key}${level}:`).join('\n')
    const leaves = Array.from({ length: 5000 }, (_, index) => `${' '.repeat(depth)}l${index}: v`).join('\n')
    const values = `${nested}\n${leaves}\nimage:\n  repository: acme/app\n  tag: "1.0"\n`
    const { result: chart, ms } = timed(() => new HelmChart({ root: 'c', chartYaml, values: { path: 'c/values.yaml', text: values }, templates: [] }))
    expect(ms).toBeLessThan(3000)
    expect(chart.values.get('image.repository')?.text).toBe('acme/app')
  })

  it('a template that names a .Values path of a megabyte', () => {
    const chart = new HelmChart({ root: 'c', chartYaml, values: { path: 'c/values.yaml', text: 'a: {b: 1}\n' }, templates: [] })
    const line = `image: {{ .Values.${'a.'.repeat(400_000)}x }}\n`
    const { result, ms } = timed(() => scanHelmTemplate('c/templates/t.yaml', line, chart))
    expect(ms).toBeLessThan(3000)
    expect(result.occurrences[0]?.unresolved).toMatch(/longer than shiptag looks up/)
  })
})
