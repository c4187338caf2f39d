/**
 * Compose variable interpolation (compose-spec "Interpolation"), evaluated without an environment:
 * the file alone decides only the parts that carry a default. `$$` is a literal `$`.
 */
import { closingBrace } from './braces.js'

export interface Interpolation {
  /** The value with every default applied; meaningful only when `unknown` is empty. */
  readonly value: string
  /** One phrase per variable the file cannot decide, e.g. `${TAG} has no default`. */
  readonly unknown: readonly string[]
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/

/**
 * Defaults nest (`${A:-${B:-${C:-x}}}`), each level a recursion and a rescan of its text; past this
 * many levels the value is unknown rather than the stack exhausted (issue 12).
 */
export const MAX_NESTING = 32

/** `${…}` body: the name, then `:-` / `-` (default), `:?` / `?` (required) or `:+` / `+` (alternative). */
function braced(body: string, depth: number): Interpolation {
  const name = NAME.exec(body)?.[0]
  if (name === undefined) return { value: '', unknown: [`\${${body}} is not a valid interpolation`] }
  const rest = body.slice(name.length)
  const operator = /^:?[-?+]/.exec(rest)?.[0] ?? ''
  const word = rest.slice(operator.length)
  if (rest === '') return { value: '', unknown: [`\${${name}} has no default`] }
  if (operator.endsWith('-')) return interpolate(word, depth + 1)
  if (operator.endsWith('?')) return { value: '', unknown: [`\${${name}} must be set at deploy time (${operator}) and has no default`] }
  if (operator.endsWith('+')) return { value: '', unknown: [`\${${name}${operator}…} depends on whether ${name} is set`] }
  return { value: '', unknown: [`\${${body}} is not a valid interpolation`] }
}

export function interpolate(raw: string, depth = 0): Interpolation {
  if (depth > MAX_NESTING) return { value: '', unknown: [`defaults are nested more than ${MAX_NESTING} deep`] }
  let value = ''
  const unknown: string[] = []
  let i = 0
  while (i < raw.length) {
    if (raw[i] !== '$') {
      value += raw[i]
      i++
    } else if (raw[i + 1] === '$') {
      value += '$'
      i += 2
    } else if (raw[i + 1] === '{') {
      const close = closingBrace(raw, i)
      if (close === -1) {
        unknown.push(`${raw.slice(i)} is an unclosed interpolation`)
        break
      }
      const part = braced(raw.slice(i + 2, close), depth)
      value += part.value
      unknown.push(...part.unknown)
      i = close + 1
    } else {
      const name = NAME.exec(raw.slice(i + 1))?.[0]
      if (name === undefined) {
        value += '$'
        i++
      } else {
        unknown.push(`$${name} has no default`)
        i += 1 + name.length
      }
    }
  }
  return { value, unknown }
}
