/**
 * `ARG` substitution in Dockerfile words (Dockerfile reference, "Environment replacement" and
 * "Understand how ARG and FROM interact"). Only the file is known, so a build argument is its
 * default; `--build-arg` may override it, but the default is what the file asks for.
 */
import { closingBrace } from './braces.js'

/** What a name means in a scope. */
export type ArgBinding =
  /** `ARG NAME=value`, with `unknown` carrying what its own value could not resolve. */
  | { readonly kind: 'value'; readonly value: string; readonly unknown: readonly string[] }
  /** `ARG NAME`: set only by `--build-arg`. */
  | { readonly kind: 'no-default' }
  /** BuildKit's automatic platform arguments (`TARGETARCH`, `BUILDPLATFORM`, …): set per build. */
  | { readonly kind: 'platform' }

export type ArgScope = ReadonlyMap<string, ArgBinding>

/** Names whose meaning the caller explains, e.g. an ARG declared inside a stage used by a later FROM. */
export type DescribeMissing = (name: string) => string

export interface Expansion {
  readonly value: string
  /** One sentence fragment per name the file cannot decide; empty when `value` is fully known. */
  readonly unknown: readonly string[]
}

/** Predefined in the global scope by BuildKit (Dockerfile reference, "Automatic platform ARGs in the global scope"). */
export const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'] as const

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/

/**
 * Bounds on expansion (issue 12). `ARG B=${A}${A}`, `ARG C=${B}${B}`, … doubles the value per line,
 * so 40 lines would make a 2^40-character string: a value stops growing at MAX_VALUE characters
 * (an image reference is at most a few hundred) and is then unknown. Substitutions nest in
 * defaults (`${A:-${B:-x}}`), each level a recursion and a rescan of the word: MAX_NESTING levels.
 */
export const MAX_VALUE = 4096
export const MAX_NESTING = 32
const TOO_LONG = `the value grows past ${MAX_VALUE} characters as ARGs expand`
const TOO_DEEP = `substitutions are nested more than ${MAX_NESTING} deep`

function lookup(name: string, scope: ArgScope, describeMissing: DescribeMissing): Expansion & { readonly set: boolean } {
  const binding = scope.get(name)
  if (binding?.kind === 'value') return { ...binding, set: true }
  if (binding?.kind === 'no-default') return { value: '', unknown: [`ARG ${name} has no default (it is set with --build-arg)`], set: false }
  if (binding?.kind === 'platform') return { value: '', unknown: [`${name} is set by BuildKit from the build platform`], set: false }
  return { value: '', unknown: [describeMissing(name)], set: false }
}

/** `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`. */
function braced(body: string, scope: ArgScope, escape: string, describeMissing: DescribeMissing, depth: number): Expansion {
  const name = NAME.exec(body)?.[0]
  const rest = name === undefined ? body : body.slice(name.length)
  const operator = /^:?[-+]/.exec(rest)?.[0]
  if (name === undefined || (rest !== '' && operator === undefined)) {
    return { value: '', unknown: [`\${${body}} uses a substitution this scanner does not evaluate`] }
  }
  const found = lookup(name, scope, describeMissing)
  if (operator === undefined) return found
  const word = rest.slice(operator.length)
  const empty = found.set && found.value === '' && operator.startsWith(':')
  if (operator.endsWith('-')) return found.set && !empty ? found : expandArgs(word, scope, escape, describeMissing, depth + 1)
  // `:+`/`+` yields the word only when the name is set, so an unknown name makes the result unknown.
  if (!found.set) return found
  return empty ? { value: '', unknown: [] } : expandArgs(word, scope, escape, describeMissing, depth + 1)
}

/**
 * Replaces `$NAME` and `${…}`; `escape` before `$` keeps a literal `$`. Each reason a value is
 * unknown is given once, however often the names behind it repeat.
 */
export function expandArgs(word: string, scope: ArgScope, escape: string, describeMissing: DescribeMissing, depth = 0): Expansion {
  if (depth > MAX_NESTING) return { value: '', unknown: [TOO_DEEP] }
  let value = ''
  const unknown = new Set<string>()
  const add = (part: Expansion): void => {
    value += part.value
    for (const reason of part.unknown) unknown.add(reason)
  }
  let i = 0
  while (i < word.length) {
    if (value.length > MAX_VALUE) return { value: value.slice(0, MAX_VALUE), unknown: [...unknown, TOO_LONG] }
    const ch = word[i]!
    if (ch === escape && word[i + 1] === '$') {
      value += '$'
      i += 2
    } else if (ch !== '$') {
      value += ch
      i++
    } else if (word[i + 1] === '{') {
      const close = closingBrace(word, i)
      if (close === -1) {
        unknown.add(`${word.slice(i)} is an unclosed substitution`)
        break
      }
      add(braced(word.slice(i + 2, close), scope, escape, describeMissing, depth))
      i = close + 1
    } else {
      const name = NAME.exec(word.slice(i + 1))?.[0]
      if (name === undefined) {
        value += '$'
        i++
      } else {
        add(lookup(name, scope, describeMissing))
        i += 1 + name.length
      }
    }
  }
  if (value.length > MAX_VALUE) return { value: value.slice(0, MAX_VALUE), unknown: [...unknown, TOO_LONG] }
  return { value, unknown: [...unknown] }
}
