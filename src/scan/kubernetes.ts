import type { BoundedDocument } from '../yaml/index.js'
import type { ImageOccurrence, ScanResult } from './types.js'
import { walkDocuments, type YamlFile } from './yaml-documents.js'
import { asMap, asSeq, mapEntries, mapGet, mapPath, stringValue } from './yaml-nodes.js'
import { readScalar, yamlOccurrence } from './yaml-occurrence.js'

/** Where each built-in pod-bearing kind keeps its PodSpec (Kubernetes API reference, apps/v1, batch/v1, core/v1). */
export const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
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

/**
 * Where a custom resource keeps its pod template when it follows the workload convention: Argo
 * Rollouts, Knative Services, OpenKruise CloneSets and most operators' workloads embed a
 * PodTemplateSpec at `spec.template` (or a Job template at `spec.jobTemplate`), as Deployment does.
 * Read only when a `containers` list is there, so an unrelated `spec.template` is left alone.
 */
export const CUSTOM_POD_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  template: ['spec', 'template', 'spec'],
  jobTemplate: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
}

/** Every PodSpec list whose entries carry an `image`; ephemeral containers run images too. */
export const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const

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

/** Whether scanKubernetes reads the images of every object of this kind (built-in pod-bearing kinds and Lists of them). */
export function readsKind(kind: string): boolean {
  return Object.hasOwn(POD_SPEC_PATHS, kind) || isListKind(kind)
}

/** Where an object of `kind` keeps its PodSpec: the built-in kind's path, or a custom resource's pod template. */
export function podSpecPath(kind: string, node: unknown, doc: BoundedDocument): readonly string[] | undefined {
  if (Object.hasOwn(POD_SPEC_PATHS, kind)) return POD_SPEC_PATHS[kind]
  if (isListKind(kind) || kind === 'Kustomization') return undefined
  // The object's spec is read once: each lookup spends the file's walk budget (src/yaml/walk-budget.ts).
  const spec = asMap(mapPath(node, ['spec'], doc), doc)
  if (!spec) return undefined
  for (const { key, value } of mapEntries(spec, doc)) {
    const path = Object.hasOwn(CUSTOM_POD_TEMPLATES, key) ? CUSTOM_POD_TEMPLATES[key]! : undefined
    const podSpec = path && asMap(mapPath(value, path.slice(2), doc), doc)
    if (podSpec && asSeq(mapGet(podSpec, 'containers', doc), doc) !== undefined) return path
  }
  return undefined
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
  const specPath = podSpecPath(kind, node, doc)
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
