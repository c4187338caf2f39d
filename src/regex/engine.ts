/**
 * The linear-time regex engine and the JavaScript regex parser, loaded on first need.
 *
 * re2js (a pure-JS port of RE2/J, https://github.com/le0pard/re2js) matches in time linear in the
 * input, so no pattern can backtrack for minutes (issue 12: `re:(a|a)*b`); unlike the native `re2`
 * package it bundles with ncc. @eslint-community/regexpp (ESLint's parser of ECMAScript regexes)
 * gives the exact JavaScript syntax tree, so patterns keep their JavaScript meaning when translated.
 * Together they cost about 12 ms at start-up, so they load only when an input holds a regex (the
 * tags command and the policy reader await `loadRegexSupport` then), and matching stays synchronous.
 */
import type { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp'
import type { RE2JS } from 're2js'

export interface RegexEngine {
  readonly RE2JS: typeof RE2JS
  readonly parser: RegExpParser
  readonly visit: typeof visitRegExpAST
}

let engine: RegexEngine | undefined

export async function loadRegexSupport(): Promise<void> {
  if (engine !== undefined) return
  const [re2js, regexpp] = await Promise.all([import('re2js'), import('@eslint-community/regexpp')])
  engine = { RE2JS: re2js.RE2JS, parser: new regexpp.RegExpParser({ ecmaVersion: 2025 }), visit: regexpp.visitRegExpAST }
}

export function regexEngine(): RegexEngine {
  if (engine === undefined) throw new Error('regex support is not loaded: the command awaits loadRegexSupport() when an input holds a regex')
  return engine
}
