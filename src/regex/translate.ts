/**
 * Translates a parsed JavaScript regex (regexpp's syntax tree) into RE2 syntax with the same
 * meaning, or refuses the constructs RE2 cannot run in linear time. Every literal is written as
 * `\x{…}` and every class JavaScript and RE2 read differently (`.`, `\s`) is spelled out, so RE2-only
 * syntax such as `\z` or `\Q` keeps its JavaScript meaning (a plain `z`, `Q`) instead of changing it.
 */
import type { AST } from '@eslint-community/regexpp'
import { ANY, jsDot, jsSpaceItems, NOTHING, re2Literal } from './char-ranges.js'
import { UnsupportedRegexError } from './errors.js'

export interface RegexMode {
  readonly ignoreCase: boolean
  readonly multiline: boolean
  readonly dotAll: boolean
}

const RE2_SYNTAX = 'https://github.com/google/re2/wiki/Syntax'
const NO_LOOKAROUND = `match that part itself, or capture what you need in a group (type=match: group=N); RE2 syntax: ${RE2_SYNTAX}`

export function translateToRe2(pattern: AST.Pattern, mode: RegexMode): string {
  const body = alternatives(pattern.alternatives, mode)
  return mode.ignoreCase ? `(?i:${body})` : body
}

function alternatives(list: readonly AST.Alternative[], mode: RegexMode): string {
  return list.map((alternative) => alternative.elements.map((element) => translateElement(element, mode)).join('')).join('|')
}

function translateElement(element: AST.Element, mode: RegexMode): string {
  switch (element.type) {
    case 'Character':
      return re2Literal(element.value)
    case 'CharacterSet':
      return characterSet(element, mode)
    case 'CharacterClass':
      return characterClass(element)
    case 'ExpressionCharacterClass':
      throw unsupported(element, 'a class set operation (v flag)', `write the class out with ranges, e.g. [a-z]; RE2 syntax: ${RE2_SYNTAX}`)
    case 'Group':
      return group(element, mode)
    case 'CapturingGroup':
      // Groups are read by number; names are dropped, so JavaScript names RE2 would refuse (`(?<año>…)`, one name in two alternatives) keep working.
      return `(${alternatives(element.alternatives, mode)})`
    case 'Quantifier':
      return `(?:${translateElement(element.element, mode)})${quantifier(element)}`
    case 'Assertion':
      return assertion(element, mode)
    case 'Backreference':
      throw unsupported(element, 'a backreference', `spell the repeated part out, e.g. (a)\\1 as (a)a; RE2 syntax: ${RE2_SYNTAX}`)
  }
}

function quantifier(node: AST.Quantifier): string {
  const { min, max } = node
  let text: string
  if (max === Infinity) text = min === 0 ? '*' : min === 1 ? '+' : `{${min},}`
  else if (min === 0 && max === 1) text = '?'
  else text = min === max ? `{${min}}` : `{${min},${max}}`
  return node.greedy ? text : `${text}?`
}

/** `(?i-s:…)` modifiers (ES2025): `i` is handed to RE2, `m` and `s` change how we spell anchors and dots. */
function group(node: AST.Group, mode: RegexMode): string {
  if (node.modifiers === null) return `(?:${alternatives(node.alternatives, mode)})`
  const { add, remove } = node.modifiers
  const inner: RegexMode = {
    ignoreCase: add.ignoreCase || (mode.ignoreCase && !(remove?.ignoreCase ?? false)),
    multiline: add.multiline || (mode.multiline && !(remove?.multiline ?? false)),
    dotAll: add.dotAll || (mode.dotAll && !(remove?.dotAll ?? false)),
  }
  const flag = inner.ignoreCase === mode.ignoreCase ? '' : inner.ignoreCase ? 'i' : '-i'
  return `(?${flag}:${alternatives(node.alternatives, inner)})`
}

function assertion(node: AST.Assertion, mode: RegexMode): string {
  switch (node.kind) {
    case 'start':
      return mode.multiline ? '(?m:^)' : '^'
    case 'end':
      // RE2's `$` without `m` is the end of the text, like JavaScript's (not Perl's `\Z`).
      return mode.multiline ? '(?m:$)' : '$'
    case 'word':
      return node.negate ? '\\B' : '\\b'
    case 'lookahead':
      throw unsupported(node, node.negate ? 'a negative lookahead' : 'a lookahead', NO_LOOKAROUND)
    case 'lookbehind':
      throw unsupported(node, node.negate ? 'a negative lookbehind' : 'a lookbehind', NO_LOOKAROUND)
  }
}

function characterSet(node: AST.CharacterSet, mode: RegexMode): string {
  if (node.kind === 'any') return jsDot(mode.dotAll)
  // `\S` as a negated class of the few spaces: cheaper for RE2 to fold under `i` than the ranges between them.
  if (node.kind === 'space') return `[${node.negate ? '^' : ''}${jsSpaceItems(false)}]`
  return `[${classItem(node)}]`
}

function characterClass(node: AST.CharacterClass): string {
  if (node.elements.length === 0) return node.negate ? ANY : NOTHING
  const items = node.elements.map((element) => classElement(element)).join('')
  return `[${node.negate ? '^' : ''}${items}]`
}

function classElement(element: AST.CharacterClassElement): string {
  switch (element.type) {
    case 'Character':
      return re2Literal(element.value)
    case 'CharacterClassRange':
      return `${re2Literal(element.min.value)}-${re2Literal(element.max.value)}`
    case 'CharacterSet':
      return classItem(element)
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
    case 'ClassStringDisjunction':
      throw unsupported(element, 'a nested class or string set (v flag)', `write the class out with ranges, e.g. [a-z]; RE2 syntax: ${RE2_SYNTAX}`)
  }
}

/** `\d`, `\w` (ASCII in both engines), JavaScript's `\s`, and `\p{…}`, as items of an RE2 class. */
function classItem(node: AST.EscapeCharacterSet | AST.UnicodePropertyCharacterSet): string {
  switch (node.kind) {
    case 'digit':
      return node.negate ? '\\D' : '\\d'
    case 'word':
      return node.negate ? '\\W' : '\\w'
    case 'space':
      return jsSpaceItems(node.negate)
    case 'property':
      if (node.strings || (node.value !== null && !['General_Category', 'gc', 'Script', 'sc'].includes(node.key))) {
        throw unsupported(
          node,
          'a Unicode property RE2 does not have',
          `use a general category or a script, e.g. \\p{L}, \\p{Lu} or \\p{Greek}; RE2 syntax: ${RE2_SYNTAX}`,
        )
      }
      return `\\${node.negate ? 'P' : 'p'}{${node.value ?? node.key}}`
  }
}

function unsupported(node: AST.Node, what: string, hint: string): UnsupportedRegexError {
  return new UnsupportedRegexError(
    `uses ${what} \`${shorten(node.raw)}\` (at character ${node.start + 1}), which the linear-time engine (RE2 syntax) does not have`,
    hint,
  )
}

function shorten(raw: string): string {
  return raw.length <= 40 ? raw : `${raw.slice(0, 37)}...`
}
