/** Fuzz: the deployment-file scanners (src/scan): Kubernetes, Kustomize, Helm values, Compose with interpolation, Dockerfiles, and kind detection. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { interpolate } from '../../src/scan/compose-interpolation.js'
import { scanCompose } from '../../src/scan/compose.js'
import { detectKind } from '../../src/scan/detect-kind.js'
import { scanDockerfile } from '../../src/scan/dockerfile.js'
import { scanHelmValues } from '../../src/scan/helm-values.js'
import { scanKubernetes } from '../../src/scan/kubernetes.js'
import { scanKustomize } from '../../src/scan/kustomize.js'
import { parseYamlFile } from '../../src/scan/yaml-documents.js'
import { anyText, longRun, mutated, piecesText, yamlText } from './arbitraries.js'
import { corpusRows, fuzz, outcomeOf, type Outcome } from './support.js'

const YAML_VALID = [
  'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/app:1.2.3\n      initContainers:\n        - image: &img busybox\n        - image: *img\n',
  'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nimages:\n  - name: app\n    newName: ghcr.io/acme/app\n    newTag: v1\n    digest: sha256:' +
    'a'.repeat(64) +
    '\n',
  'image:\n  repository: ghcr.io/acme/app\n  tag: "1.2.3"\nsidecar:\n  image: {registry: docker.io, repository: nginx, tag: latest}\n',
  'x-base: &base\n  image: ${IMAGE:-nginx:1}\nservices:\n  web:\n    <<: *base\n  db:\n    image: "postgres:${PG_VERSION:?}"\n',
]
const DOCKERFILE_VALID = [
  'ARG BASE=ghcr.io/acme/base:1\nFROM ${BASE} AS build\nFROM --platform=$BUILDPLATFORM alpine:3.20\nCOPY --from=build /a /b\n',
  '# escape=`\nFROM mcr.microsoft.com/windows:ltsc2022 `\n  AS base\nARG TAG\nFROM nginx:${TAG:-1.27}\n',
]
const DOCKERFILE_PIECES = [
  'FROM ',
  'ARG ',
  '=',
  '$',
  '${',
  '}',
  ':-',
  ':+',
  ':?',
  'AS ',
  '--platform=',
  '\\\n',
  '`\n',
  '# escape=`\n',
  '# syntax=docker/dockerfile:1\n',
  '\n',
  ' ',
  'alpine',
  'BASE',
  '"',
  "'",
  '<<EOF\n',
  'EOF\n',
  'RUN ',
  'COPY --from=',
]

const dockerfileText = fc.oneof(
  mutated(fc.constantFrom(...DOCKERFILE_VALID), DOCKERFILE_PIECES),
  piecesText(DOCKERFILE_PIECES, 40),
  longRun(['FROM ', 'ARG A=', 'FROM ${', 'ARG A\nFROM $A'], ['${', '$', '\\\n', '${A:-', '}', 'a', ' ', '`\n'], ['', '}', '\n'], 20_000),
  longRun(['ARG A0=x\n'], ['ARG A=${A}${A}\n', 'ARG B=$A$A$A$A\nARG A=$B$B$B$B\n'], ['FROM $A\n'], 40),
)

const SCANNERS = { kubernetes: scanKubernetes, kustomize: scanKustomize, 'helm-values': scanHelmValues, compose: scanCompose } as const

/** A bad file is a problem in the result, or (past a budget) a typed refusal; the harness fails anything else. */
function scannedCleanly(outcome: Outcome): void {
  expect(['returned', 'refused']).toContain(outcome.kind)
}

describe('fuzz: deployment-file scanners — needs yaml fix', () => {
  it.each(Object.entries(SCANNERS))('%s: any YAML is scanned in linear time', (_kind, scan) => {
    fuzz(
      yamlText(YAML_VALID),
      (text) => {
        const yaml = parseYamlFile('deploy/file.yaml', text)
        return scan(yaml)
      },
      100,
      scannedCleanly,
    )
  })

  it('detectKind reads any name and text', () => {
    const path = fc.constantFrom(
      'Dockerfile',
      'deploy/a.yaml',
      'compose.yml',
      'values-prod.yaml',
      'kustomization.yaml',
      'x.json',
      'a\\b.YAML',
      'Dockerfile.dockerignore',
      '',
    )
    fuzz(fc.tuple(path, yamlText(YAML_VALID)), ([name, text]) => detectKind(name, text), 100, scannedCleanly)
  })
})

describe("fuzz: Dockerfiles — needs yaml fix (the scanners' budgets)", () => {
  it('scanDockerfile reads any Dockerfile in linear time, ARG expansion included', () => {
    fuzz(dockerfileText, (text) => scanDockerfile('Dockerfile', text), 400, scannedCleanly)
  })
})

describe('fuzz: Compose interpolation', () => {
  it('Compose interpolation reads any value in linear time', () => {
    const value = fc.oneof(
      piecesText(['$', '$$', '{', '}', '${', ':-', '-', ':?', '?', ':+', '+', 'A', '_', '1', 'nginx:', ' '], 30),
      anyText,
      longRun(['', '${A:-', 'x'], ['${', '$', '${A:-', '}', '$$', '$A'], ['', '}'], 30_000),
    )
    fuzz(value, interpolate, 500, scannedCleanly)
  })
})

describe('regression corpus: scanners — needs yaml fix', () => {
  it.each(corpusRows('scan'))('%s', (_title, entry) => {
    // The file name says the kind: `Dockerfile-…` is a Dockerfile; `<kind>-….yaml` a YAML file of that kind.
    const kind = (Object.keys(SCANNERS) as (keyof typeof SCANNERS)[]).find((name) => entry.name.startsWith(`${name}-`))
    scannedCleanly(
      outcomeOf(
        () =>
          entry.name.startsWith('Dockerfile') ? scanDockerfile(entry.name, entry.text) : SCANNERS[kind ?? 'kubernetes'](parseYamlFile(entry.name, entry.text)),
        entry.name,
      ),
    )
  })
})
