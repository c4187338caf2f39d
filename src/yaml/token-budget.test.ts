import fc from 'fast-check'
import { isMap, isPair, isSeq, parseDocument, stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { YamlLimitError } from './errors.js'
import { DEFAULT_YAML_LIMITS } from './limits.js'
import { checkTokenBudget } from './token-budget.js'

/** Levels of collections, the way yaml's composer recurses: a scalar is 0, `[x]` is 1. */
function realDepth(node: unknown): number {
  if (isPair(node)) return Math.max(realDepth(node.key), realDepth(node.value))
  if (isMap(node) || isSeq(node)) return 1 + Math.max(0, ...node.items.map((item: unknown) => realDepth(item)))
  return 0
}

function refusedAt(text: string, maxDepth: number): boolean {
  try {
    checkTokenBudget('x.yaml', text, { ...DEFAULT_YAML_LIMITS, maxDepth })
    return false
  } catch (error) {
    if (error instanceof YamlLimitError) return true
    throw error
  }
}

const nested = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.oneof(fc.string(), fc.integer(), fc.constant(null)), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), tie('value'), { maxKeys: 3 }),
})).value

/**
 * The depth measured before parsing must never be below the real one: an underestimate is what
 * lets a deep file reach yaml's recursive composer. Real files in every style yaml writes.
 */
describe('checkTokenBudget', () => {
  it.each([
    ['block', {}],
    ['block, sequences not indented', { indentSeq: false }],
    ['flow', { collectionStyle: 'flow' as const }],
    ['block with 4-space indentation', { indent: 4 }],
  ])('counts at least the real depth of %s YAML', (_, options) => {
    fc.assert(
      fc.property(nested, (value) => {
        const text = stringify(value, options)
        const depth = realDepth(parseDocument(text).contents)
        if (depth === 0) return
        expect(refusedAt(text, depth - 1), text).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it.each([
    ['- - - x'],
    ['- a:\n  - b:\n    - c: d'],
    ['a:\n- b:\n  - c'],
    ['? - a\n  - b\n: - c'],
    ['a: &x\n  b: [c, {d: [e]}]\nf: *x'],
    ['a:\n  b:\n    c: |\n      text\n        more\n    d:\n      e: 1'],
    ['a: "x\n  y"\nb:\n  - "c":\n      d: [1]'],
    ['!!map\na: !!seq\n- !!map\n  b: c'],
    ['a: [b, {c: [d,\n  {e: f}]}]'],
    ['- >\n  folded\n- - x'],
  ])('counts at least the real depth of %j', (text) => {
    const depth = realDepth(parseDocument(text).contents)
    expect(parseDocument(text).errors).toEqual([])
    expect(refusedAt(text, depth - 1)).toBe(true)
    expect(refusedAt(text, depth + 2)).toBe(false)
  })
})
