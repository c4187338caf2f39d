import { isAlias, isMap, isScalar, isSeq } from 'yaml'
import type { Document, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml'

/** A map entry with a scalar key; `value` is already alias-resolved. */
export interface MapEntry {
  readonly key: string
  readonly value: Node | undefined
}

/** Follows an alias to its anchored node; anything else is returned as is. */
export function resolveNode(node: unknown, doc: Document.Parsed): Node | undefined {
  if (isAlias(node)) return node.resolve(doc)
  return isScalar(node) || isMap(node) || isSeq(node) ? node : undefined
}

export function asMap(node: unknown, doc: Document.Parsed): YAMLMap | undefined {
  const resolved = resolveNode(node, doc)
  return isMap(resolved) ? resolved : undefined
}

export function asSeq(node: unknown, doc: Document.Parsed): YAMLSeq | undefined {
  const resolved = resolveNode(node, doc)
  return isSeq(resolved) ? resolved : undefined
}

export function asScalar(node: unknown, doc: Document.Parsed): Scalar | undefined {
  const resolved = resolveNode(node, doc)
  return isScalar(resolved) ? resolved : undefined
}

/** With `merge: true` the parser turns a plain `<<` key into a scalar holding a symbol. */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol'
}

/**
 * The entries of a map with `<<` merge keys applied as YAML 1.1 defines them: the map's own keys
 * win, then the merged maps in order (the first one listed wins). `seen` stops a map merging itself.
 */
export function mapEntries(map: YAMLMap, doc: Document.Parsed, seen: Set<YAMLMap> = new Set()): MapEntry[] {
  if (seen.has(map)) return []
  seen.add(map)
  const own: MapEntry[] = []
  const merged: MapEntry[] = []
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) {
      const sources = asSeq(pair.value, doc)?.items ?? [pair.value]
      for (const source of sources) {
        const sourceMap = asMap(source, doc)
        if (sourceMap) merged.push(...mapEntries(sourceMap, doc, seen))
      }
    } else if (isScalar(pair.key) && pair.key.value !== null) {
      own.push({ key: String(pair.key.value), value: resolveNode(pair.value, doc) })
    }
  }
  const keys = new Set(own.map((entry) => entry.key))
  for (const entry of merged) {
    if (keys.has(entry.key)) continue
    keys.add(entry.key)
    own.push(entry)
  }
  return own
}

export function mapGet(map: YAMLMap, key: string, doc: Document.Parsed): Node | undefined {
  return mapEntries(map, doc).find((entry) => entry.key === key)?.value
}

/** Walks `keys` through nested maps: `mapPath(root, ['spec', 'template'], doc)`. */
export function mapPath(node: unknown, keys: readonly string[], doc: Document.Parsed): Node | undefined {
  let current = resolveNode(node, doc)
  for (const key of keys) {
    const map = asMap(current, doc)
    if (!map) return undefined
    current = mapGet(map, key, doc)
  }
  return current
}

/** The string value of a scalar, or undefined for anything else (numbers, booleans, null, collections). */
export function stringValue(node: unknown, doc: Document.Parsed): string | undefined {
  const scalar = asScalar(node, doc)
  return typeof scalar?.value === 'string' ? scalar.value : undefined
}
