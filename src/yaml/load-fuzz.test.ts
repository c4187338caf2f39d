import fc from 'fast-check'
import { isMap, isPair, isSeq } from 'yaml'
import { describe, expect, it } from 'vitest'
import { YamlLimitError } from './errors.js'
import { DEFAULT_YAML_LIMITS } from './limits.js'
import { loadYaml } from './load.js'

function realDepth(node: unknown): number {
  if (isPair(node)) return Math.max(realDepth(node.key), realDepth(node.value))
  if (isMap(node) || isSeq(node)) return 1 + Math.max(0, ...node.items.map((item: unknown) => realDepth(item)))
  return 0
}

/** Pieces of YAML syntax, so random texts reach nesting, anchors, quoting and documents often. */
const PIECES = [
  '[',
  ']',
  '{',
  '}',
  '- ',
  '? ',
  ': ',
  ':',
  ',',
  ' ',
  '  ',
  '\n',
  '"',
  "'",
  '&a ',
  '*a',
  '!!str ',
  '|\n',
  '>\n',
  '# c',
  '---\n',
  '...\n',
  '<<: ',
  'x',
  'k: ',
  '\t',
]
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((parts) => parts.join(''))

describe('loadYaml on random YAML-like text', () => {
  it('returns documents no deeper than the limit, or refuses with a YamlLimitError', () => {
    const limits = { ...DEFAULT_YAML_LIMITS, maxDepth: 8 }
    fc.assert(
      fc.property(soup, (text) => {
        let documents
        try {
          documents = loadYaml('x.yaml', text, { merge: true }, limits).documents
        } catch (error) {
          expect(error).toBeInstanceOf(YamlLimitError)
          return
        }
        for (const document of documents) expect(realDepth(document.contents), text).toBeLessThanOrEqual(limits.maxDepth)
      }),
      { numRuns: 2_000 },
    )
  })
})
