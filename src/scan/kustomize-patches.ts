import { isSeq } from 'yaml'
import type { BoundedDocument } from '../yaml/index.js'
import { CONTAINER_LISTS } from './kubernetes.js'
import { writtenImage } from './kustomize-images.js'
import { placedSpot, readContainer, readWorkloads, type BuildContainer, type ContainerList, type PositionMap, type Workload } from './kustomize-resources.js'
import type { PatchTarget } from './kustomize-spec.js'
import type { ScanProblem } from './types.js'
import { walkDocuments, type YamlFile } from './yaml-documents.js'
import { asMap, asSeq, mapGet, stringValue } from './yaml-nodes.js'
import { readScalar } from './yaml-occurrence.js'

/** Where a patch's text is read from, and where its positions land (a file, or a `|` block in a kustomization). */
export interface PatchSource {
  readonly yaml: YamlFile
  readonly place: PositionMap
  readonly file: string
  /** `patchesJson6902:` entries; `patches:` entries are JSON 6902 when the patch is a list of operations. */
  readonly json6902: boolean
}

/** One JSON 6902 operation on a container list (RFC 6902 section 4), read once into plain data. */
interface ContainerOperation {
  readonly op: 'add' | 'replace' | 'remove'
  readonly list: ContainerList
  /** An index, `-` (the end), or undefined for the whole list. */
  readonly position: string | undefined
  /** `…/containers/N/image`: only the image of container N. */
  readonly imageOnly: boolean
  readonly containers: readonly BuildContainer[]
}

/**
 * A patch read once into plain data, so applying it wherever a component is listed costs no more
 * walking of its YAML (which the file's walk budget would count every time).
 */
export type ReadPatch =
  { readonly kind: 'strategic'; readonly pieces: readonly Workload[] } | { readonly kind: 'json6902'; readonly operations: readonly ContainerOperation[] }

function matches(workload: Workload, kind: string | undefined, name: string | undefined): boolean {
  return (kind === undefined || workload.kind === kind) && (name === undefined || workload.name === name)
}

/** A container merged into a workload the strategic-merge way: the same name in the same list is replaced, else added. */
function mergeContainer(containers: readonly BuildContainer[], patch: BuildContainer): BuildContainer[] {
  const at = patch.name === undefined ? -1 : containers.findIndex((c) => c.list === patch.list && c.name === patch.name)
  return at === -1 ? [...containers, patch] : containers.map((c, index) => (index === at ? patch : c))
}

/**
 * A strategic-merge patch (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesstrategicmerge/):
 * containers merge by `name`, so a patch container with a new name adds a container (a sidecar) and
 * one with an existing name changes its image. A patch whose target is not in the build still names
 * images meant to run, so they are kept (kustomize itself refuses such a build).
 */
function strategicMerge(workloads: readonly Workload[], pieces: readonly Workload[], target: PatchTarget | undefined): Workload[] {
  let out = [...workloads]
  for (const piece of pieces) {
    const kind = target?.kind ?? piece.kind
    const name = target?.name ?? piece.name
    if (piece.deleted) {
      out = out.filter((workload) => !matches(workload, kind, name))
      continue
    }
    if (!out.some((workload) => matches(workload, kind, name))) {
      out.push(piece)
      continue
    }
    out = out.map((workload) =>
      matches(workload, kind, name) ? { ...workload, containers: piece.containers.reduce(mergeContainer, [...workload.containers]) } : workload,
    )
  }
  return out
}

/** `/…/containers/-`, `/…/initContainers/0`, `/…/containers/1/image`, `/…/containers`: the operations that touch images. */
const CONTAINER_PATH = new RegExp(`/(${CONTAINER_LISTS.join('|')})(?:/(\\d+|-)(/image)?)?$`)

function replaceInList(
  containers: readonly BuildContainer[],
  operation: ContainerOperation,
  position: string | undefined,
  op: string,
  added: readonly BuildContainer[],
): BuildContainer[] {
  const others = containers.filter((c) => c.list !== operation.list)
  const inList = containers.filter((c) => c.list === operation.list)
  if (position === undefined) return [...others, ...(op === 'remove' ? [] : added)]
  const at = position === '-' ? inList.length : Number(position)
  const next = [...inList]
  next.splice(at, op === 'add' ? 0 : 1, ...(op === 'remove' ? [] : added))
  return [...others, ...next]
}

function readOperation(source: PatchSource, doc: BoundedDocument, node: unknown, index: number): ContainerOperation | undefined {
  const operation = asMap(node, doc)
  const op = operation && stringValue(mapGet(operation, 'op', doc), doc)
  const path = operation && stringValue(mapGet(operation, 'path', doc), doc)
  const found = path === undefined ? null : CONTAINER_PATH.exec(path)
  if (!operation || !found || (op !== 'add' && op !== 'replace' && op !== 'remove')) return undefined
  const list = found[1] as ContainerList
  const [, , position, imageOnly] = found
  const value = mapGet(operation, 'value', doc)
  const what = `op[${index}] ${op} ${path}`
  if (imageOnly) {
    const at = op === 'remove' ? undefined : readScalar(source.yaml, doc, value)
    if (!at) return undefined
    return { op, list, position, imageOnly: true, containers: [{ list, image: writtenImage(at.text, placedSpot(at, what, source.place, source.file)) }] }
  }
  const items = position === undefined ? (asSeq(value, doc)?.items ?? []) : [value]
  const containers = items.flatMap(
    (item, i) => readContainer(source.yaml, doc, item, list, `${what}${position === undefined ? `[${i}]` : ''}.image`, source.place, source.file) ?? [],
  )
  return { op, list, position, imageOnly: false, containers }
}

/** One operation on the containers of one workload; an image set on a container that is not there adds one, as a build would fail anyway. */
function applyOperation(workload: Workload, operation: ContainerOperation): Workload {
  if (!operation.imageOnly)
    return { ...workload, containers: replaceInList(workload.containers, operation, operation.position, operation.op, operation.containers) }
  const old = workload.containers.filter((c) => c.list === operation.list)[Number(operation.position)]
  const replaced = operation.containers.map((c) => ({ ...c, ...(old?.name !== undefined ? { name: old.name } : {}) }))
  return { ...workload, containers: replaceInList(workload.containers, operation, old ? operation.position : '-', old ? 'replace' : 'add', replaced) }
}

/**
 * Reads one patch. JSON 6902 patches (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesjson6902/)
 * are lists of operations; `patches:` (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patches/)
 * takes either kind and tells them apart by that shape, as kustomize does.
 */
export function readPatch(source: PatchSource): { patch: ReadPatch; problems: ScanProblem[] } {
  const isList = source.yaml.documents.some((doc) => isSeq(doc.parsed.contents))
  if (!source.json6902 && !isList) {
    const read = readWorkloads(source.yaml, source.place, source.file)
    return { patch: { kind: 'strategic', pieces: read.workloads }, problems: read.problems }
  }
  const operations: ContainerOperation[] = []
  const problems = walkDocuments(source.yaml, operations, (doc) => {
    asSeq(doc.parsed.contents, doc)?.items.forEach((node, index) => {
      const operation = readOperation(source, doc, node, index)
      if (operation) operations.push(operation)
    })
  })
  return { patch: { kind: 'json6902', operations }, problems: [...source.yaml.problems, ...problems] }
}

/**
 * Applies a patch to the workloads of a build, to those `target` selects (by kind and name). The
 * images a JSON 6902 patch writes are kept even when its target is none shiptag knows (a name
 * regex, a custom kind): they are meant to run, and checking them is better than losing them.
 */
export function applyPatch(workloads: readonly Workload[], patch: ReadPatch, target: PatchTarget | undefined): Workload[] {
  if (patch.kind === 'strategic') return strategicMerge(workloads, patch.pieces, target)
  if (!workloads.some((workload) => matches(workload, target?.kind, target?.name))) {
    const containers = patch.operations.flatMap((operation) => (operation.op === 'remove' ? [] : operation.containers))
    return containers.length === 0
      ? [...workloads]
      : [...workloads, { kind: target?.kind ?? 'patch target', ...(target?.name !== undefined ? { name: target.name } : {}), containers }]
  }
  return workloads.map((workload) => (matches(workload, target?.kind, target?.name) ? patch.operations.reduce(applyOperation, workload) : workload))
}
