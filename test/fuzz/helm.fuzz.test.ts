/** Fuzz: Helm charts read without rendering (src/scan/helm-*.ts): templates line by line, their expressions, and the chart's values. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HelmChart } from '../../src/scan/helm-chart.js'
import { scanHelmTemplate } from '../../src/scan/helm-template.js'
import { scanFile } from '../../src/scan/scan-file.js'
import { anyText, longRun, mutated, piecesText, yamlText } from './arbitraries.js'
import { fuzz, type Outcome } from './support.js'

const TEMPLATE_VALID = [
  '{{- define "app.image" -}}\n{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}\n{{- end -}}\n',
  'spec:\n  containers:\n    - name: app\n      image: "{{ .Values.images.repository }}/svc:{{ .Values.images.tag | default .Chart.AppVersion }}"\n    - image: {{ include "app.image" . }}\n    - image: redis:alpine\n',
  '{{/* image: x */}}\nargs:\n  - |\n    image: y\n  image: {{ printf "%s/%s:%s" .Values.r .Values.n .Values.t | quote }}\n',
]
const TEMPLATE_PIECES = [
  '{{',
  '}}',
  '{{- ',
  ' -}}',
  'image: ',
  '.Values.',
  '$.Values.',
  'image.repository',
  '.Chart.AppVersion',
  'include "app.image" .',
  '{{- define "app.image" -}}',
  '{{ end }}',
  '(',
  ')',
  ' | ',
  'default ',
  'printf "%s/%s" ',
  '"',
  '`',
  '\\',
  '/*',
  '*/',
  '$x := ',
  '.',
  'a',
  ' ',
  '\n',
  '  - |\n',
]
const VALUES_VALID = [
  'image:\n  repository: ghcr.io/acme/app\n  tag: ""\nimages:\n  repository: gcr.io/acme\nglobal:\n  imageRegistry: mirror.example\nr: reg.example\nn: svc\nt: "1"\n',
]

const templateText = fc.oneof(
  mutated(fc.constantFrom(...TEMPLATE_VALID), TEMPLATE_PIECES),
  piecesText(TEMPLATE_PIECES, 60),
  anyText,
  longRun(
    ['image: ', 'image: {{ ', '{{- define "a" -}}'],
    ['{{ ', '(', '.Values.a', ' | default ', 'include "a" . ', '}}', '"', '{{/*'],
    ['', '}}', ' }}\n{{ end }}'],
    20_000,
  ),
)

function scannedCleanly(outcome: Outcome): void {
  expect(['returned', 'refused']).toContain(outcome.kind)
}

describe('fuzz: Helm charts', () => {
  it('any template, with any values and helpers, is scanned in linear time', () => {
    fuzz(
      fc.tuple(templateText, templateText, yamlText(VALUES_VALID)),
      ([template, helpers, values]) => {
        const chart = new HelmChart({
          root: 'c',
          chartYaml: { path: 'c/Chart.yaml', text: 'apiVersion: v2\nname: c\nappVersion: "1.0"\n' },
          values: { path: 'c/values.yaml', text: values },
          templates: [
            { path: 'c/templates/_helpers.tpl', text: helpers },
            { path: 'c/templates/t.yaml', text: template },
          ],
        })
        scanFile('c/values.yaml', values, 'helm-values', { helm: chart })
        return scanHelmTemplate('c/templates/t.yaml', template, chart)
      },
      150,
      scannedCleanly,
    )
  })
})
