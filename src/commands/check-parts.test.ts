import { describe, expect, it } from 'vitest'
import type { Finding, RuleId } from '../policy/index.js'
import type { ImageOccurrence } from '../scan/index.js'
import { placeFinding } from './check-parts.js'
import { toSarif } from './sarif.js'

const occurrence: ImageOccurrence = {
  file: 'chart/values.yaml',
  kind: 'helm-values',
  line: 4,
  column: 8,
  endColumn: 14,
  text: 'mirror.example/bitnami/redis:latest',
  where: 'image.tag',
  parts: {
    registry: {
      file: 'chart/values.yaml',
      line: 2,
      column: 18,
      endColumn: 32,
      role: 'global.imageRegistry',
      note: 'global.imageRegistry overrides image.registry',
    },
    repository: { file: 'chart/values.yaml', line: 3, column: 15, endColumn: 28, role: 'image.repository' },
    tag: { file: 'chart/values.yaml', line: 4, column: 8, endColumn: 14, role: 'image.tag' },
  },
}

const finding = (rule: RuleId): Finding => ({
  rule,
  level: 'error',
  message: 'm',
  hint: 'h',
  location: { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn },
})

describe('a finding on an assembled reference', () => {
  it.each([
    ['tag.forbidden', '4:8', 'm', ['2:18', '3:15']],
    ['digest.required', '4:8', 'm', ['2:18', '3:15']],
    ['image.allowed', '2:18', 'm (global.imageRegistry overrides image.registry)', ['4:8', '3:15']],
    ['ref.invalid', '4:8', 'm', ['2:18', '3:15']],
  ] satisfies Array<[RuleId, string, string, string[]]>)('%s points at %s', (rule, at, message, related) => {
    const placed = placeFinding(finding(rule), occurrence)
    expect(`${placed.location?.line}:${placed.location?.column}`).toBe(at)
    expect(placed.message).toBe(message)
    expect(placed.related?.map((r) => `${r.line}:${r.column}`)).toEqual(related)
  })

  it('leaves a finding on a plain reference as it is', () => {
    const plain: ImageOccurrence = { ...occurrence, parts: undefined }
    delete (plain as { parts?: unknown }).parts
    expect(placeFinding(finding('tag.forbidden'), plain)).toEqual(finding('tag.forbidden'))
  })

  it('gives SARIF the related locations (SARIF 2.1.0 section 3.27.22)', () => {
    const [result] = (toSarif([placeFinding(finding('image.allowed'), occurrence)]).runs as { results: Record<string, unknown>[] }[])[0]!.results
    expect(result!.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: { artifactLocation: { uri: 'chart/values.yaml' }, region: { startLine: 4, startColumn: 8, endColumn: 14 } },
        message: { text: 'image.tag' },
      },
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'chart/values.yaml' }, region: { startLine: 3, startColumn: 15, endColumn: 28 } },
        message: { text: 'image.repository' },
      },
    ])
  })
})
