import type { BoundedDocument } from '../yaml/index.js'
import type { ImageOccurrence, ScanResult } from './types.js'
import { walkDocuments, type YamlFile } from './yaml-documents.js'
import { asMap, asSeq, mapGet, mapPath, stringValue } from './yaml-nodes.js'
import { readScalar, yamlOccurrence } from './yaml-occurrence.js'

/** Where each built-in pod-bearing kind keeps its PodSpec (Kubernetes API reference, apps/v1, batch/v1, core/v1). */
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
}

/** Every PodSpec list whose entries carry an `image`; ephemeral containers run images too. */
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const

/** `apiVersion` and `kind` strings are what every Kubernetes object has and other YAML usually lacks. */
export function kubernetesKind(root: unknown, doc: BoundedDocument): string | undefined {
  const map = asMap(root, doc)
  if (!map || stringValue(mapGet(map, 'apiVersion', doc), doc) === undefined) return undefined
  return stringValue(mapGet(map, 'kind', doc), doc)
}

/** `List` and typed lists such as `DeploymentList` (what `kubectl get -o yaml` prints) hold objects in `items`. */
function isListKind(kind: string): boolean {
  return kind === 'List' || (kind.endsWith('List') && kind.length > 'List'.length)
}

/** Whether scanKubernetes reads the images of objects of this kind (pod-bearing kinds and Lists of them). */
export function readsKind(kind: string): boolean {
  return Object.hasOwn(POD_SPEC_PATHS, kind) || isListKind(kind)
}

/** `depth` counts Lists within Lists, which aliases can chain without end. */
function scanObject(yaml: YamlFile, doc: BoundedDocument, node: unknown, prefix: string, out: ImageOccurrence[], depth = 0): void {
  const kind = kubernetesKind(node, doc)
  if (kind === undefined) return
  if (isListKind(kind)) {
    const items = asSeq(mapPath(node, ['items'], doc), doc)
    if (items) doc.descend(items, depth + 1)
    items?.items.forEach((item, index) => scanObject(yaml, doc, item, `${prefix}items[${index}] `, out, depth + 1))
    return
  }
  const specPath = POD_SPEC_PATHS[kind]
  if (!specPath) return
  const name = stringValue(mapPath(node, ['metadata', 'name'], doc), doc)
  const label = `${prefix}${name === undefined ? kind : `${kind}/${name}`}`
  const spec = asMap(mapPath(node, specPath, doc), doc)
  if (!spec) return
  for (const list of CONTAINER_LISTS) {
    asSeq(mapGet(spec, list, doc), doc)?.items.forEach((container, index) => {
      const containerMap = asMap(container, doc)
      const at = containerMap && readScalar(yaml, doc, mapGet(containerMap, 'image', doc))
      if (!at) return
      out.push(yamlOccurrence(yaml, 'kubernetes', { at, text: at.text, where: `${label} ${specPath.join('.')}.${list}[${index}].image` }))
    })
  }
}

/** Images of every pod-bearing object in a (multi-document) manifest. */
export function scanKubernetes(yaml: YamlFile): ScanResult {
  const out: ImageOccurrence[] = []
  const problems = walkDocuments(yaml, out, (doc) => scanObject(yaml, doc, doc.parsed.contents, '', out))
  return { occurrences: out, problems }
}
