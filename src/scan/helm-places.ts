import { isMap, isScalar, isSeq } from 'yaml'
import type { Scalar } from 'yaml'
import type { BoundedDocument } from '../yaml/index.js'
import type { Place } from './types.js'
import type { YamlFile } from './yaml-documents.js'
import { mapEntries, resolveNode } from './yaml-nodes.js'
import { locateScalar } from './yaml-positions.js'

/** A scalar of a chart file (values.yaml, Chart.yaml) with where it is written. */
export interface HelmValue {
  /** The text a template reads: empty for `""` or a key with no value. */
  readonly text: string
  readonly place: Place
}

/**
 * Where a scalar is written, empty ones included: `tag: ""` is where a user sets the tag, so a
 * finding about the tag the chart falls back to still names that line.
 */
export function scalarValue(yaml: YamlFile, scalar: Scalar, role: string): HelmValue | undefined {
  const located = locateScalar(yaml.text, yaml.lineCounter, scalar)
  if (located) return { text: located.text, place: { file: yaml.file, ...located.span, role } }
  if (!scalar.range) return undefined
  const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE'
  const { line, col } = yaml.lineCounter.linePos(scalar.range[0] + (quoted ? 1 : 0))
  return { text: '', place: { file: yaml.file, line, column: col, endColumn: col, role } }
}

/** `a.b`: how templates name a value (`.Values.a.b`) and how findings name it. */
export function joinPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

/**
 * The longest `.Values` path looked up: a chart names its values in a few words, and a longer path
 * (keys of kilobytes, hundreds deep) would make every path held or compared cost its length.
 */
export const MAX_VALUES_PATH = 1024

/**
 * Every scalar of a values document by its dotted path (`image.tag`), for templates to look up,
 * and the path of every map (`maps`). Nodes are read through yaml-nodes, so the file's walk budget
 * (src/yaml) bounds the walk whatever aliases and merge keys do; `ancestors` stops an alias inside
 * its own anchor; paths past MAX_VALUES_PATH are not followed.
 */
export function valueLeaves(yaml: YamlFile, doc: BoundedDocument, out: Map<string, HelmValue>, maps: Set<string>): void {
  const ancestors = new Set<unknown>()
  const walk = (node: unknown, path: string, depth: number): void => {
    if (path.length > MAX_VALUES_PATH) return
    const resolved = resolveNode(node, doc)
    if (!resolved || ancestors.has(resolved)) return
    if (isScalar(resolved)) {
      const value = path === '' ? undefined : scalarValue(yaml, resolved, path)
      if (value && !out.has(path)) out.set(path, value)
      return
    }
    doc.descend(resolved, depth)
    ancestors.add(resolved)
    if (path !== '') maps.add(path)
    if (isMap(resolved)) for (const entry of mapEntries(resolved, doc)) walk(entry.value, joinPath(path, entry.key), depth + 1)
    if (isSeq(resolved)) resolved.items.forEach((item, index) => walk(item, `${path}[${index}]`, depth + 1))
    ancestors.delete(resolved)
  }
  walk(doc.parsed.contents, '', 0)
}
