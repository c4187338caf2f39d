/**
 * Bounds checked before a pattern is parsed, so no input can make compiling it slow or overflow
 * the stack: regexpp, our translation and re2js all recurse into groups.
 */
import { UnsupportedRegexError } from './errors.js'

/**
 * Compiling costs about 4 ms per 1,000 characters in re2js (a 700,000-character alternation took
 * 2.9 s); no tag rule or policy needs a fraction of this.
 */
export const MAX_PATTERN_LENGTH = 10_000

/** Half RE2's own limit (its parser's maxDepth of 1000), leaving room on the stack for the recursion. */
export const MAX_NESTING = 500

export function checkPatternSize(source: string): void {
  if (source.length > MAX_PATTERN_LENGTH) {
    throw new UnsupportedRegexError(
      `is ${source.length} characters long, over the limit of ${MAX_PATTERN_LENGTH}`,
      'shorten it; list alternatives as separate patterns',
    )
  }
  let depth = 0
  let inClass = false
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]
    if (char === '\\') i += 1
    else if (inClass) inClass = char !== ']'
    else if (char === '[') inClass = true
    else if (char === '(' && ++depth > MAX_NESTING) {
      throw new UnsupportedRegexError(`nests groups deeper than ${MAX_NESTING} (at character ${i + 1})`, 'flatten the groups; RE2 refuses deep nesting too')
    } else if (char === ')') depth -= 1
  }
}
