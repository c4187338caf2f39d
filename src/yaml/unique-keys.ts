import { YAMLParseError, isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml'

/**
 * Duplicate map keys, found in one loop over the document. The `yaml` package's own `uniqueKeys`
 * check compares each new key with every earlier key of its map, so a map of 20,000 keys costs
 * seconds and one of 200,000 (2 MiB) minutes; it is turned off (load.ts) and replaced by this
 * check, which keeps its rule (scalars are equal when their values are, other nodes only when they
 * are the same node) and its error (`DUPLICATE_KEY`, "Map keys must be unique", at the key).
 */
export function addDuplicateKeyErrors(document: Document.Parsed): void {
  const found: YAMLParseError[] = []
  const pending: unknown[] = [document.contents]
  while (pending.length > 0) {
    const node = pending.pop()
    if (isPair(node)) {
      pending.push(node.value, node.key)
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item)
    } else if (isMap(node)) {
      const keys = new Set<unknown>()
      for (const pair of node.items) {
        const key: unknown = pair.key
        const identity = isScalar(key) ? key.value : key
        // NaN is not === NaN, so `.nan` keys never collide in the yaml package either.
        if (keys.has(identity) && !Number.isNaN(identity)) {
          const offset = isScalar(key) || isMap(key) || isSeq(key) || isAlias(key) ? (key.range?.[0] ?? 0) : 0
          found.push(new YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'))
        }
        keys.add(identity)
        pending.push(pair)
      }
    }
  }
  if (found.length === 0) return
  document.errors.push(...found)
  document.errors.sort((a, b) => a.pos[0] - b.pos[0])
}
