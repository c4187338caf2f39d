import { describe, expect, it } from 'vitest'
import { withoutCrdDocuments } from './crd-documents.js'
import { isEnvFile, isLockFile } from './lock-files.js'
import { scanFile } from './scan-file.js'

const lines = (...l: string[]) => `${l.join('\n')}\n`
const CRD = [
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata: {name: a.example.com}',
  'spec:',
  '  description: |',
  '    kind: Pod',
]
const POD = ['apiVersion: v1', 'kind: Pod', 'spec:', '  containers: [{image: "nginx:1.25"}]']

describe('withoutCrdDocuments', () => {
  it.each([
    ['a CRD alone', lines(...CRD), lines('', '', '', '', '', ''), 1],
    ['a CRD, then a Pod', lines(...CRD, '---', ...POD), lines('', '', '', '', '', '', '---', ...POD), 1],
    ['a Pod, then a CRD after a marker with a comment', lines(...POD, '--- # crds', ...CRD), lines(...POD, '--- # crds', '', '', '', '', '', ''), 1],
    ['a leading marker', lines('---', ...CRD), lines('---', '', '', '', '', '', ''), 1],
    ['a quoted kind with a comment', lines('kind: "CustomResourceDefinition" # v1', 'spec: {}'), lines('', ''), 1],
    ['CRLF line ends', 'kind: CustomResourceDefinition\r\n---\r\nkind: Pod\r\n', '\n---\r\nkind: Pod\r\n', 1],
  ])('leaves out %s, keeping every other line in place', (_, text, expected, crds) => {
    expect(withoutCrdDocuments(text)).toEqual({ text: expected, crds })
  })

  it.each([
    ['a Pod', lines(...POD)],
    ['the word in a nested key', lines('apiVersion: v1', 'kind: ConfigMap', 'data:', '  kind: CustomResourceDefinition')],
    ['the word in a block scalar', lines('kind: ConfigMap', 'data: |', 'x', '  kind: CustomResourceDefinition')],
    ['another kind whose name starts the same', lines('kind: CustomResourceDefinitionList', 'items: []')],
    ['a CRD in flow style (parsed, not recognised)', '{kind: CustomResourceDefinition}\n'],
    ['a Deployment with a second, CRD kind (a duplicate key, reported by the parser)', lines('kind: Deployment', 'spec: {}', 'kind: CustomResourceDefinition')],
    ['a CRD kind and a quoted kind key', lines('kind: CustomResourceDefinition', '"kind": Deployment')],
    ['a CRD kind and a kind key spaced from its colon', lines("'kind' : Deployment", 'kind: CustomResourceDefinition')],
  ])('keeps %s', (_, text) => {
    expect(withoutCrdDocuments(text)).toEqual({ text, crds: 0 })
  })

  it('scanning a CRD and a Deployment in one file reports the Deployment at its own line', () => {
    const text = lines(
      ...CRD,
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - image: app:1',
    )
    const result = scanFile('deploy/install.yaml', text)
    expect(result.occurrences.map((o) => [o.line, o.column, o.text])).toEqual([[14, 18, 'app:1']])
    expect(result).toMatchObject({ problems: [], readAs: 'kubernetes', crds: 1 })
  })

  it('scans a 2 MiB file whose CRDs make up all but a Deployment, and refuses one whose rest is over 1 MiB', () => {
    const schema = Array.from({ length: 40_000 }, (_, i) => `    field${i}: {type: string, description: the image field ${i}}`)
    const big = lines(...CRD.slice(0, 4), ...schema)
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024)
    const start = performance.now()
    const result = scanFile('install.yaml', lines(big.trimEnd(), '---', ...POD))
    expect(performance.now() - start).toBeLessThan(2_000)
    expect(result).toMatchObject({ occurrences: [expect.objectContaining({ text: 'nginx:1.25' })], problems: [], crds: 1 })
    const rest = scanFile('install.yaml', lines(big.trimEnd(), '---', ...POD, `# ${'x'.repeat(1024 * 1024)}`))
    expect(rest.problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/^file too large to scan: /), skipped: true })])
  })
})

describe('withoutCrdDocuments on hostile text', () => {
  it.each([
    ['a CRD of 4 million lines', `kind: CustomResourceDefinition\n${'a\n'.repeat(4 * 1024 * 1024)}`, 1],
    ['2 million document markers', `${'---\n'.repeat(2 * 1024 * 1024)}kind: CustomResourceDefinition\n`, 1],
    ['230,000 CRDs', 'kind: CustomResourceDefinition\n---\n'.repeat(230_000), 230_000],
  ])('cuts %s (8 MiB) in one pass, keeping every line', (_, text, crds) => {
    const start = performance.now()
    const result = withoutCrdDocuments(text)
    expect(performance.now() - start).toBeLessThan(3_000)
    expect(result.crds).toBe(crds)
    expect(result.text.split('\n').length).toBe(text.split('\n').length)
  })
})

describe('isLockFile', () => {
  it.each([
    ['package-lock.json', true],
    ['web/ui/package-lock.json', true],
    ['yarn.lock', true],
    ['pnpm-lock.yaml', true],
    ['api/composer.lock', true],
    ['Cargo.lock', true],
    ['go.sum', true],
    ['charts/app/Chart.lock', true],
    ['package.json', false],
    ['my-package-lock.json', false],
    ['deploy/lock.yaml', false],
    ['CARGO.LOCK', false],
  ])('%s → %s', (path, expected) => {
    expect(isLockFile(path)).toBe(expected)
  })
})

describe('isEnvFile', () => {
  it.each([
    ['.env', true],
    ['deploy/.env', true],
    ['deploy/prod.env', true],
    ['deploy/.envrc', false],
    ['deploy/env.yaml', false],
  ])('%s → %s', (path, expected) => {
    expect(isEnvFile(path)).toBe(expected)
  })
})
