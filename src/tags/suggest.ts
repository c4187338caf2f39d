/**
 * "Did you mean" for misspelt keywords: metadata-action silently ignores an unknown tag attribute
 * (`patern=`), so the typo only shows up as a missing tag. We reject it and name the likely fix.
 */

/** The closest candidate within two edits, or undefined. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** `did you mean "x"? ` or '' — meant to be prepended to a hint. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const candidate = closest(word, candidates)
  return candidate === undefined ? '' : `did you mean "${candidate}"? `
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
