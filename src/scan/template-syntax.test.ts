import { describe, expect, it } from 'vitest'
import { structuralTemplateAt } from './template-syntax.js'

const lines = (...l: string[]) => `${l.join('\n')}\n`

describe('structuralTemplateAt', () => {
  it.each([
    ['no braces at all', lines('kind: Pod', 'spec: {containers: [{image: a:1}]}')],
    ['a plain scalar in a shell command', lines('args:', '- gcloud --project={{PROJECT_ID}} deploy', '- echo {{ x }}')],
    ['a double-quoted value', lines('image: "{{ .Values.image }}"')],
    ['a single-quoted value', lines("image: '{{ .Values.image }}'")],
    ['a block scalar', lines('script: |', '  {{- if .x }}', '  echo {{ y }}')],
    ['a comment', lines('# {{ .Values.image }}', 'kind: Pod # {{ x }}')],
    ['a quoted value inside flow', lines('args: ["--p={{P}}", "{{ q }}"]')],
    ['a flow map of a flow map with a space', lines('a: { {b: c}: d }')],
    ['a byte order mark first', '\uFEFFargs: ["{{x}}"]\n'],
  ])('none in %s', (_, text) => {
    expect(structuralTemplateAt(text)).toBeUndefined()
  })

  it.each([
    ['an unquoted value', lines('kind: Pod', 'image: {{ .Values.image }}'), 2, 8],
    ['an action at the very start', lines('{{- if .Values.enabled }}', 'kind: Pod'), 1, 1],
    ['a plain value in a flow sequence (flow context ends plain text at {)', lines('command: [sh, -c, echo {{ x }}]'), 1, 24],
    ['an action on its own line', lines('kind: Pod', '{{- if .Values.enabled }}', 'spec: {}', '{{- end }}'), 2, 1],
    ['an indented action', lines('spec:', '  {{- with .Values.x }}', '  a: 1'), 2, 3],
    ['a value after a byte order mark', '\uFEFFimage: {{ x }}\n', 1, 9],
    ['a key', lines('metadata:', '  {{ .Name }}: x'), 2, 3],
    ['a sequence entry', lines('items:', '- {{ .Values.item }}'), 2, 3],
    ['after a string with braces', lines('a: "{{ ok }}"', 'b: {{ bad }}'), 2, 4],
  ])('found in %s', (_, text, line, column) => {
    expect(structuralTemplateAt(text)).toEqual({ line, column })
  })

  it('looks at a 1 MB file of "{{" in linear time', () => {
    const start = performance.now()
    expect(structuralTemplateAt(`a: ${'{{'.repeat(250_000)}\n`)).toEqual({ line: 1, column: 4 })
    expect(structuralTemplateAt(`a: "${'{{'.repeat(250_000)}"\n`)).toBeUndefined()
    expect(performance.now() - start).toBeLessThan(2_000)
  })
})
