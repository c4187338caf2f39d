import type { BoundedDocument } from '../yaml/index.js'
import { CONTAINER_LISTS, kubernetesKind, podSpecPath } from './kubernetes.js'
import { writtenImage, type EffectiveImage } from './kustomize-images.js'
import type { ScanProblem } from './types.js'
import { walkDocuments, type YamlFile } from './yaml-documents.js'
import { asMap, asSeq, mapGet, mapPath, stringValue } from './yaml-nodes.js'
import { readScalar } from './yaml-occurrence.js'
import type { LocatedScalar } from './yaml-positions.js'
import type { Spot } from './kustomize-spec.js'

export type ContainerList = (typeof CONTAINER_LISTS)[number]

/** One container of a workload in a build: which list, its `name` (the strategic-merge key), its image. */
export interface BuildContainer {
  readonly list: ContainerList
  readonly name?: string
  readonly image: EffectiveImage
}

/** A pod-bearing object in a build, as far as images go. */
export interface Workload {
  readonly kind: string
  readonly name?: string
  readonly containers: readonly BuildContainer[]
  /** A strategic-merge patch's `$patch: delete`: the object leaves the build, and its images with it. */
  readonly deleted?: true
}

/** Maps a position inside an inline patch's text to the kustomization that holds it (a `|` block). */
export type PositionMap = (line: number, column: number) => { line: number; column: number }

export const SAME_POSITION: PositionMap = (line, column) => ({ line, column })

/** Reads one container map; `what` labels its image's spot, e.g. `Deployment/web spec.template.spec.containers[0].image`. */
export function readContainer(
  yaml: YamlFile,
  doc: BoundedDocument,
  item: unknown,
  list: ContainerList,
  what: string,
  place: PositionMap,
  file: string,
): BuildContainer | undefined {
  const container = asMap(item, doc)
  const at = container && readScalar(yaml, doc, mapGet(container, 'image', doc))
  if (!container || !at) return undefined
  const name = stringValue(mapGet(container, 'name', doc), doc)
  return { list, ...(name !== undefined ? { name } : {}), image: writtenImage(at.text, placedSpot(at, what, place, file)) }
}

/** The spot of a scalar, moved by `place` (an inline patch's position in its kustomization). */
export function placedSpot(at: LocatedScalar, what: string, place: PositionMap, file: string): Spot {
  const start = place(at.span.line, at.span.column)
  return { file, line: start.line, column: start.column, endColumn: start.column + (at.span.endColumn - at.span.column), what }
}

/** Every container list of a PodSpec map; `prefix` labels the spots, e.g. `Deployment/web spec.template.spec`. */
function readContainers(yaml: YamlFile, doc: BoundedDocument, spec: unknown, prefix: string, place: PositionMap, file: string): BuildContainer[] {
  const map = asMap(spec, doc)
  if (!map) return []
  const out: BuildContainer[] = []
  for (const list of CONTAINER_LISTS) {
    asSeq(mapGet(map, list, doc), doc)?.items.forEach((item, index) => {
      const container = readContainer(yaml, doc, item, list, `${prefix}.${list}[${index}].image`, place, file)
      if (container) out.push(container)
    })
  }
  return out
}

function objectWorkloads(yaml: YamlFile, doc: BoundedDocument, node: unknown, place: PositionMap, file: string, out: Workload[]): void {
  const kind = kubernetesKind(node, doc)
  if (kind === undefined) return
  if (kind === 'List' || (kind.endsWith('List') && kind.length > 4)) {
    // One level of List is what kubectl prints; deeper nesting is not a manifest anyone writes.
    asSeq(mapPath(node, ['items'], doc), doc)?.items.forEach((item) => {
      const itemKind = kubernetesKind(item, doc)
      if (itemKind !== undefined && !itemKind.endsWith('List')) objectWorkloads(yaml, doc, item, place, file, out)
    })
    return
  }
  // Custom resources with a pod template too (an Argo Rollout in a base): the images transformer's
  // default field paths name no kind (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/).
  const specPath = podSpecPath(kind, node, doc)
  if (!specPath) return
  const name = stringValue(mapPath(node, ['metadata', 'name'], doc), doc)
  const label = `${name === undefined ? kind : `${kind}/${name}`} ${specPath.join('.')}`
  const containers = readContainers(yaml, doc, mapPath(node, specPath, doc), label, place, file)
  const deleted = stringValue(mapPath(node, ['$patch'], doc), doc) === 'delete'
  out.push({ kind, ...(name !== undefined ? { name } : {}), containers, ...(deleted ? { deleted } : {}) })
}

/**
 * The workloads of a manifest (or of a strategic-merge patch, which is shaped like one), with each
 * container's image at its spot. `place` and `file` relocate an inline patch into its kustomization.
 */
export function readWorkloads(yaml: YamlFile, place: PositionMap = SAME_POSITION, file = yaml.file): { workloads: Workload[]; problems: ScanProblem[] } {
  const workloads: Workload[] = []
  const problems = walkDocuments(yaml, workloads, (doc) => objectWorkloads(yaml, doc, doc.parsed.contents, place, file, workloads))
  return { workloads, problems: [...yaml.problems, ...problems] }
}
