import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml'
import { YamlLimitError, type BoundedDocument } from '../yaml/index.js'
import { CUSTOM_POD_TEMPLATES, kubernetesKind, readsKind } from './kubernetes.js'
import type { ScanProblem } from './types.js'
import type { YamlFile } from './yaml-documents.js'
import { asMap, mapGet, stringValue } from './yaml-nodes.js'

/** A file of thousands of such documents is said in a few findings, not thousands. */
const MAX_PROBLEMS_PER_FILE = 10

/** The `image` fields of one document, in source order: their key nodes. Aliases are not followed (an aliased image is written at its anchor). */
function imageKeys(root: unknown): Node[] {
  const found: Node[] = []
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    const node = pending.pop()
    if (isPair(node)) {
      if (isScalar(node.key) && node.key.value === 'image' && isScalar(node.value) && typeof node.value.value === 'string') found.push(node.value)
      pending.push(node.value, node.key)
    } else if (isMap(node) || isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i])
    }
  }
  return found
}

/**
 * The PodSpec node of a custom resource that keeps one where workloads do, if this document is
 * one. Read without the walk budget, as imageKeys reads (no alias is followed): the scanner has
 * spent the budget on the same lookups already.
 */
function customPodSpec(doc: BoundedDocument, kind: string): Node | undefined {
  if (readsKind(kind)) return undefined
  for (const path of Object.values(CUSTOM_POD_TEMPLATES)) {
    const spec = doc.parsed.getIn(path, true)
    if (isMap(spec) && isSeq(spec.get('containers', true))) return spec
  }
  return undefined
}

function within(node: Node, outer: Node | undefined): boolean {
  if (outer?.range == null || node.range == null) return false
  return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[2]
}

function objectName(doc: BoundedDocument, kind: string): string {
  try {
    return namedObject(doc, kind)
  } catch (error) {
    if (error instanceof YamlLimitError) return kind
    throw error
  }
}

function namedObject(doc: BoundedDocument, kind: string): string {
  const root = asMap(doc.parsed.contents, doc)
  const metadata = root && asMap(mapGet(root, 'metadata', doc), doc)
  const name = metadata && stringValue(mapGet(metadata, 'name', doc), doc)
  const apiVersion = root && stringValue(mapGet(root, 'apiVersion', doc), doc)
  return `${name === undefined ? kind : `${kind}/${name}`}${apiVersion === undefined ? '' : ` (${apiVersion})`}`
}

/**
 * `image:` fields that no scanner reads: in objects of kinds the Kubernetes scanner does not know
 * (an Argo Rollout, a Knative Service, a Tekton Task) or in YAML of no deployment kind at all (a
 * workflow's `container.image`). Each such document is one `scan.skipped` problem at its first
 * image, so an image is never left unchecked without a word (issue 15).
 */
export function unreadImageProblems(yaml: YamlFile, scannedAs: 'kubernetes' | 'other'): ScanProblem[] {
  const problems: ScanProblem[] = []
  for (const doc of yaml.documents) {
    let kind: string | undefined
    try {
      kind = kubernetesKind(doc.parsed.contents, doc)
    } catch (error) {
      // The walk budget is spent: the scanner has reported that limit for the file already.
      if (error instanceof YamlLimitError) break
      throw error
    }
    if (scannedAs === 'kubernetes' && (kind === undefined || readsKind(kind) || kind === 'Kustomization')) continue
    // A custom resource's pod template is read (kubernetes.ts); images elsewhere in it are not.
    const template = scannedAs === 'kubernetes' && kind !== undefined ? customPodSpec(doc, kind) : undefined
    const images = imageKeys(doc.parsed.contents).filter((image) => !within(image, template))
    const first = images[0]?.range
    if (!first) continue
    const { line, col } = yaml.lineCounter.linePos(first[0])
    const count = images.length === 1 ? 'its image field' : `its ${images.length} image fields (the first here)`
    const what = kind === undefined ? 'this YAML is not of a kind shiptag reads' : `${objectName(doc, kind)} is of a kind shiptag does not read`
    problems.push({
      file: yaml.file,
      line,
      column: col,
      message: `${what}, so ${count} ${images.length === 1 ? 'was' : 'were'} not checked`,
      hint: 'shiptag reads pod-bearing Kubernetes objects, kustomizations, Helm values, Compose files and Dockerfiles; check this image by hand, or leave the file out of the files to check',
      skipped: true,
    })
  }
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems
  const rest = problems.length - MAX_PROBLEMS_PER_FILE + 1
  const first = problems[MAX_PROBLEMS_PER_FILE - 1]!
  return [
    ...problems.slice(0, MAX_PROBLEMS_PER_FILE - 1),
    { ...first, message: `${rest} more documents, from this one on, hold image fields in objects of kinds shiptag does not read; they were not checked` },
  ]
}
