import { positionAt } from '../../text-position.js'
/**
 * Where a JSON text first breaks the grammar (RFC 8259), as a line and a column, without quoting
 * any of it. `JSON.parse` messages quote the input (`Unexpected token 'd', "{"auth": dXNl"...
 * is not valid JSON`), and in a Docker config the input is a password; some carry no position at all.
 * Called only after `JSON.parse` failed. No library in the tree reports a JSON syntax error by
 * position alone (the `yaml` parser accepts much that JSON refuses), so this is a small iterative
 * scanner: no recursion, whatever the nesting.
 */

export interface JsonSyntaxProblem {
  /** 1-based, counted in UTF-16 code units as the editor shows them. */
  readonly line: number
  readonly column: number
}

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value'

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const WHITESPACE = /[ \t\n\r]*/y
const HEX_RUN = /[0-9a-fA-F]{0,4}/y

export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const stack: ('{' | '[')[] = []
  let i = 0
  let state: State = 'value'
  const at = (): JsonSyntaxProblem => positionAt(text, i)
  const matchAt = (pattern: RegExp): number => {
    pattern.lastIndex = i
    return pattern.exec(text)?.[0].length ?? 0
  }
  /** Moves past a string starting at `i`; a problem when it is not one. */
  const string = (): JsonSyntaxProblem | undefined => {
    i++
    for (;;) {
      const c = text.charCodeAt(i)
      if (i >= text.length) return at() // no closing quote
      if (c === 0x22) break
      if (c < 0x20) return at() // a raw control character inside a string
      if (c !== 0x5c) {
        i++
        continue
      }
      // Positions as V8 gives them: the character after the backslash, or the first one not hex.
      i++
      const escape = text[i]
      if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
        i++
        continue
      }
      if (escape === 'u') {
        i++
        const hex = matchAt(HEX_RUN)
        i += hex
        if (hex === 4) continue
      }
      return at()
    }
    i++
    return undefined
  }
  for (;;) {
    i += matchAt(WHITESPACE)
    const c = text[i]
    if (state === 'after-value') {
      const top = stack.at(-1)
      if (top === undefined) return i < text.length ? at() : undefined // text after the value
      const close = top === '{' ? '}' : ']'
      if (c === ',') state = top === '{' ? 'key' : 'value'
      else if (c === close) stack.pop()
      else return at() // neither "," nor the closing bracket
      i++
      continue
    }
    if (state === 'colon') {
      if (c !== ':') return at()
      i++
      state = 'value'
      continue
    }
    if (state === 'key' || state === 'key-or-close') {
      if (state === 'key-or-close' && c === '}') {
        stack.pop()
        i++
        state = 'after-value'
        continue
      }
      if (c !== '"') return at() // a property name must be a string
      const problem = string()
      if (problem !== undefined) return problem
      state = 'colon'
      continue
    }
    if (state === 'value-or-close' && c === ']') {
      stack.pop()
      i++
      state = 'after-value'
      continue
    }
    if (c === '{' || c === '[') {
      stack.push(c)
      i++
      state = c === '{' ? 'key-or-close' : 'value-or-close'
      continue
    }
    if (c === '"') {
      const problem = string()
      if (problem !== undefined) return problem
    } else {
      const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, i))
      const length = word?.length ?? matchAt(NUMBER)
      if (length === 0 && c === '-') {
        i++
        return at()
      }
      if (length === 0) return at() // no value starts here
      i += length
    }
    state = 'after-value'
  }
}
