import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findJsonSyntaxProblem } from './json-position.js'

/** V8's own offset, where its message gives one ("… in JSON at position 11"). */
function v8Offset(text: string): number | undefined {
  try {
    JSON.parse(text)
  } catch (error) {
    const match = / at position (\d+)/.exec((error as Error).message)
    return match === null ? undefined : Number(match[1])
  }
  throw new Error('valid JSON')
}

const offsetOf = (text: string, line: number, column: number) =>
  text
    .split('\n')
    .slice(0, line - 1)
    .reduce((sum, l) => sum + l.length + 1, 0) +
  column -
  1

describe('findJsonSyntaxProblem', () => {
  it.each([
    ['{"auths": {', 11],
    ['abc', 0],
    ['{"a": abc}', 6],
    ['{"a":"x\ny"}', 7],
    ['{"a" 1}', 5],
    ['{,}', 1],
    ['[1,]', 3],
    ['tru', 0],
    ['{"a":1}x', 7],
    ['{"a":"\\q"}', 7],
    ['{"a":"\\u12"}', 10],
    ['', 0],
    ['{"a":1,}', 7],
    ['[1 2]', 3],
    ['{"a":[1}', 7],
    ['{"a":"unterminated', 18],
    ['{"a":-}', 6],
    ['{"a":01}', 6],
    ["{'a':1}", 1],
    ['{"a":1}\n\n  }', 11],
  ])('%j breaks at offset %i', (text, offset) => {
    const problem = findJsonSyntaxProblem(text)
    expect(problem).toBeDefined()
    expect(offsetOf(text, problem!.line, problem!.column)).toBe(offset)
    const v8 = v8Offset(text)
    if (v8 !== undefined) expect(offset).toBe(v8)
  })

  it.each([
    '{"auths":{"ghcr.io":{"auth":"b2N0bzpzZWNyZXQ="}},"credsStore":"desktop"}',
    ' [1, -2.5e+3, 0, true, false, null, "\\u00e9\\n\\"", {}, []] ',
    '"just a string"',
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  ])('finds nothing wrong in valid JSON %#', (text) => {
    JSON.parse(text)
    expect(findJsonSyntaxProblem(text)).toBeUndefined()
  })

  it('counts lines and columns from 1', () => {
    expect(findJsonSyntaxProblem('{\n  "a": 1,\n  "b" 2\n}')).toMatchObject({ line: 3, column: 7 })
  })
})

describe('findJsonSyntaxProblem agrees with JSON.parse', () => {
  // Mutated JSON: pieces of valid documents, quotes, escapes, controls and brackets in any order.
  const piece = fc.constantFrom(
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '"',
    '\\',
    '\\u00',
    'a',
    '1',
    '-',
    '.',
    'e+',
    ' ',
    '\n',
    '\t',
    '\u0001',
    'true',
    'nul',
    '"k"',
    '"v"',
    '0',
    '"\\n"',
    '\u2028',
    '😀',
  )
  const mutated = fc.oneof(
    fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
    fc
      .json({ maxDepth: 4 })
      .chain((json) =>
        fc.tuple(fc.constant(json), fc.nat(json.length), fc.nat(3), piece).map(([text, at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut)),
      ),
  )
  it('finds a problem exactly when JSON.parse fails (fixed seed)', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        let valid = true
        try {
          JSON.parse(text)
        } catch {
          valid = false
        }
        expect(findJsonSyntaxProblem(text) === undefined).toBe(valid)
      }),
      { seed: 20261206, numRuns: 3000 },
    )
  })
})
