import { Lexer } from 'yaml'
import { positionAt } from '../text-position.js'

/** Zero-width markers the lexer emits (yaml's `CST.DOCUMENT`, `CST.FLOW_END`, `CST.SCALAR`, `CST.BOM`). */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f', '\uFEFF'])
const SCALAR = '\u001f'

/**
 * Where a Go/Helm template's `{{` sits in the YAML structure itself, or undefined when every `{{`
 * of the text is inside a string value or a comment (issue 15).
 *
 * A manifest whose shell command mentions `{{PROJECT_ID}}` is plain YAML and must be scanned; a
 * template with `{{- if … }}` on its own line, or `image: {{ .Values.image }}` unquoted, is not YAML
 * until rendered (the latter even parses, as a map, and would hide its image). The lexer tells the
 * two apart: inside a scalar or a comment `{{` is text; anywhere else YAML reads it as two
 * flow-mapping openers. The lexer is a loop (src/yaml/token-budget.ts runs it on every file first).
 */
export function structuralTemplateAt(text: string): { line: number; column: number } | undefined {
  if (!text.includes('{{')) return undefined
  let offset = 0
  let scalarNext = false
  let previousOpen: number | undefined
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      if (token === SCALAR) scalarNext = true
      if (token !== '\uFEFF') continue
    }
    const start = offset
    offset += token.length
    const isText = scalarNext || token.startsWith('#') || token.startsWith('"') || token.startsWith("'")
    scalarNext = false
    if (isText) {
      previousOpen = undefined
      continue
    }
    if (token === '{') {
      if (previousOpen !== undefined && previousOpen === start - 1) return positionAt(text, previousOpen)
      previousOpen = start
      continue
    }
    previousOpen = undefined
    const inside = token.indexOf('{{')
    if (inside !== -1) return positionAt(text, start + inside)
  }
  return undefined
}
