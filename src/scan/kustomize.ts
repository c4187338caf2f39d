import type { BoundedDocument } from '../yaml/index.js'
import type { ImageOccurrence, ScanResult } from './types.js'
import { walkDocuments, type YamlFile } from './yaml-documents.js'
import { asMap, asSeq, mapGet } from './yaml-nodes.js'
import { readScalar, yamlOccurrence } from './yaml-occurrence.js'
import type { LocatedScalar } from './yaml-positions.js'

/**
 * The `images` transformer of a kustomization (kustomize docs, "images"): each entry rewrites every
 * container image whose name matches `name`. What reaches the cluster is the effective reference
 * `(newName ?? name)[:newTag][@digest]`, so that is what is reported, at the field that decides it
 * last: newTag, then digest, then newName, then name.
 */
function scanEntry(yaml: YamlFile, doc: BoundedDocument, node: unknown, index: number): ImageOccurrence | undefined {
  const entry = asMap(node, doc)
  if (!entry) return undefined
  const field = (key: string): LocatedScalar | undefined => readScalar(yaml, doc, mapGet(entry, key, doc))
  const name = field('name')
  const newName = field('newName')
  const newTag = field('newTag')
  const digest = field('digest')
  // An entry with only `name` rewrites nothing, so it names no image of its own.
  if (!newName && !newTag && !digest) return undefined
  const repository = (newName ?? name)?.text
  if (repository === undefined) return undefined
  const text = `${repository}${newTag ? `:${newTag.text}` : ''}${digest ? `@${digest.text}` : ''}`
  const [key, at] = newTag ? ['newTag', newTag] : digest ? ['digest', digest] : ['newName', newName]
  if (!at) return undefined
  return yamlOccurrence(yaml, 'kustomize', { at, text, where: `images[${index}].${key}` })
}

export function scanKustomize(yaml: YamlFile): ScanResult {
  const out: ImageOccurrence[] = []
  const problems = walkDocuments(yaml, out, (doc) => {
    const root = asMap(doc.parsed.contents, doc)
    const images = root && asSeq(mapGet(root, 'images', doc), doc)
    images?.items.forEach((node, index) => {
      const occurrence = scanEntry(yaml, doc, node, index)
      if (occurrence) out.push(occurrence)
    })
  })
  return { occurrences: out, problems }
}
