/**
 * Code point sets where JavaScript and RE2 disagree, written out as RE2 class ranges so a
 * translated pattern keeps its JavaScript meaning. RE2's `\s` is `[\t\n\f\r ]`
 * (https://github.com/google/re2/wiki/Syntax); JavaScript's also has `\v` and the Unicode spaces
 * (ECMA-262 CompileToCharSet, WhiteSpace and LineTerminator: https://tc39.es/ecma262/#sec-compiletocharset). RE2's `.` excludes only `\n`; JavaScript's
 * also excludes `\r`, U+2028 and U+2029 (ECMA-262 LineTerminator).
 */

type Range = readonly [number, number]

const MAX_CODE_POINT = 0x10ffff

const JS_SPACE: readonly Range[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]

const JS_LINE_TERMINATORS: readonly Range[] = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
]

/** One code point as RE2 syntax: letters, digits and `_` as themselves, anything else as `\x{…}`. */
export function re2Literal(codePoint: number): string {
  return /^[A-Za-z0-9_]$/.test(String.fromCodePoint(codePoint)) ? String.fromCodePoint(codePoint) : `\\x{${codePoint.toString(16)}}`
}

function rangesText(ranges: readonly Range[]): string {
  return ranges.map(([low, high]) => (low === high ? re2Literal(low) : `${re2Literal(low)}-${re2Literal(high)}`)).join('')
}

function complement(ranges: readonly Range[]): Range[] {
  const result: Range[] = []
  let next = 0
  for (const [low, high] of ranges) {
    if (low > next) result.push([next, low - 1])
    next = high + 1
  }
  if (next <= MAX_CODE_POINT) result.push([next, MAX_CODE_POINT])
  return result
}

/** JavaScript's `\s` (or `\S`) as ranges to put inside an RE2 class. */
export function jsSpaceItems(negate: boolean): string {
  return rangesText(negate ? complement(JS_SPACE) : JS_SPACE)
}

/** JavaScript's `.`: without the `s` flag, anything but a line terminator. */
export function jsDot(dotAll: boolean): string {
  return dotAll ? ANY : `[^${rangesText(JS_LINE_TERMINATORS)}]`
}

/** Every code point (`[^]` in JavaScript). */
export const ANY = `[${rangesText([[0, MAX_CODE_POINT]])}]`

/** No code point (`[]` in JavaScript). */
export const NOTHING = `[^${rangesText([[0, MAX_CODE_POINT]])}]`
