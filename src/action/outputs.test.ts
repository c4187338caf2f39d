import { describe, expect, it } from 'vitest'
import type { Metadata } from '../tags/index.js'
import { shouldExportOutputEnv, writeFindingsOutput } from './output-sink.js'
import { writeMetadataOutputs } from './outputs.js'

const metadata: Metadata = {
  version: '1.2.3',
  images: ['ghcr.io/acme/app'],
  tags: ['ghcr.io/acme/app:1.2.3', 'ghcr.io/acme/app:1.2'],
  tagNames: ['1.2.3', '1.2'],
  labels: ['org.opencontainers.image.title=app', 'org.opencontainers.image.version=1.2.3'],
  annotations: ['manifest:org.opencontainers.image.title=app'],
  warnings: [],
  origins: [],
  changes: [],
}

describe('writeMetadataOutputs', () => {
  it('writes every output with its separator and exports the metadata-action variables', () => {
    const outputs: Record<string, string> = {}
    const exported: Record<string, string> = {}
    writeMetadataOutputs(
      metadata,
      { 'sep-tags': ',', 'sep-labels': '\n', 'sep-annotations': '\n' },
      {
        setOutput: (name, value) => (outputs[name] = value),
        exportVariable: (name, value) => (exported[name] = value),
        exportEnv: true,
      },
    )
    expect(outputs).toEqual({
      version: '1.2.3',
      tags: 'ghcr.io/acme/app:1.2.3,ghcr.io/acme/app:1.2',
      'tag-names': '1.2.3,1.2',
      labels: 'org.opencontainers.image.title=app\norg.opencontainers.image.version=1.2.3',
      annotations: 'manifest:org.opencontainers.image.title=app',
      json: JSON.stringify({
        version: '1.2.3',
        tags: metadata.tags,
        'tag-names': metadata.tagNames,
        labels: { 'org.opencontainers.image.title': 'app', 'org.opencontainers.image.version': '1.2.3' },
        annotations: metadata.annotations,
      }),
    })
    expect(Object.keys(exported)).toEqual([
      'DOCKER_METADATA_OUTPUT_VERSION',
      'DOCKER_METADATA_OUTPUT_TAGS',
      'DOCKER_METADATA_OUTPUT_TAG_NAMES',
      'DOCKER_METADATA_OUTPUT_LABELS',
      'DOCKER_METADATA_OUTPUT_ANNOTATIONS',
      'DOCKER_METADATA_OUTPUT_JSON',
    ])
  })

  it.each([
    [true, ['[]'], ['DOCKER_METADATA_OUTPUT_FINDINGS']],
    [false, ['[]'], []],
  ])('findings (an empty array when none) exported: %s', (exportEnv, outputs, exported) => {
    const set: string[] = []
    const names: string[] = []
    writeFindingsOutput([], { setOutput: (_name, value) => set.push(value), exportVariable: (name) => names.push(name), exportEnv })
    expect(set).toEqual(outputs)
    expect(names).toEqual(exported)
  })

  it.each([
    [undefined, true],
    ['true', true],
    ['False', false],
    ['false', false],
  ])('DOCKER_METADATA_SET_OUTPUT_ENV=%s exports: %s', (value, expected) => {
    expect(shouldExportOutputEnv({ DOCKER_METADATA_SET_OUTPUT_ENV: value })).toBe(expected)
  })
})
