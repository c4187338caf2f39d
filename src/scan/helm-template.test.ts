import { describe, expect, it } from 'vitest'
import { HelmChart, type ChartFiles } from './helm-chart.js'
import { scanHelmTemplate } from './helm-template.js'

const lines = (...rows: string[]) => `${rows.join('\n')}\n`
const DIGEST = `sha256:${'a'.repeat(64)}`

const chartFiles: ChartFiles = {
  root: 'chart',
  chartYaml: { path: 'chart/Chart.yaml', text: lines('apiVersion: v2', 'name: app', 'appVersion: "1.4.0"') },
  values: {
    path: 'chart/values.yaml',
    text: lines(
      'image:',
      '  repository: ghcr.io/acme/app',
      '  tag: ""',
      'images:',
      '  repository: registry.acme.example/shop', // 5
      '  tag: ""',
      'worker:',
      '  name: worker',
      '  tag: "2.0"',
      'sidecar: busybox', // 10
      'global:',
      '  registry: mirror.acme.example',
      'proxy:',
      '  image: envoy:1.29',
    ),
  },
  templates: [
    {
      path: 'chart/templates/_helpers.tpl',
      text: lines(
        '{{- define "app.image" -}}',
        '{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}',
        '{{- end -}}',
        '{{- define "shop.worker" -}}',
        '{{ printf "%s/%s:%s" .Values.images.repository .Values.worker.name .Values.worker.tag }}', // 5
        '{{- end -}}',
        '{{- define "branchy" -}}',
        '{{- if .Values.worker.tag }}x:1{{ else }}y:2{{ end -}}',
        '{{- end -}}',
      ),
    },
    { path: 'chart/templates/a.yaml', text: 'image: {{ .Values.images.repository }}/svc:1\n' },
  ],
}
const chart = new HelmChart(chartFiles)

type Row = readonly [line: number, column: number, written: string, text: string, unresolved?: unknown]

function rows(source: string, withChart = true): Row[] {
  const result = scanHelmTemplate('chart/templates/t.yaml', source, withChart ? chart : undefined)
  expect(result.problems).toEqual([])
  const sourceLines = source.split('\n')
  return result.occurrences.map((o) => {
    const written = sourceLines[o.line - 1]!.slice(o.column - 1, o.endColumn - 1)
    return o.unresolved === undefined ? [o.line, o.column, written, o.text] : [o.line, o.column, written, o.text, o.unresolved]
  })
}

describe('helm templates, line by line', () => {
  it.each([
    [
      'a literal image with a digest',
      lines('spec:', '  containers:', `    - image: redis:alpine@${DIGEST}`),
      [[3, 14, `redis:alpine@${DIGEST}`, `redis:alpine@${DIGEST}`]],
    ],
    [
      'an untagged image, quoted',
      lines('containers:', '- name: tools', '  image: "giantswarm/tiny-tools"'),
      [[3, 11, 'giantswarm/tiny-tools', 'giantswarm/tiny-tools']],
    ],
    ['a trailing comment', lines('  image: busybox # debug'), [[1, 10, 'busybox', 'busybox']]],
    ['a quoted key (JSON style)', lines('{"image": "nginx:1.25"}'.replace('{', '  ').replace('}', '')), [[1, 13, 'nginx:1.25', 'nginx:1.25']]],
    ['CRLF line endings', 'a: 1\r\n  image: nginx:1.25\r\n', [[2, 10, 'nginx:1.25', 'nginx:1.25']]],
    [
      'a prefix repository joined with a service and the appVersion',
      lines('  image: {{ .Values.images.repository }}/{{ .Values.worker.name }}:{{ .Values.images.tag | default .Chart.AppVersion }}'),
      [
        [
          1,
          10,
          '{{ .Values.images.repository }}/{{ .Values.worker.name }}:{{ .Values.images.tag | default .Chart.AppVersion }}',
          'registry.acme.example/shop/worker:1.4.0',
        ],
      ],
    ],
    [
      'printf in a named template',
      lines('  image: {{ include "shop.worker" . }}'),
      [[1, 10, '{{ include "shop.worker" . }}', 'registry.acme.example/shop/worker:2.0']],
    ],
    ['a value the values scan does not read as an image', lines('  image: {{ .Values.sidecar }}'), [[1, 10, '{{ .Values.sidecar }}', 'busybox']]],
    [
      'a value with a literal default',
      lines('  image: \'{{ .Values.missing.image | default "nginx:1.25" | quote }}\''),
      [[1, 11, expect.any(String), 'nginx:1.25']],
    ],
  ] satisfies Array<[string, string, unknown[]]>)('%s', (_, source, expected) => {
    expect(rows(source)).toEqual(expected)
  })

  it.each([
    ['the values scan has the image (helm create)', lines('  image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"')],
    ['a named template over a covered image', lines('  image: {{ template "app.image" . }}')],
    ['a string image in values', lines('  image: {{ .Values.proxy.image }}')],
    [
      'a library helper given a covered values map',
      lines('  image: {{ include "common.images.image" (dict "imageRoot" .Values.image "global" .Values.global) }}'),
    ],
    ['a template comment', lines('{{/*', '  image: nginx', '*/}}', '{{- /* image: x */}}')],
    ['a block scalar', lines('  script: |', '    image: not-an-image', '  args:', '    - |', '      image: nor-this')],
    ['a YAML comment', lines('  # image: nginx')],
    ['a nested map or an empty value', lines('  image:', '    repository: x', '  image: ""', '  image: {repository: x}')],
    ['prose after image:', lines('  image: the image to run')],
  ])('finds nothing in %s', (_, source) => {
    expect(rows(source)).toEqual([])
  })

  it.each([
    ['a value only install sets', '{{ .Values.nowhere }}', /\.Values\.nowhere is not set in the chart's values\.yaml/],
    ['a range variable', '{{ .image }}', /\.image is only known when the chart is rendered/],
    ['an unknown function', '{{ tpl .Values.worker.name . }}', /the function "tpl" is not evaluated/],
    ['a map used as a value', '{{ .Values.worker }}', /\.Values\.worker is a map/],
    ['control flow in a named template', '{{ include "branchy" . }}', /control flow/],
    [
      'a named template given a dict',
      '{{ include "lib.image" (dict "name" .Values.worker.name "root" $) }}',
      /"lib\.image" is called with other arguments than the root context/,
    ],
    ['an undefined named template', '{{ include "lib.image" . }}', /"lib\.image" is not defined/],
    ['an unclosed action', '{{ .Values.worker.name', /not closed/],
    ['deep parentheses', `{{ ${'('.repeat(40)}"x"${')'.repeat(40)} }}`, /nests too deeply/],
    ['a variable', '{{ $img := .Values.worker.name }}', /control flow/],
  ])('says why it cannot evaluate %s', (_, value, reason) => {
    const [row] = rows(`  image: ${value}\n`)
    expect(row?.slice(0, 4)).toEqual([1, 10, value, value])
    expect(row?.[4]).toMatch(reason)
  })

  it('does not count a byte order mark as a column', () => {
    const [occurrence] = scanHelmTemplate('t.yaml', '\uFEFFimage: nginx:1.25\n', chart).occurrences
    expect([occurrence?.line, occurrence?.column, occurrence?.endColumn]).toEqual([1, 8, 18])
  })

  it('joins the values itself when values.yaml is not among the files checked', () => {
    const unchecked = new HelmChart({ ...chartFiles, valuesChecked: false })
    const line = '  image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"\n'
    const [occurrence] = scanHelmTemplate('chart/templates/t.yaml', line, unchecked).occurrences
    expect(occurrence?.text).toBe('ghcr.io/acme/app:1.4.0')
    expect(occurrence?.parts?.repository).toEqual(expect.objectContaining({ file: 'chart/values.yaml', line: 2 }))
  })

  it('reads literal images but evaluates nothing without a Chart.yaml', () => {
    expect(rows(lines('  image: nginx:1.25', '  image: {{ .Values.image.repository }}'), false)).toEqual([
      [1, 10, 'nginx:1.25', 'nginx:1.25'],
      [2, 10, '{{ .Values.image.repository }}', '{{ .Values.image.repository }}', expect.stringContaining('no Chart.yaml')],
    ])
  })

  it('says where each part of an assembled reference is written', () => {
    const [occurrence] = scanHelmTemplate(
      'chart/templates/t.yaml',
      '  image: {{ .Values.images.repository }}/svc:{{ .Values.images.tag | default .Chart.AppVersion }}\n',
      chart,
    ).occurrences
    expect(occurrence?.parts).toEqual({
      repository: expect.objectContaining({ file: 'chart/values.yaml', line: 5, column: 15 }),
      tag: expect.objectContaining({ file: 'chart/Chart.yaml', line: 3, column: 14 }),
    })
    expect(occurrence?.related).toEqual([expect.objectContaining({ file: 'chart/values.yaml', line: 6, column: 9 })])
  })

  it('bounds the work of named templates that call each other, whatever they double to', () => {
    const defines = Array.from({ length: 16 }, (_, i) => `{{- define "t${i}" -}}{{ include "t${i + 1}" . }}{{ include "t${i + 1}" . }}{{- end -}}`)
    const doubling = new HelmChart({
      ...chartFiles,
      templates: [{ path: 'chart/templates/_helpers.tpl', text: lines(...defines, '{{- define "t16" -}}x{{- end -}}') }],
    })
    const source = lines(...Array(2000).fill('  image: {{ include "t0" . }}'))
    const started = performance.now()
    const result = scanHelmTemplate('chart/templates/t.yaml', source, doubling)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(result.occurrences).toHaveLength(2000)
    expect(result.occurrences[1999]?.unresolved).toMatch(/more template text than shiptag reads for one file/)
  })

  it('stays linear on a hostile line', () => {
    const started = performance.now()
    scanHelmTemplate('t.yaml', `image: ${'{{ .Values.a | default '.repeat(20_000)}\n${'image: {{'.repeat(50_000)}\n`, chart)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
