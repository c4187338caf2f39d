/**
 * Case-insensitive classes cost RE2 time when compiled: re2js adds the case variants of every code
 * point a class range covers within the folding region (U+0041–U+1E943), about 86 ns each
 * (measured: 100 × `(?i)[\x{0}-\x{ffff}]` took 560 ms), unless the range covers the whole region.
 * A 10,000-character pattern of such ranges would take seconds, so their total span is bounded.
 */
import type { AST, visitRegExpAST } from '@eslint-community/regexpp'
import { UnsupportedRegexError } from './errors.js'

const FOLD_LOW = 0x41
const FOLD_HIGH = 0x1e943

/** Code points folded per compile: about 0.2 s. */
export const MAX_FOLDED_CODE_POINTS = 2_000_000

/** JavaScript's `\S` inside a class is spelled out as ranges spanning about 190,000 folded code points. */
const NOT_SPACE_SPAN = 190_000

/** RE2 folds a Unicode property from its tables: about 0.33 ms, counted as this many code points. */
const PROPERTY_SPAN = 4_000

function span(low: number, high: number): number {
  if (low <= FOLD_LOW && high >= FOLD_HIGH) return 0
  return Math.max(0, Math.min(high, FOLD_HIGH) - Math.max(low, FOLD_LOW) + 1)
}

/** Throws when the case-insensitive classes of `pattern` would fold too many code points. */
export function checkFoldCost(pattern: AST.Pattern, ignoreCase: boolean, visit: typeof visitRegExpAST): void {
  if (!ignoreCase && !pattern.raw.includes('(?i')) return
  let folded = 0
  visit(pattern, {
    onCharacterClassRangeEnter: (node) => {
      folded += span(node.min.value, node.max.value)
    },
    onCharacterSetEnter: (node) => {
      if (node.kind === 'property') folded += PROPERTY_SPAN
      else if (node.kind === 'space' && node.negate && node.parent.type === 'CharacterClass') folded += NOT_SPACE_SPAN
    },
  })
  if (folded > MAX_FOLDED_CODE_POINTS) {
    throw new UnsupportedRegexError(
      `is case-insensitive over classes spanning ${folded} code points, over the limit of ${MAX_FOLDED_CODE_POINTS}`,
      'narrow the ranges (e.g. [a-z] rather than [\\x00-\\uffff]), or drop the i flag',
    )
  }
}
