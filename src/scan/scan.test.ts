import { describe, expect, it } from 'vitest'
import { expectOccurrences, type Row } from './expect-occurrences.test-support.js'
import { FILE_KINDS, detectKind, scanFile, type FileKind } from './index.js'

const DIGEST_A = `sha256:${'a'.repeat(64)}`
const DIGEST_B = `sha256:${'b'.repeat(64)}`
const DIGEST_C = `sha256:${'c'.repeat(64)}`

/** Joins lines so fixtures read with their line numbers in mind. */
const lines = (...text: string[]): string => `${text.join('\n')}\n`

describe('kubernetes', () => {
  const manifest = lines(
    '# CronJob with an init container', // 1
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata:',
    '  name: nightly', // 5
    'spec:',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:', // 10
    '          initContainers:',
    '            - name: migrate',
    '              image: "ghcr.io/acme/migrate:2.1.0"',
    '          containers:',
    '            - name: job', // 15
    '              image: registry:5000/app',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: api}', // 20
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    "        - {name: api, image: 'nginx:1.25'}", // 25
    '        - name: sidecar',
    '          image: &envoy envoyproxy/envoy:v1.31.0',
    '      ephemeralContainers:',
    '        - name: debug',
    '          image: *envoy', // 30
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata: {name: api}',
    'spec: {ports: [{port: 80}]}', // 35
    '---',
    'apiVersion: v1',
    'kind: List',
    'items:',
    '  - apiVersion: v1', // 40
    '    kind: Pod',
    '    metadata: {name: one}',
    '    spec:',
    '      containers: [{name: c, image: busybox}]',
    '  - apiVersion: v1', // 45
    '    kind: PodTemplate',
    '    metadata: {name: tpl}',
    '    template:',
    '      spec:',
    '        containers:', // 50
    '          - name: c',
    `            image: alpine@${DIGEST_A}`,
  )

  it('finds every container image of a multi-document manifest, in source order', () => {
    const cron = 'CronJob/nightly spec.jobTemplate.spec.template.spec'
    expectOccurrences(manifest, scanFile('deploy/app.yaml', manifest), [
      [13, 23, 'ghcr.io/acme/migrate:2.1.0', 'ghcr.io/acme/migrate:2.1.0', `${cron}.initContainers[0].image`],
      [16, 22, 'registry:5000/app', 'registry:5000/app', `${cron}.containers[0].image`],
      [25, 31, 'nginx:1.25', 'nginx:1.25', 'Deployment/api spec.template.spec.containers[0].image'],
      [27, 25, 'envoyproxy/envoy:v1.31.0', 'envoyproxy/envoy:v1.31.0', 'Deployment/api spec.template.spec.containers[1].image'],
      // The alias is reported where its text is written: at the anchor.
      [27, 25, 'envoyproxy/envoy:v1.31.0', 'envoyproxy/envoy:v1.31.0', 'Deployment/api spec.template.spec.ephemeralContainers[0].image'],
      [44, 37, 'busybox', 'busybox', 'items[0] Pod/one spec.containers[0].image'],
      [52, 20, `alpine@${DIGEST_A}`, `alpine@${DIGEST_A}`, 'items[1] PodTemplate/tpl template.spec.containers[0].image'],
    ])
  })

  it.each([
    ['Pod', ['spec'], 7, 12],
    ['PodTemplate', ['template', 'spec'], 8, 14],
    ['Deployment', ['spec', 'template', 'spec'], 9, 16],
    ['StatefulSet', ['spec', 'template', 'spec'], 9, 16],
    ['DaemonSet', ['spec', 'template', 'spec'], 9, 16],
    ['ReplicaSet', ['spec', 'template', 'spec'], 9, 16],
    ['ReplicationController', ['spec', 'template', 'spec'], 9, 16],
    ['Job', ['spec', 'template', 'spec'], 9, 16],
    ['CronJob', ['spec', 'jobTemplate', 'spec', 'template', 'spec'], 11, 20],
  ])('reads the pod spec of a %s at %j', (kind, path, line, column) => {
    const nested = path.map((key, depth) => `${'  '.repeat(depth)}${key}:`)
    const indent = '  '.repeat(path.length)
    const source = lines('apiVersion: v1', `kind: ${kind}`, 'metadata:', '  name: x', ...nested, `${indent}containers:`, `${indent}- image: app:1`)
    expectOccurrences(source, scanFile('x.yaml', source, 'kubernetes'), [[line, column, 'app:1', 'app:1', `${kind}/x ${path.join('.')}.containers[0].image`]])
  })

  it.each([
    ['a kind without a pod spec', lines('apiVersion: v1', 'kind: ConfigMap', 'data:', '  image: nginx:1.25')],
    [
      'a custom resource without a pod template (its images are said by unread-images.ts)',
      lines('apiVersion: argoproj.io/v1alpha1', 'kind: Workflow', 'spec:', '  templates: [{container: {image: x}}]'),
    ],
    ['a document without apiVersion', lines('kind: Pod', 'spec:', '  containers: [{image: x}]')],
    ['an empty image', lines('apiVersion: v1', 'kind: Pod', 'spec:', '  containers: [{name: a, image: ""}, {name: b, image: ~}]')],
  ])('finds nothing in %s', (_, source) => {
    expect(scanFile('x.yaml', source, 'kubernetes')).toEqual({ occurrences: [], problems: [], readAs: 'kubernetes', crds: 0 })
  })

  it.each([
    [
      'CRLF line endings',
      'apiVersion: v1\r\nkind: Pod\r\nspec:\r\n  containers:\r\n  - image: "nginx:1.25"\r\n',
      [[5, 13, 'nginx:1.25', 'nginx:1.25', 'Pod spec.containers[0].image']],
    ],
    [
      'a helm template expression',
      lines('apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', "  - image: '{{ .Values.image }}'"),
      [[5, 13, '{{ .Values.image }}', '{{ .Values.image }}', 'Pod spec.containers[0].image', expect.stringContaining('template expression')]],
    ],
    [
      'a container merged in with <<',
      lines('apiVersion: v1', 'kind: Pod', 'x-base: &base {image: base:1}', 'spec:', '  containers:', '  - <<: *base', '    name: a'),
      [[3, 23, 'base:1', 'base:1', 'Pod spec.containers[0].image']],
    ],
    [
      'a typed list',
      lines('apiVersion: v1', 'kind: PodList', 'items:', '- apiVersion: v1', '  kind: Pod', '  spec: {containers: [{image: a:1}]}'),
      [[6, 31, 'a:1', 'a:1', 'items[0] Pod spec.containers[0].image']],
    ],
  ] satisfies Array<[string, string, Row[]]>)('handles %s', (_, source, expected) => {
    expectOccurrences(source, scanFile('x.yaml', source, 'kubernetes'), expected)
  })
})

describe('kustomize', () => {
  const kustomization = lines(
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources: [deployment.yaml]',
    'images:',
    '  - name: nginx', // 5
    '    newTag: 1.20',
    '  - name: app',
    '    newName: registry:5000/acme/app',
    '    newTag: "v2"',
    '  - name: redis', // 10
    `    digest: ${DIGEST_B}`,
    '  - name: postgres',
    '  - name: busybox',
    '    newName: ghcr.io/acme/busybox',
    `  - {name: api, newName: ghcr.io/acme/api, newTag: '3.1', digest: '${DIGEST_C}'}`, // 15
  )

  it('reports the effective reference of each images entry, at the field that decides it last', () => {
    expectOccurrences(kustomization, scanFile('overlays/prod/kustomization.yaml', kustomization), [
      [6, 13, '1.20', 'nginx:1.20', 'images[0].newTag'],
      [9, 14, 'v2', 'registry:5000/acme/app:v2', 'images[1].newTag'],
      [11, 13, DIGEST_B, `redis@${DIGEST_B}`, 'images[2].digest'],
      // images[3] (postgres) has only a name: it overrides nothing.
      [14, 14, 'ghcr.io/acme/busybox', 'ghcr.io/acme/busybox', 'images[4].newName'],
      [15, 53, '3.1', `ghcr.io/acme/api:3.1@${DIGEST_C}`, 'images[5].newTag'],
    ])
  })
})

describe('helm values', () => {
  const values = lines(
    'image:',
    '  registry: ghcr.io',
    '  repository: acme/app',
    '  tag: 1.20',
    '  pullPolicy: IfNotPresent', // 5
    'proxy:',
    '  image: registry:5000/proxy',
    'worker:',
    '  image:',
    '    repository: acme/worker', // 10
    '    tag: ""',
    'pinned:',
    '  image:',
    '    repository: acme/pinned',
    `    digest: "${DIGEST_A}"`, // 15
    'legacy:',
    '  image: acme/legacy',
    '  tag: 7',
    'chart:',
    '  repository: https://charts.example.com', // 20
    'templated:',
    '  image: "{{ .Values.global.registry }}/app:1"',
    'flags:',
    '  image: true',
    'shared: &shared', // 25
    '  repository: acme/shared',
    '  tag: "2.0"',
    'copy:',
    '  image: *shared',
    'sidecars:', // 30
    '  - name: log',
    "    image: 'fluent/fluent-bit:3.0'",
  )

  it('pairs repository, registry, tag and digest, and reads image strings anywhere', () => {
    expectOccurrences(values, scanFile('charts/app/values.yaml', values), [
      [4, 8, '1.20', 'ghcr.io/acme/app:1.20', 'image.tag'],
      [7, 10, 'registry:5000/proxy', 'registry:5000/proxy', 'proxy.image'],
      [10, 17, 'acme/worker', 'acme/worker', 'worker.image.repository', expect.stringContaining('the tag defaults to the chart appVersion')],
      [14, 17, 'acme/pinned', `acme/pinned@${DIGEST_A}`, 'pinned.image.repository'],
      [18, 8, '7', 'acme/legacy:7', 'legacy.tag'],
      [22, 11, '{{ .Values.global.registry }}/app:1', '{{ .Values.global.registry }}/app:1', 'templated.image', expect.stringContaining('template expression')],
      [27, 9, '2.0', 'acme/shared:2.0', 'shared.tag'],
      [27, 9, '2.0', 'acme/shared:2.0', 'copy.image.tag'],
      [32, 13, 'fluent/fluent-bit:3.0', 'fluent/fluent-bit:3.0', 'sidecars[0].image'],
    ])
  })

  it.each([
    ['a missing tag', lines('image:', '  repository: nginx'), [[2, 15, 'nginx', 'nginx', 'image.repository', expect.stringContaining('appVersion')]]],
    ['image + tag siblings', lines('image: nginx', 'tag: 1.25.0'), [[2, 6, '1.25.0', 'nginx:1.25.0', 'tag']]],
    ['an integer tag', lines('image: {repository: app, tag: 20}'), [[1, 31, '20', 'app:20', 'image.tag']]],
  ] satisfies Array<[string, string, Row[]]>)('handles %s', (_, source, expected) => {
    expectOccurrences(source, scanFile('values.yaml', source), expected)
  })

  it('stops walking when aliases expand too far, and says so', () => {
    const ten = (alias: string) => `[${Array(10).fill(alias).join(', ')}]`
    const source = lines(`a: &a ${ten('x')}`, `b: &b ${ten('*a')}`, `c: &c ${ten('*b')}`, `d: &d ${ten('*c')}`, `e: &e ${ten('*d')}`, `f: ${ten('*e')}`)
    const result = scanFile('values.yaml', source)
    expect(result.problems).toEqual([expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining('aliases') })])
  })
})

describe('compose', () => {
  const compose = lines(
    'x-defaults: &defaults',
    '  image: "ghcr.io/acme/base:${BASE_TAG:-1.0}"',
    '  restart: always',
    'services:',
    '  web:', // 5
    '    image: "repo:${TAG:-latest}"',
    '  worker:',
    '    image: repo/worker:${TAG-stable}',
    '  api:',
    '    image: ${REGISTRY}/api:$TAG', // 10
    '  db:',
    '    image: postgres:${PG:?set PG}',
    '  builder:',
    '    build: .',
    '  built:', // 15
    '    build: ./app',
    '    image: acme/built:dev',
    '  inherits:',
    '    <<: *defaults',
    '  cash:', // 20
    "    image: 'acme/app:$${NOT_A_VAR}'",
  )

  it('applies interpolation defaults and marks variables without one', () => {
    expectOccurrences(compose, scanFile('docker-compose.yml', compose), [
      [2, 11, 'ghcr.io/acme/base:${BASE_TAG:-1.0}', 'ghcr.io/acme/base:1.0', 'services.inherits.image'],
      [6, 13, 'repo:${TAG:-latest}', 'repo:latest', 'services.web.image'],
      [8, 12, 'repo/worker:${TAG-stable}', 'repo/worker:stable', 'services.worker.image'],
      [
        10,
        12,
        '${REGISTRY}/api:$TAG',
        '${REGISTRY}/api:$TAG',
        'services.api.image',
        expect.stringMatching(/\$\{REGISTRY\} has no default.*\$TAG has no default/),
      ],
      [12, 12, 'postgres:${PG:?set PG}', 'postgres:${PG:?set PG}', 'services.db.image', expect.stringContaining('${PG} must be set')],
      // `builder` has only build: it names no image.
      [17, 12, 'acme/built:dev', 'acme/built:dev', 'services.built.image'],
      [21, 13, 'acme/app:$${NOT_A_VAR}', 'acme/app:${NOT_A_VAR}', 'services.cash.image'],
    ])
  })
})

describe('problems', () => {
  it('reports invalid YAML at its line and still scans the valid documents', () => {
    const source = lines(
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers: [{image: ok:1}]',
      '---', // 5
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers:',
      '    - image: nginx', // 10
      '   bad: indent',
    )
    const result = scanFile('pods.yaml', source)
    expect(result.occurrences.map((o) => [o.line, o.text])).toEqual([[4, 'ok:1']])
    expect(result.problems).toEqual([
      {
        file: 'pods.yaml',
        line: 11,
        column: 1,
        message: expect.stringMatching(/^YAML error at line 11, column 1: .*; this document \(lines 5–11\) was not scanned$/),
        hint: expect.stringContaining('the other documents of the file were scanned'),
        skipped: true,
      },
    ])
  })

  it.each([
    ['an unclosed flow sequence', 'kubernetes', lines('apiVersion: v1', 'kind: Pod', 'spec: {containers: [{image: x}]', 'other: 1'), 4, 1],
    ['a tab as indentation', 'compose', lines('services:', '\tweb:', '\t\timage: x'), 2, 1],
    ['a duplicate key', 'helm-values', lines('image: a', 'image: b'), 2, 1],
  ] satisfies Array<[string, FileKind, string, number, number]>)('reports %s', (_, kind, source, line, column) => {
    const result = scanFile('f.yaml', source, kind)
    expect(result.occurrences).toEqual([])
    expect(result.problems[0]).toEqual({
      file: 'f.yaml',
      line,
      column,
      message: expect.stringMatching(new RegExp(`^YAML error at line ${line}, column ${column}: [^\n]*was not scanned$`)),
      hint: expect.any(String),
      skipped: true,
    })
  })

  const oddInputs = [
    '',
    '\u0000',
    '---\n---\n',
    ':\n- : -',
    '*unknown',
    'a: &a [*a, *a]',
    'FROM',
    '\\',
    '${',
    'services: {web: {image: ${}}}',
    '\uFEFFFROM a\n',
    '{{ x }}',
  ]
  it.each(FILE_KINDS.flatMap((kind) => oddInputs.map((input) => [kind, input] as const)))('never throws (%s, %j)', (kind, input) => {
    expect(() => scanFile('f', input, kind)).not.toThrow()
  })
})

describe('detectKind', () => {
  const pod = lines('apiVersion: v1', 'kind: Pod', 'spec: {containers: [{image: x}]}')
  it.each([
    ['Dockerfile', '', 'dockerfile'],
    ['build/Dockerfile.prod', '', 'dockerfile'],
    ['app.Dockerfile', '', 'dockerfile'],
    ['dockerfile', '', 'dockerfile'],
    ['Containerfile', '', 'dockerfile'],
    ['Containerfile.dev', '', 'dockerfile'],
    ['Dockerfile.dockerignore', '', undefined],
    ['kustomization.yaml', '', 'kustomize'],
    ['overlays/prod/kustomization.yml', '', 'kustomize'],
    ['base/Kustomization', '', 'kustomize'],
    ['compose.yaml', '', 'compose'],
    ['compose.yml', '', 'compose'],
    ['compose.prod.yaml', '', 'compose'],
    ['docker-compose.yml', '', 'compose'],
    ['docker-compose.override.yaml', '', 'compose'],
    ['docker-compose-dev.yml', '', 'compose'],
    ['values.yaml', '', 'helm-values'],
    ['charts/app/values-prod.yaml', '', 'helm-values'],
    ['staging.values.yml', '', 'helm-values'],
    ['C:\\repo\\chart\\values.yaml', '', 'helm-values'],
    ['deploy/app.yaml', pod, 'kubernetes'],
    ['deploy/pod.json', '{"apiVersion": "v1", "kind": "Pod", "spec": {}}', 'kubernetes'],
    ['deploy/kust.yaml', lines('apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization'), 'kustomize'],
    ['stack.yml', lines('services:', '  web:', '    build: .'), 'compose'],
    ['chart/Chart.yaml', lines('apiVersion: v2', 'name: app', 'appVersion: 1.0.0'), undefined],
    ['chart/templates/deployment.yaml', lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: {{ .Release.Name }}}'), undefined],
    ['.github/workflows/ci.yml', lines('on: push', 'jobs: {}'), undefined],
    ['broken.yaml', 'a: [b\n', undefined],
    ['notes.txt', pod, undefined],
    ['README.md', '', undefined],
  ] satisfies Array<[string, string, FileKind | undefined]>)('%s → %s', (path, text, kind) => {
    expect(detectKind(path, text)).toBe(kind)
  })

  it('is what scanFile uses when no kind is given', () => {
    expect(scanFile('deploy/app.yaml', pod).occurrences.map((o) => o.kind)).toEqual(['kubernetes'])
    expect(scanFile('notes.txt', pod)).toEqual({
      occurrences: [],
      problems: [expect.objectContaining({ line: 1, message: expect.stringMatching(/^not a file kind shiptag reads/), skipped: true })],
      readAs: undefined,
      crds: 0,
    })
  })
})
