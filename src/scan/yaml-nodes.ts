import { isAlias, isMap, isScalar, isSeq } from 'yaml'
import type { Node, Scalar, YAMLMap, YAMLSeq } from 'yaml'
import type { BoundedDocument } from '../yaml/index.js'

/**
 * Every read of a node goes through these helpers, and each charges the file's walk budget
 * (src/yaml/walk-budget.ts): that is what bounds the scanners' work, whatever aliases do.
 */

/** A map entry with a scalar key; `value` is already alias-resolved. */
export interface MapEntry {
  readonly key: string
  readonly value: Node | undefined
}

/** Follows an alias to its anchored node; anything else is returned as is. */
export function resolveNode(node: unknown, doc: BoundedDocument): Node | undefined {
  const resolved = isAlias(node) ? doc.resolveAlias(node) : node
  if (!isScalar(resolved) && !isMap(resolved) && !isSeq(resolved)) return undefined
  doc.visit(resolved)
  return resolved
}

export function asMap(node: unknown, doc: BoundedDocument): YAMLMap | undefined {
  const resolved = resolveNode(node, doc)
  return isMap(resolved) ? resolved : undefined
}

export function asSeq(node: unknown, doc: BoundedDocument): YAMLSeq | undefined {
  const resolved = resolveNode(node, doc)
  return isSeq(resolved) ? resolved : undefined
}

export function asScalar(node: unknown, doc: BoundedDocument): Scalar | undefined {
  const resolved = resolveNode(node, doc)
  return isScalar(resolved) ? resolved : undefined
}

/** With `merge: true` the parser turns a plain `<<` key into a scalar holding a symbol. */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol'
}

/**
 * The entries of a map with `<<` merge keys applied as YAML 1.1 defines them: the map's own keys
 * win, then the merged maps in order (the first one listed wins). Entries are gathered into one
 * list, a map's own before those it merges: copying each merged map's list into its parent's would
 * cost the chain's depth times its keys, work the budget would not see.
 */
export function mapEntries(map: YAMLMap, doc: BoundedDocument): MapEntry[] {
  const gathered: MapEntry[] = []
  gatherEntries(map, doc, new Set(), 0, gathered)
  const keys = new Set<string>()
  return gathered.filter((entry) => !keys.has(entry.key) && keys.add(entry.key))
}

/** `seen` stops a map merging itself; `depth` bounds a chain of merges of merges. */
function gatherEntries(map: YAMLMap, doc: BoundedDocument, seen: Set<YAMLMap>, depth: number, out: MapEntry[]): void {
  if (seen.has(map)) return
  seen.add(map)
  doc.descend(map, depth)
  const sources: YAMLMap[] = []
  for (const pair of map.items) {
    doc.visit(map)
    if (isMergeKey(pair.key)) {
      for (const source of asSeq(pair.value, doc)?.items ?? [pair.value]) {
        const sourceMap = asMap(source, doc)
        if (sourceMap) sources.push(sourceMap)
      }
    } else if (isScalar(pair.key) && pair.key.value !== null) {
      out.push({ key: String(pair.key.value), value: resolveNode(pair.value, doc) })
    }
  }
  for (const source of sources) gatherEntries(source, doc, seen, depth + 1, out)
}

export function mapGet(map: YAMLMap, key: string, doc: BoundedDocument): Node | undefined {
  return mapEntries(map, doc).find((entry) => entry.key === key)?.value
}

/** Walks `keys` through nested maps: `mapPath(root, ['spec', 'template'], doc)`. */
export function mapPath(node: unknown, keys: readonly string[], doc: BoundedDocument): Node | undefined {
  let current = resolveNode(node, doc)
  for (const key of keys) {
    const map = asMap(current, doc)
    if (!map) return undefined
    current = mapGet(map, key, doc)
  }
  return current
}

/** The string value of a scalar, or undefined for anything else (numbers, booleans, null, collections). */
export function stringValue(node: unknown, doc: BoundedDocument): string | undefined {
  const scalar = asScalar(node, doc)
  return typeof scalar?.value === 'string' ? scalar.value : undefined
}
