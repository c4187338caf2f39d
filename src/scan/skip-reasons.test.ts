import { describe, expect, it } from 'vitest'
import { notScannedByName } from './skip-reasons.js'
import { MAX_SCAN_FILE_BYTES, MAX_SCAN_READ_BYTES, maxReadBytes, scanFile } from './scan-file.js'

const lines = (...l: string[]) => `${l.join('\n')}\n`
const deployment = (...container: string[]) =>
  lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: app}', 'spec:', '  template:', '    spec:', '      containers:', ...container)

/** Issue 15: every file scanFile is given is scanned or says why not, at a place, with what to do. */
describe('scanFile never skips a file silently', () => {
  it.each([
    [
      'a shell command mentioning {{PROJECT_ID}}',
      deployment('        - image: gcr.io/acme/app:1', '          args: ["--project={{PROJECT_ID}}"]', '          command:', '            - echo {{ x }}'),
      [[8, 18]],
    ],
    ['a {{ in a comment', lines('# rendered by {{ tool }}', ...deployment('        - image: app:1').trimEnd().split('\n')), [[9, 18]]],
    [
      'a block scalar holding a template',
      lines('apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '    - image: app:1', '      args:', '        - |', '          {{- if .x }}'),
      [[5, 14]],
    ],
  ])('scans %s', (_, text, positions) => {
    const result = scanFile('deploy/app.yaml', text)
    expect(result.problems).toEqual([])
    expect(result.occurrences.map((o) => [o.line, o.column])).toEqual(positions)
  })

  it.each([
    [
      'deploy/app.yaml',
      lines('kind: Pod', 'spec:', '  containers:', '  - image: {{ .Values.image }}'),
      4,
      12,
      /^template syntax: \{\{ at line 4, column 12 is part of the YAML structure/,
    ],
    ['chart/templates/cm.yaml', lines('{{- if .Values.enabled }}', 'kind: ConfigMap', '{{- end }}'), 1, 1, /^Helm template: \{\{ at line 1, column 1/],
    [
      'deploy/one.yaml',
      lines('apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '  - image: a:1', '    image: b:1'),
      6,
      5,
      /^YAML error at line 6, column 5: Map keys must be unique; this document \(lines 1–6\) was not scanned$/,
    ],
    ['deploy/binary.yaml', 'kind: Pod\n\u0000\u0001', 2, 1, /^not UTF-8 text: a NUL byte: this is a binary file at line 2, column 1/],
    ['deploy/latin1.yaml', 'kind: Pod\nname: caf\uFFFD\n', 2, 10, /^not UTF-8 text: bytes that are not UTF-8 at line 2, column 10/],
    ['README.md', 'image: nginx\n', 1, 1, /^not a file kind shiptag reads/],
    ['Dockerfile.dockerignore', 'node_modules\n', 1, 1, /^not a file kind shiptag reads/],
    [
      '.github/workflows/ci.yml',
      lines('on: push', 'jobs:', '  test:', '    container:', '      image: node:20'),
      5,
      14,
      /^this YAML is not of a kind shiptag reads, so its image field was not checked$/,
    ],
    [
      'deploy/workflow.yaml',
      lines(
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Workflow',
        'metadata: {name: hello}',
        'spec:',
        '  templates:',
        '  - container: {image: a:1}',
        '  - container: {image: b:1}',
      ),
      6,
      24,
      /^Workflow\/hello \(argoproj.io\/v1alpha1\) is of a kind shiptag does not read, so its 2 image fields \(the first here\) were not checked$/,
    ],
  ])('says why %s was not scanned, at %i:%i', (path, text, line, column, message) => {
    const result = scanFile(path, text)
    expect(result.occurrences).toEqual([])
    expect(result.problems).toEqual([{ file: path, line, column, message: expect.stringMatching(message), hint: expect.any(String), skipped: true }])
  })

  it.each([
    ['chart/Chart.yaml', lines('apiVersion: v2', 'name: app', 'appVersion: 1.0.0')],
    ['tsconfig.json', '{"compilerOptions": {"strict": true}}'],
    ['.github/image-policy.yml', lines('version: 1', 'defaults:', '  tags: {forbid: [latest]}')],
  ])('reads %s whole: no deployment kind and no image field, nothing to say', (path, text) => {
    expect(scanFile(path, text)).toEqual({ occurrences: [], problems: [], readAs: 'other', crds: 0 })
  })

  it.each([
    ['README.md', true],
    ['docs/notes.txt', true],
    ['Dockerfile.dockerignore', true],
    ['deploy/app.yaml', false],
    ['deploy/app.json', false],
    ['Dockerfile', false],
    ['compose.yaml', false],
  ])('knows from the name alone whether %s can be skipped unread: %s', (path, skipped) => {
    expect(notScannedByName(path) !== undefined).toBe(skipped)
  })
})

it('reports a broken document once, at its first error', () => {
  const text = lines(
    'apiVersion: v1',
    'kind: Pod',
    'spec: {}',
    'spec: {}',
    'kind: Pod',
    '---',
    'apiVersion: v1',
    'kind: Pod',
    'spec: {containers: [{image: "a:1"}]}',
  )
  const result = scanFile('deploy/pods.yaml', text)
  expect(result.problems.map((p) => [p.line, p.column, p.message])).toEqual([
    [4, 1, 'YAML error at line 4, column 1: Map keys must be unique; this document (lines 1–5) was not scanned'],
  ])
  expect(result.occurrences.map((o) => o.line)).toEqual([9])
})

it.each([
  ['deploy/install.yaml', MAX_SCAN_READ_BYTES],
  ['crds/app.json', MAX_SCAN_READ_BYTES],
  ['Dockerfile', MAX_SCAN_FILE_BYTES],
  ['charts/app/values.yaml', MAX_SCAN_FILE_BYTES],
  ['compose.yaml', MAX_SCAN_FILE_BYTES],
  ['README.md', MAX_SCAN_FILE_BYTES],
])('%s: read up to %i bytes (more only where CRD documents may make up the rest)', (path, bytes) => {
  expect(maxReadBytes(path)).toBe(bytes)
})

it('says a file of 3,000 Argo Workflows in 10 findings, not 3,000', () => {
  const rollouts = Array.from(
    { length: 3000 },
    (_, i) => `apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: r${i}}\nspec: {templates: [{container: {image: "a:${i}"}}]}`,
  )
  const result = scanFile('deploy/rollouts.yaml', rollouts.join('\n---\n'))
  expect(result.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['4:40', '9:40', '14:40', '19:40', '24:40', '29:40', '34:40', '39:40', '44:40', '49:40'])
  expect(result.problems.at(-1)!.message).toBe(
    '2991 more documents, from this one on, hold image fields in objects of kinds shiptag does not read; they were not checked',
  )
})
