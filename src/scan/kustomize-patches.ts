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
  readonly target?: PatchTarget
  /** `patchesJson6902:` entries; `patches:` entries are JSON 6902 when the patch is a list of operations. */
  readonly json6902: boolean
}

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
function strategicMerge(workloads: readonly Workload[], source: PatchSource): { workloads: Workload[]; problems: ScanProblem[] } {
  const patch = readWorkloads(source.yaml, source.place, source.file)
  let out = [...workloads]
  for (const piece of patch.workloads) {
    const kind = source.target?.kind ?? piece.kind
    const name = source.target?.name ?? piece.name
    if (!out.some((workload) => matches(workload, kind, name))) {
      out.push(piece)
      continue
    }
    out = out.map((workload) =>
      matches(workload, kind, name) ? { ...workload, containers: piece.containers.reduce(mergeContainer, [...workload.containers]) } : workload,
    )
  }
  return { workloads: out, problems: patch.problems }
}

/** `/…/containers/-`, `/…/initContainers/0`, `/…/containers/1/image`, `/…/containers`: the operations that touch images. */
const CONTAINER_PATH = new RegExp(`/(${CONTAINER_LISTS.join('|')})(?:/(\\d+|-)(/image)?)?$`)

function replaceInList(
  containers: readonly BuildContainer[],
  list: ContainerList,
  index: string | undefined,
  op: string,
  added: readonly BuildContainer[],
): BuildContainer[] {
  const others = containers.filter((c) => c.list !== list)
  const inList = containers.filter((c) => c.list === list)
  if (index === undefined) return [...others, ...(op === 'remove' ? [] : added)]
  const at = index === '-' ? inList.length : Number(index)
  const next = [...inList]
  next.splice(at, op === 'add' ? 0 : 1, ...(op === 'remove' ? [] : added))
  return [...others, ...next]
}

/** One JSON 6902 operation (RFC 6902 section 4) on the containers of every workload it targets. */
function jsonOperation(source: PatchSource, doc: BoundedDocument, node: unknown, index: number, workloads: readonly Workload[]): Workload[] {
  const operation = asMap(node, doc)
  const op = operation && stringValue(mapGet(operation, 'op', doc), doc)
  const path = operation && stringValue(mapGet(operation, 'path', doc), doc)
  const found = path === undefined ? null : CONTAINER_PATH.exec(path)
  if (!operation || !found || (op !== 'add' && op !== 'replace' && op !== 'remove')) return [...workloads]
  const list = found[1] as ContainerList
  const [, , position, imageOnly] = found
  const value = mapGet(operation, 'value', doc)
  const what = `op[${index}] ${op} ${path}`
  return workloads.map((workload) => {
    if (!matches(workload, source.target?.kind, source.target?.name)) return workload
    if (imageOnly) {
      const at = op === 'remove' ? undefined : readScalar(source.yaml, doc, value)
      const inList = workload.containers.filter((c) => c.list === list)
      const old = inList[Number(position)]
      if (!at) return workload
      const image = writtenImage(at.text, placedSpot(at, what, source.place, source.file))
      const replaced: BuildContainer = { list, ...(old?.name !== undefined ? { name: old.name } : {}), image }
      return { ...workload, containers: replaceInList(workload.containers, list, old ? position : '-', old ? 'replace' : 'add', [replaced]) }
    }
    const items = position === undefined ? (asSeq(value, doc)?.items ?? []) : [value]
    const added = items.flatMap(
      (item, i) => readContainer(source.yaml, doc, item, list, `${what}${position === undefined ? `[${i}]` : ''}.image`, source.place, source.file) ?? [],
    )
    return { ...workload, containers: replaceInList(workload.containers, list, position, op, added) }
  })
}

/**
 * Applies one patch to the workloads of a build. JSON 6902 patches (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesjson6902/)
 * are lists of operations; `patches:` (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patches/)
 * takes either kind and tells them apart by that shape, as kustomize does.
 */
export function applyPatch(workloads: readonly Workload[], source: PatchSource): { workloads: Workload[]; problems: ScanProblem[] } {
  const isList = source.yaml.documents.some((doc) => isSeq(doc.parsed.contents))
  if (!source.json6902 && !isList) return strategicMerge(workloads, source)
  let out = [...workloads]
  const problems = walkDocuments(source.yaml, [] as unknown[], (doc) => {
    asSeq(doc.parsed.contents, doc)?.items.forEach((node, index) => {
      out = jsonOperation(source, doc, node, index, out)
    })
  })
  return { workloads: out, problems: [...source.yaml.problems, ...problems] }
}
