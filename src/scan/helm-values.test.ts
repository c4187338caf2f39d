import { describe, expect, it } from 'vitest'
import { HelmChart } from './helm-chart.js'
import { scanFile } from './scan-file.js'

const lines = (...rows: string[]) => `${rows.join('\n')}\n`
const DIGEST = `sha256:${'b'.repeat(64)}`

const BITNAMI_TEMPLATE = 'image: {{ include "common.images.image" (dict "imageRoot" .Values.image "global" .Values.global) }}'

function chartWith(values: string, templates: string[] = [BITNAMI_TEMPLATE], appVersion = '3.1.0'): HelmChart {
  return new HelmChart({
    root: 'chart',
    chartYaml: { path: 'chart/Chart.yaml', text: lines('apiVersion: v2', 'name: app', `appVersion: ${appVersion}`) },
    values: { path: 'chart/values.yaml', text: values },
    templates: templates.map((text, index) => ({ path: `chart/templates/t${index}.yaml`, text })),
  })
}

function scan(values: string, templates: string[] = [BITNAMI_TEMPLATE], override?: string) {
  const [path, text] = override === undefined ? ['chart/values.yaml', values] : ['chart/values-prod.yaml', override]
  return scanFile(path, text, 'helm-values', { helm: chartWith(values, templates) }).occurrences.map((o) => ({
    at: `${o.line}:${o.column}`,
    text: o.text,
    unresolved: o.unresolved,
    parts: Object.fromEntries(Object.entries(o.parts ?? {}).map(([part, place]) => [part, `${place.file}:${place.line}:${place.column}`])),
  }))
}

describe('helm values with their chart', () => {
  it('reads the tag from Chart.yaml appVersion when the values tag is empty, and says where each part is', () => {
    expect(scan(lines('image:', '  repository: ghcr.io/acme/app', '  tag: ""'))).toEqual([
      {
        at: '2:15',
        text: 'ghcr.io/acme/app:3.1.0',
        unresolved: undefined,
        parts: { repository: 'chart/values.yaml:2:15', tag: 'chart/Chart.yaml:3:13' },
      },
    ])
  })

  it("puts Bitnami's global.imageRegistry before the repository, in place of the image's own registry", () => {
    const values = lines(
      'global:',
      '  imageRegistry: mirror.acme.example',
      'image:',
      '  registry: docker.io',
      '  repository: bitnami/redis',
      '  tag: 7.2.4',
      `  digest: "${DIGEST}"`,
    )
    expect(scan(values)).toEqual([
      {
        at: '6:8',
        text: `mirror.acme.example/bitnami/redis:7.2.4@${DIGEST}`,
        unresolved: undefined,
        parts: { registry: 'chart/values.yaml:2:18', repository: 'chart/values.yaml:5:15', tag: 'chart/values.yaml:6:8', digest: 'chart/values.yaml:7:12' },
      },
    ])
  })

  it.each([
    [
      'an empty global.imageRegistry',
      lines('global:', '  imageRegistry: ""', 'image: {registry: docker.io, repository: bitnami/redis, tag: "7.2"}'),
      'docker.io/bitnami/redis:7.2',
    ],
    [
      'an image map without registry (not the Bitnami shape)',
      lines('global:', '  imageRegistry: mirror.acme.example', 'image: {repository: acme/app, tag: "1.0"}'),
      'acme/app:1.0',
    ],
  ] as Array<[string, string, string, string[]?]>)('leaves the registry alone with %s', (_, values, text, templates) => {
    expect(scan(values, templates).map((o) => o.text)).toEqual([text])
  })

  it.each([
    [
      'a repository the templates write before a slash',
      lines('images:', '  repository: gcr.io/acme/shop', '  tag: "1.0"'),
      ['image: {{ .Values.images.repository }}/cart:1'],
    ],
    [
      'a repository a printf formats before a slash',
      lines('images:', '  repository: gcr.io/acme/shop', '  tag: "1.0"'),
      ['image: {{ printf "%s/%s" .Values.images.repository "cart" }}'],
    ],
    ['a piped prefix', lines('base:', '  image: gcr.io/acme'), ['image: {{ .Values.base.image | trimSuffix "/" }}/cart:1']],
    ['a bare registry host', lines('image:', '  repository: registry.acme.example', '  tag: "1.0"'), []],
    ['a registry with a port', lines('image: {repository: localhost:5000, tag: "1"}'), []],
  ])('does not report %s as an image', (_, values, templates) => {
    expect(scan(values, templates)).toEqual([])
  })

  it.each([
    ['a one-word Docker Hub repository', lines('image:', '  repository: nginx', '  tag: "1.25"'), 'nginx:1.25'],
    ['a name and tag in one string', lines('proxy:', '  image: envoy:1.29'), 'envoy:1.29'],
  ])('still reports %s, which has no host', (_, values, text) => {
    expect(scan(values).map((o) => o.text)).toEqual([text])
  })

  const plainBase = lines('image:', '  repository: ghcr.io/acme/app', '  tag: "1.0"')
  const bitnamiBase = lines('global:', '  imageRegistry: mirror.acme.example', 'image:', '  registry: docker.io', '  repository: acme/app', '  tag: "1.0"')
  it.each([
    [
      'a tag only',
      plainBase,
      lines('image:', '  tag: latest'),
      { at: '2:8', text: 'ghcr.io/acme/app:latest', parts: { repository: 'chart/values.yaml:2:15', tag: 'chart/values-prod.yaml:2:8' } },
    ],
    [
      'a repository only (the tag stays the base one)',
      plainBase,
      lines('image:', '  repository: registry.acme.example/prod/app'),
      { at: '2:15', text: 'registry.acme.example/prod/app:1.0', parts: { repository: 'chart/values-prod.yaml:2:15', tag: 'chart/values.yaml:3:9' } },
    ],
    [
      'a digest, under the global registry of the base',
      bitnamiBase,
      lines('image:', `  digest: ${DIGEST}`),
      {
        at: '2:11',
        text: `mirror.acme.example/acme/app:1.0@${DIGEST}`,
        parts: {
          registry: 'chart/values.yaml:2:18',
          repository: 'chart/values.yaml:5:15',
          tag: 'chart/values.yaml:6:9',
          digest: 'chart/values-prod.yaml:2:11',
        },
      },
    ],
  ])('completes an override file that sets %s from the chart values.yaml', (_, values, override, expected) => {
    expect(scan(values, undefined, override)).toEqual([{ ...expected, unresolved: undefined }])
  })

  it('reports nothing for an override that sets no part of an image', () => {
    expect(scan(lines('image:', '  repository: ghcr.io/acme/app', '  tag: "1.0"'), [], lines('image:', '  pullPolicy: Always'))).toEqual([])
  })
})
