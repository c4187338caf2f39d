/**
 * JavaScript regexes from user input (type=match `pattern`, semver/pep440 `match`, policy `re:`)
 * run on RE2 (re2js): time linear in the input, so no pattern backtracks for minutes (issue 12).
 * The `RegExp` stays the rule's value (it is validated by the JavaScript engine first, which gives
 * the same syntax errors as before, and is never executed); its RE2 translation is compiled once
 * and kept beside it.
 */
import { regexEngine } from './engine.js'
import { RegexBudgetError, UnsupportedRegexError } from './errors.js'
import { checkFoldCost } from './fold-cost.js'
import { checkPatternSize } from './pattern-size.js'
import { translateToRe2 } from './translate.js'
import type { RE2JS } from 're2js'
import { errorMessage } from '../errors.js'

/**
 * Instructions × characters one match call may cost. re2js runs about 30 ns per unit when it
 * tracks capture groups (measured: `(.*a){200}`, 1,002 instructions, on 100,000 characters took
 * 3.2 s), so this keeps any match near 0.3 s; tags and repository names (a few hundred characters)
 * stay far below it with any pattern RE2 accepts (its counted repetitions stop at {1000}).
 */
export const MATCH_BUDGET = 10_000_000

interface Compiled {
  readonly re2: RE2JS
  readonly global: boolean
  readonly sticky: boolean
  readonly unicode: boolean
}

const compiledRegexes = new WeakMap<RegExp, Compiled>()

/** Throws `UnsupportedRegexError` when the regex cannot run on RE2; else compiles it for later matches. */
export function checkLinearRegex(regex: RegExp): void {
  compiled(regex)
}

/**
 * `input.match(regex)` as JavaScript answers it: without `g`, the first match and its groups
 * (`undefined` for a group that took no part); with `g`, the whole matches, of which only the first
 * `maxMatches` are looked for. `y` anchors each match where the previous one ended.
 */
export function matchLikeString(regex: RegExp, input: string, maxMatches = Number.POSITIVE_INFINITY): (string | undefined)[] | null {
  const { re2, global, sticky, unicode } = compiled(regex)
  const matcher = re2.matcher(input)
  const budget = new Budget(re2.programSize())
  if (!global) {
    budget.charge(input.length)
    if (!matcher.find(0) || (sticky && matcher.start() !== 0)) return null
    return Array.from({ length: re2.groupCount() + 1 }, (_, group) => matcher.group(group) ?? undefined)
  }
  const matches: string[] = []
  let position = 0
  while (matches.length < maxMatches && position <= input.length) {
    budget.charge(input.length - position)
    if (!matcher.find(position) || (sticky && matcher.start() !== position)) break
    matches.push(matcher.group(0) ?? '')
    // An empty match moves on one character (one code point with `u`), as RegExp.prototype[Symbol.match] does.
    position = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + (unicode && (input.codePointAt(matcher.end()) ?? 0) > 0xffff ? 2 : 1)
  }
  return matches.length === 0 ? null : matches
}

/** Whether the whole input matches, as `^(?:…)$` would (policy patterns are anchored at both ends). */
export function testWholeLinear(regex: RegExp, input: string): boolean {
  const { re2 } = compiled(regex)
  new Budget(re2.programSize()).charge(input.length)
  return re2.testExact(input)
}

class Budget {
  private spent = 0

  constructor(private readonly programSize: number) {}

  charge(characters: number): void {
    this.spent += this.programSize * (characters + 1)
    if (this.spent > MATCH_BUDGET) throw new RegexBudgetError(this.programSize, characters, MATCH_BUDGET)
  }
}

function compiled(regex: RegExp): Compiled {
  const known = compiledRegexes.get(regex)
  if (known !== undefined) return known
  checkPatternSize(regex.source)
  const { RE2JS, parser, visit } = regexEngine()
  let pattern: ReturnType<typeof parser.parsePattern>
  try {
    pattern = parser.parsePattern(regex.source, 0, regex.source.length, { unicode: regex.unicode, unicodeSets: regex.flags.includes('v') })
  } catch (error) {
    throw new UnsupportedRegexError(
      `cannot be read as ECMAScript 2025: ${errorMessage(error)}`,
      'write it in the syntax of https://github.com/google/re2/wiki/Syntax, which JavaScript also reads',
    )
  }
  checkFoldCost(pattern, regex.ignoreCase, visit)
  const translated = translateToRe2(pattern, { ignoreCase: regex.ignoreCase, multiline: regex.multiline, dotAll: regex.dotAll })
  let re2: RE2JS
  try {
    re2 = RE2JS.compile(translated)
  } catch (error) {
    const reason = errorMessage(error).replace(/^error parsing regexp: /, '')
    throw new UnsupportedRegexError(
      `is refused by the linear-time engine (RE2 syntax): ${reason}`,
      'stay within RE2 syntax (counted repetitions at most {1000}): https://github.com/google/re2/wiki/Syntax',
    )
  }
  const result = { re2, global: regex.global, sticky: regex.sticky, unicode: regex.unicode || regex.flags.includes('v') }
  compiledRegexes.set(regex, result)
  return result
}
