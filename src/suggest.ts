/**
 * "Did you mean" for misspelt names: tag attributes (`patern=`), flavor keys, and environment names
 * in a policy file or an input (`promote.from: stagin`, `source: stagin`). A misspelt name that is
 * silently taken for something else (an image called `stagin`, a rule that never applies) is the
 * typo shiptag should name (issue 13).
 *
 * Written here rather than taken from a package: the one on disk (fast-levenshtein) is a transitive
 * development dependency without transpositions, and twenty lines of optimal string alignment
 * (Levenshtein plus adjacent swaps, so `dve` is one edit from `dev`) cost less than a new runtime
 * dependency in the bundle.
 */

/** At most this many edits, and at most half the longer word's length: `qa` is not a typo of `ux`. */
const MAX_EDITS = 2

/** The closest candidate (letter case ignored), or undefined when none is plausibly meant. */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = MAX_EDITS + 1
  const typed = word.toLowerCase()
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase())
    const plausible = distance <= Math.floor(Math.max(typed.length, candidate.length) / 2)
    if (plausible && distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** `did you mean "x"? ` or '' — meant to be prepended to a hint. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const candidate = closestName(word, candidates)
  return candidate === undefined ? '' : `did you mean "${candidate}"? `
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  // Three rows: the one before the previous is what an adjacent swap looks back to.
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, before[j - 2]! + 1)
      current.push(cost)
    }
    before = previous
    previous = current
  }
  return previous[b.length]!
}
