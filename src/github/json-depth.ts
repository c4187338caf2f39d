/**
 * How deep a parsed JSON value nests, counted without recursion. `JSON.parse` takes any depth, but
 * `JSON.stringify` (and every recursive reader after it) overflows the stack on a few thousand
 * levels: a bundle nested deeper than a Sigstore bundle ever is (a few levels, a predicate a dozen
 * more) is left out before anything recurses into it.
 */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }]
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!
    if (typeof current !== 'object' || current === null) continue
    if (depth > maxDepth) return true
    for (const child of Object.values(current)) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 })
  }
  return false
}
