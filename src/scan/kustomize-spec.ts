import type { BoundedDocument } from '../yaml/index.js'
import { kubernetesKind } from './kubernetes.js'
import type { ScanProblem } from './types.js'
import { walkDocuments, type YamlFile } from './yaml-documents.js'
import { asMap, asSeq, asScalar, mapGet, stringValue } from './yaml-nodes.js'
import { readScalar } from './yaml-occurrence.js'
import type { LocatedScalar } from './yaml-positions.js'

/** A place in a file that decided something: the scalar's span and a human label (`images[0].newTag`). */
export interface Spot {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly endColumn: number
  readonly what: string
}

/** A value read from a kustomization, with where it is written. */
export interface SpotText {
  readonly text: string
  readonly spot: Spot
}

/** One entry of `images:` (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/). */
export interface ImageEntry {
  readonly file: string
  readonly index: number
  readonly name?: SpotText
  readonly newName?: SpotText
  readonly newTag?: SpotText
  readonly digest?: SpotText
  /** Appended to the tag the image has, unless `newTag` or `digest` replace it (https://github.com/kubernetes-sigs/kustomize/issues/4322). */
  readonly tagSuffix?: SpotText
}

/** Which resources a patch applies to: `target:` (kind and name; other selectors match everything here). */
export interface PatchTarget {
  readonly kind?: string
  readonly name?: string
}

/** A patch from `patches:`, `patchesStrategicMerge:` or `patchesJson6902:`: in a file, or inline. */
export interface PatchEntry {
  readonly field: string
  readonly path?: SpotText
  /** An inline patch: its text, and the scalar it was read from (for positions inside a `|` block). */
  readonly inline?: { readonly text: string; readonly spot: Spot; readonly blockIndent?: number; readonly headerLine?: number }
  readonly target?: PatchTarget
  /** `patchesJson6902:` is JSON 6902 whatever it looks like; `patches:` decides by the patch's shape. */
  readonly json6902: boolean
}

/** What shiptag reads of one kustomization file; everything else in it does not change images. */
export interface KustomizationSpec {
  readonly file: string
  readonly component: boolean
  /** `resources:` then the deprecated `bases:`, which kustomize reads the same way. */
  readonly resources: readonly SpotText[]
  readonly components: readonly SpotText[]
  readonly images: readonly ImageEntry[]
  readonly patches: readonly PatchEntry[]
  /** Fields that can set images in ways shiptag does not apply (`replacements`, `helmCharts`). */
  readonly unapplied: readonly SpotText[]
  /** `transformers:` and `generators:` entries: files of plugin configurations, each judged by its kind. */
  readonly plugins: readonly SpotText[]
  readonly problems: readonly ScanProblem[]
}

function spotOf(file: string, at: LocatedScalar, what: string): SpotText {
  return { text: at.text, spot: { file, ...at.span, what } }
}

function readList(yaml: YamlFile, doc: BoundedDocument, root: unknown, field: string): SpotText[] {
  const map = asMap(root, doc)
  const list = map && asSeq(mapGet(map, field, doc), doc)
  const out: SpotText[] = []
  list?.items.forEach((item, index) => {
    const at = readScalar(yaml, doc, item)
    if (at) out.push(spotOf(yaml.file, at, `${field}[${index}]`))
  })
  return out
}

function readImages(yaml: YamlFile, doc: BoundedDocument, root: unknown): ImageEntry[] {
  const map = asMap(root, doc)
  const list = map && asSeq(mapGet(map, 'images', doc), doc)
  const out: ImageEntry[] = []
  list?.items.forEach((item, index) => {
    const entry = asMap(item, doc)
    if (!entry) return
    const field = (key: string) => {
      const at = readScalar(yaml, doc, mapGet(entry, key, doc))
      return at ? { [key]: spotOf(yaml.file, at, `images[${index}].${key}`) } : {}
    }
    out.push({ file: yaml.file, index, ...field('name'), ...field('newName'), ...field('newTag'), ...field('digest'), ...field('tagSuffix') })
  })
  return out
}

function readTarget(doc: BoundedDocument, node: unknown): PatchTarget | undefined {
  const map = asMap(node, doc)
  if (!map) return undefined
  const kind = stringValue(mapGet(map, 'kind', doc), doc)
  const name = stringValue(mapGet(map, 'name', doc), doc)
  return { ...(kind !== undefined ? { kind } : {}), ...(name !== undefined ? { name } : {}) }
}

/** An inline patch and, for a `|` block, where its lines start: the inner text maps back line for line. */
function readInline(yaml: YamlFile, doc: BoundedDocument, node: unknown, what: string): PatchEntry['inline'] {
  const scalar = asScalar(node, doc)
  const at = scalar && readScalar(yaml, doc, scalar)
  if (!scalar || !at || typeof scalar.value !== 'string') return undefined
  const spot = { file: yaml.file, ...at.span, what }
  if (scalar.type !== 'BLOCK_LITERAL' || !scalar.range) return { text: scalar.value, spot }
  const headerLine = yaml.lineCounter.linePos(scalar.range[0]).line
  return { text: scalar.value, spot, blockIndent: at.span.column - 1, headerLine }
}

function readPatches(yaml: YamlFile, doc: BoundedDocument, root: unknown): PatchEntry[] {
  const map = asMap(root, doc)
  if (!map) return []
  const out: PatchEntry[] = []
  // kustomize's order of the built-in patch transformers: strategic merge, `patches`, then JSON 6902.
  for (const field of ['patchesStrategicMerge', 'patches', 'patchesJson6902']) {
    asSeq(mapGet(map, field, doc), doc)?.items.forEach((item, index) => {
      const what = `${field}[${index}]`
      const json6902 = field === 'patchesJson6902'
      const entry = asMap(item, doc)
      if (!entry) {
        // patchesStrategicMerge lists file paths or inline patches as plain strings.
        const at = readScalar(yaml, doc, item)
        if (!at) return
        const inline = at.text.includes('\n') ? readInline(yaml, doc, item, what) : undefined
        out.push(inline ? { field: what, inline, json6902 } : { field: what, path: spotOf(yaml.file, at, what), json6902 })
        return
      }
      const pathAt = readScalar(yaml, doc, mapGet(entry, 'path', doc))
      const inline = readInline(yaml, doc, mapGet(entry, 'patch', doc), `${what}.patch`)
      const target = readTarget(doc, mapGet(entry, 'target', doc))
      const common = { field: what, json6902, ...(target ? { target } : {}) }
      if (pathAt) out.push({ ...common, path: spotOf(yaml.file, pathAt, `${what}.path`) })
      else if (inline) out.push({ ...common, inline })
    })
  }
  return out
}

/** Fields whose effect on images shiptag does not compute: each is said, never passed over in silence. */
const UNAPPLIED_FIELDS = new Set(['replacements', 'helmCharts', 'helmChartInflationGenerator'])

function readUnapplied(yaml: YamlFile, doc: BoundedDocument, root: unknown): SpotText[] {
  const map = asMap(root, doc)
  if (!map) return []
  return map.items.flatMap((pair) => {
    const key = readScalar(yaml, doc, pair.key)
    return key && UNAPPLIED_FIELDS.has(key.text) ? [spotOf(yaml.file, key, key.text)] : []
  })
}

/**
 * Reads a kustomization (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/):
 * the fields that decide which images a build runs. A file named like a kustomization but holding
 * another kind is still read: kustomize reads it by its name.
 */
export function readKustomization(yaml: YamlFile): KustomizationSpec {
  const resources: SpotText[] = []
  const components: SpotText[] = []
  const images: ImageEntry[] = []
  const patches: PatchEntry[] = []
  const unapplied: SpotText[] = []
  const plugins: SpotText[] = []
  let component = false
  const problems = walkDocuments(yaml, [] as unknown[], (doc) => {
    const root = doc.parsed.contents
    if (kubernetesKind(root, doc) === 'Component') component = true
    resources.push(...readList(yaml, doc, root, 'resources'), ...readList(yaml, doc, root, 'bases'))
    components.push(...readList(yaml, doc, root, 'components'))
    images.push(...readImages(yaml, doc, root))
    patches.push(...readPatches(yaml, doc, root))
    unapplied.push(...readUnapplied(yaml, doc, root))
    plugins.push(...readList(yaml, doc, root, 'transformers'), ...readList(yaml, doc, root, 'generators'))
  })
  return { file: yaml.file, component, resources, components, images, patches, unapplied, plugins, problems: [...yaml.problems, ...problems] }
}
