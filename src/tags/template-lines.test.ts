/**
 * The tags command loads Handlebars only when `needsTemplateEngine` says an input line holds a
 * template outside the simple subset. The templates are read from the line's CSV fields later, so
 * every template a line it passes can yield must be in the subset, or rendering would find no engine.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseRecord, rejoinRecord, splitField, type InputLine } from './list-input.js'
import { readSimpleTemplate } from './template-subset.js'
import { needsTemplateEngine } from './templates.js'

describe('which input lines need Handlebars', () => {
  it.each([
    ['type=sha', false],
    ['type=semver,pattern={{version}}', false],
    ['type=semver,pattern={{major}}.{{minor}}', false],
    ['type=raw,value={{branch}}-{{sha}}', false],
    ["type=schedule,pattern={{date 'YYYYMMDD'}}", false],
    ['type=sha,prefix=sha-', false],
    ['org.opencontainers.image.version={{ version }}', false],
    ['type=raw,value=latest,enable={{is_default_branch}}', false],
    ['type=raw,value={{#if is_default_branch}}latest{{/if}}', true],
    ['type=raw,value={{branchh}}', true],
    ["type=schedule,pattern={{date 'YYYYMMDD' tz='Europe/Paris'}}", true],
    // Quotes, commas and `=` inside a mustache change the fields the line is cut into.
    ['"type=raw,value={{branch}}"', true],
    ["type=raw,value={{date 'a,b'}}", true],
    ["type=raw,{{date 'a=b'}}", true],
    ['type=raw,value={{date "YYYY"}}', true],
  ])('%j: %s', (line, expected) => {
    expect(needsTemplateEngine(line)).toBe(expected)
  })
})

/** Every template the tags, flavor, labels and annotations readers take from the line. */
function templatesOf(text: string): string[] {
  const line: InputLine = { input: 'tags', line: 1, text }
  const fields = parseRecord(line).map((field) => splitField(line, field).value)
  const record = rejoinRecord(line)
  const at = record.indexOf('=')
  return at < 0 ? fields : [...fields, record.slice(0, at), record.slice(at + 1)]
}

const UNITS = [
  'type=raw',
  'value=',
  ',',
  '=',
  '"',
  ' ',
  '\t',
  '\r',
  'x',
  "'",
  '{',
  '}',
  '\\',
  '\uD800',
  '{{branch}}',
  '{{ sha }}',
  "{{date 'Y'}}",
  "{{date ',' }}",
  "{{date 'a=b'}}",
  '{{date "Y"}}',
  "{{date 'a\"b'}}",
  '{{#if tag}}',
  '{{/if}}',
  '{{\rsha}}',
  "{{date '\r'}}",
]

describe('a line that needs no Handlebars yields only templates of the subset', () => {
  it('whatever the CSV pass, the quotes and the first = make of it', () => {
    let simpleLines = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 8 }), (units) => {
        const text = units.join('').trim()
        if (needsTemplateEngine(text) || !text.includes('{{')) return
        simpleLines += 1
        let templates: string[]
        try {
          templates = templatesOf(text)
        } catch {
          return // a line the CSV reader refuses is an input error before any template is read
        }
        for (const template of templates) if (template.includes('{{')) expect(readSimpleTemplate(template), template).toBeDefined()
      }),
      { numRuns: 10_000 },
    )
    expect(simpleLines).toBeGreaterThan(500)
  })
})
