import { isMap, isSeq } from 'yaml'
import type { Node } from 'yaml'
import type { BoundedDocument } from '../yaml/index.js'
import type { ImageOccurrence, ScanResult } from './types.js'
import { walkDocuments, type YamlFile } from './yaml-documents.js'
import { mapEntries, resolveNode, stringValue, type MapEntry } from './yaml-nodes.js'
import { readScalar, templateUnresolved, yamlOccurrence } from './yaml-occurrence.js'
import type { LocatedScalar } from './yaml-positions.js'

/**
 * Values files have no schema: charts name images by convention only. Two conventions cover most
 * charts (docs/policy.md#helm-values):
 *   (a) `image: repo[:tag][@digest]` as one string;
 *   (b) a map with `repository` (or `image`) and optional `registry`, `tag`, `digest`, which the
 *       chart's template joins. Without rendering, siblings are paired heuristically.
 */

/**
 * Plausible repository text: no spaces, no URL scheme (a Helm chart repository is not an image).
 * A `{{ … }}` value is kept: it names an image, one that only rendering reveals.
 */
function looksLikeRepository(text: string): boolean {
  if (templateUnresolved(text) !== undefined) return true
  return /^\S+$/.test(text) && !text.includes('://') && /[A-Za-z0-9]/.test(text)
}

const APP_VERSION =
  'no tag is set, so the tag defaults to the chart appVersion (Chart.yaml), as chart templates usually write `.Values.image.tag | default .Chart.AppVersion`'

interface Walk {
  readonly yaml: YamlFile
  readonly doc: BoundedDocument
  readonly out: ImageOccurrence[]
  /** Collections on the current path: an alias inside its own anchor would otherwise loop. */
  readonly ancestors: Set<Node>
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

/** Convention (b); returns the keys it consumed so (a) does not report the same `image` again. */
function scanSplitImage(walk: Walk, entries: readonly MapEntry[], path: string): ReadonlySet<string> {
  const field = (key: string): LocatedScalar | undefined => {
    const value = entries.find((entry) => entry.key === key)?.value
    return readScalar(walk.yaml, walk.doc, value)
  }
  const repositoryKey = field('repository') ? 'repository' : 'image'
  const repository = field(repositoryKey)
  const registry = field('registry')
  const tag = field('tag')
  const digest = field('digest')
  if (!repository || !looksLikeRepository(repository.text)) return new Set()
  // A lone `image: x` string is convention (a); it only pairs with siblings that complete it.
  if (repositoryKey === 'image' && !registry && !tag && !digest && !entries.some((entry) => entry.key === 'tag')) return new Set()
  const text = `${registry ? `${registry.text}/` : ''}${repository.text}${tag ? `:${tag.text}` : ''}${digest ? `@${digest.text}` : ''}`
  const [key, at] = tag ? ['tag', tag] : [repositoryKey, repository]
  walk.out.push(yamlOccurrence(walk.yaml, 'helm-values', { at, text, where: join(path, key), unresolved: tag || digest ? undefined : APP_VERSION }))
  return new Set([repositoryKey, 'registry', 'tag', 'digest'])
}

/**
 * Every node of the document, aliases followed: the file's walk budget (src/yaml) bounds what
 * aliases of aliases ("billion laughs") expand to, and `depth` how deep they chain.
 */
function scanNode(walk: Walk, node: unknown, path: string, depth: number): void {
  const resolved = resolveNode(node, walk.doc)
  if (!resolved || walk.ancestors.has(resolved)) return
  walk.doc.descend(resolved, depth)
  walk.ancestors.add(resolved)
  if (isMap(resolved)) {
    const entries = mapEntries(resolved, walk.doc)
    const consumed = scanSplitImage(walk, entries, path)
    for (const entry of entries) {
      if (consumed.has(entry.key)) continue
      // Only a string is a reference: `image: true` or `image: 3` is some chart's own setting.
      const isString = entry.key === 'image' && stringValue(entry.value, walk.doc) !== undefined
      const at = isString ? readScalar(walk.yaml, walk.doc, entry.value) : undefined
      if (at && looksLikeRepository(at.text)) {
        walk.out.push(yamlOccurrence(walk.yaml, 'helm-values', { at, text: at.text, where: join(path, entry.key) }))
      } else {
        scanNode(walk, entry.value, join(path, entry.key), depth + 1)
      }
    }
  } else if (isSeq(resolved)) {
    resolved.items.forEach((item, index) => scanNode(walk, item, `${path}[${index}]`, depth + 1))
  }
  walk.ancestors.delete(resolved)
}

export function scanHelmValues(yaml: YamlFile): ScanResult {
  const out: ImageOccurrence[] = []
  const problems = walkDocuments(yaml, out, (doc) => scanNode({ yaml, doc, out, ancestors: new Set() }, doc.parsed.contents, '', 0))
  return { occurrences: out, problems }
}
