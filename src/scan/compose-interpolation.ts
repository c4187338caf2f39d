/**
 * Compose variable interpolation (https://docs.docker.com/reference/compose-file/interpolation/):
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR?err}`,
 * `${VAR:+alt}`, `${VAR+alt}`, nested, and `$$` for a literal `$`. The variables are those the
 * repository's files set (the project's `.env`, or the env files named by the `env-file` input);
 * the shell environment of whoever runs the check is never read (docs/policy.md#compose-variables).
 * A variable no file sets is unknown unless a default decides it.
 */
import { closingBrace } from './braces.js'

/** Where a variable's value is written: its line in an env file, for findings and related locations. */
export interface VariableOrigin {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly endColumn: number
}

/** A variable an env file sets; `unknown` not empty when its own value depends on something no file sets. */
export interface Variable {
  readonly name: string
  readonly value: string
  readonly unknown: readonly string[]
  readonly origin: VariableOrigin
}

export type Variables = ReadonlyMap<string, Variable>

/** The characters `[start, end)` of an interpolated value that one variable's value supplied. */
export interface InterpolationSource {
  readonly start: number
  readonly end: number
  readonly variable: Variable
}

export interface Interpolation {
  /** The value with every default applied; meaningful only when `unknown` is empty. */
  readonly value: string
  /** One phrase per variable the files cannot decide, e.g. `${TAG} has no default`. */
  readonly unknown: readonly string[]
  /** Which parts of `value` came from which variable, in order. */
  readonly sources: readonly InterpolationSource[]
}

export interface InterpolationOptions {
  /** The variables the env files set; none: the file alone decides (defaults only). */
  readonly variables?: Variables
  /** How the env files are named in messages, e.g. `deploy/.env`. */
  readonly label?: string
  /** The longest value built; past it the value is unknown (an env file can double a value per line). */
  readonly maxLength?: number
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/
/** The same name, matched where `$` left off without copying the rest of the value. */
const NAME_AT = /[A-Za-z_][A-Za-z0-9_]*/y

/**
 * Defaults nest (`${A:-${B:-${C:-x}}}`), each level a recursion and a rescan of its text; past this
 * many levels the value is unknown rather than the stack exhausted (issue 12).
 */
export const MAX_NESTING = 32

/** An image reference is at most a few hundred characters; a value far longer is not one. */
export const MAX_INTERPOLATED_LENGTH = 64 * 1024

/** Reasons kept per value: enough to say what to fix, without one per repetition of a variable. */
const MAX_REASONS = 8

type Part = { value: string; unknown: string[]; sources: InterpolationSource[] }

const unknownPart = (phrase: string): Part => ({ value: '', unknown: [phrase], sources: [] })

function fromVariable(variable: Variable, label: string): Part {
  if (variable.unknown.length > 0) {
    // Only the first reason, clipped: quoting each variable's reasons in the next would grow them per line.
    const why = variable.unknown[0]!
    return unknownPart(`${variable.name} in ${label} line ${variable.origin.line} is not known: ${why.length > 160 ? `${why.slice(0, 160)}…` : why}`)
  }
  return { value: variable.value, unknown: [], sources: [{ start: 0, end: variable.value.length, variable }] }
}

function unset(options: InterpolationOptions): string {
  return options.variables === undefined ? 'has no default' : `has no default and ${options.label ?? 'the env file'} does not set it`
}

/** `${…}` body: the name, then `:-` / `-` (default), `:?` / `?` (required) or `:+` / `+` (alternative). */
function braced(body: string, options: InterpolationOptions, depth: number): Part {
  const name = NAME.exec(body)?.[0]
  if (name === undefined) return unknownPart(`\${${body}} is not a valid interpolation`)
  const rest = body.slice(name.length)
  const operator = /^:?[-?+]/.exec(rest)?.[0] ?? ''
  if (rest !== '' && operator === '') return unknownPart(`\${${body}} is not a valid interpolation`)
  const word = rest.slice(operator.length)
  const variable = options.variables?.get(name)
  const label = options.label ?? 'the env file'
  // `:` makes an empty value count as unset (https://docs.docker.com/reference/compose-file/interpolation/).
  const set = variable !== undefined && (variable.value !== '' || !operator.startsWith(':') || variable.unknown.length > 0)
  if (operator.endsWith('+')) {
    if (variable === undefined && options.variables === undefined) return unknownPart(`\${${name}${operator}…} depends on whether ${name} is set`)
    if (variable?.unknown.length) return fromVariable(variable, label)
    return set ? interpolateParts(word, options, depth + 1) : { value: '', unknown: [], sources: [] }
  }
  if (set) return fromVariable(variable, label)
  if (operator.endsWith('-')) return interpolateParts(word, options, depth + 1)
  if (operator.endsWith('?')) {
    const why = variable === undefined ? 'has no default' : `is empty in ${label} line ${variable.origin.line}`
    return unknownPart(`\${${name}} must be set at deploy time (${operator}) and ${why}`)
  }
  return unknownPart(`\${${name}} ${unset(options)}`)
}

function interpolateParts(raw: string, options: InterpolationOptions, depth: number): Part {
  if (depth > MAX_NESTING) return unknownPart(`defaults are nested more than ${MAX_NESTING} deep`)
  const maxLength = options.maxLength ?? MAX_INTERPOLATED_LENGTH
  const out: Part = { value: '', unknown: [], sources: [] }
  const append = (part: Part): boolean => {
    const offset = out.value.length
    out.value += part.value
    for (const phrase of part.unknown) if (out.unknown.length < MAX_REASONS && !out.unknown.includes(phrase)) out.unknown.push(phrase)
    for (const source of part.sources) out.sources.push({ ...source, start: source.start + offset, end: source.end + offset })
    return out.value.length <= maxLength
  }
  let i = 0
  while (i < raw.length) {
    let part: Part
    if (raw[i] !== '$') {
      const next = raw.indexOf('$', i)
      const end = next === -1 ? raw.length : next
      part = { value: raw.slice(i, end), unknown: [], sources: [] }
      i = end
    } else if (raw[i + 1] === '$') {
      part = { value: '$', unknown: [], sources: [] }
      i += 2
    } else if (raw[i + 1] === '{') {
      const close = closingBrace(raw, i)
      if (close === -1) {
        out.unknown.push(`${raw.slice(i, i + 64)} is an unclosed interpolation`)
        break
      }
      part = braced(raw.slice(i + 2, close), options, depth)
      i = close + 1
    } else {
      NAME_AT.lastIndex = i + 1
      const name = NAME_AT.exec(raw)?.[0]
      if (name === undefined) {
        part = { value: '$', unknown: [], sources: [] }
        i++
      } else {
        const variable = options.variables?.get(name)
        part = variable !== undefined ? fromVariable(variable, options.label ?? 'the env file') : unknownPart(`$${name} ${unset(options)}`)
        i += 1 + name.length
      }
    }
    if (!append(part)) {
      return { value: '', unknown: [`the value grows past ${maxLength} characters once variables are filled in`], sources: [] }
    }
  }
  return out
}

/** `raw` with its variables filled in from `options.variables` and its defaults applied. */
export function interpolate(raw: string, options: InterpolationOptions = {}): Interpolation {
  return interpolateParts(raw, options, 0)
}
