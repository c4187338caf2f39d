import type { BoundedDocument } from '../yaml/index.js'
import { interpolate } from './compose-interpolation.js'
import type { ImageOccurrence, ScanResult } from './types.js'
import { walkDocuments, type YamlFile } from './yaml-documents.js'
import { asMap, mapEntries, mapGet } from './yaml-nodes.js'
import { readScalar, yamlOccurrence } from './yaml-occurrence.js'

/** A top-level `services` map with at least one service that has `image` or `build`: how a Compose file looks. */
export function looksLikeCompose(root: unknown, doc: BoundedDocument): boolean {
  const map = asMap(root, doc)
  const services = map && asMap(mapGet(map, 'services', doc), doc)
  if (!services) return false
  return mapEntries(services, doc).some((entry) => {
    const service = asMap(entry.value, doc)
    return service !== undefined && mapEntries(service, doc).some((field) => field.key === 'image' || field.key === 'build')
  })
}

/**
 * `services.*.image`. A service with only `build:` builds its image locally and names none. The
 * occurrence covers the whole scalar even when only a `${VAR:-default}` part of it was rewritten.
 */
export function scanCompose(yaml: YamlFile): ScanResult {
  const out: ImageOccurrence[] = []
  const problems = walkDocuments(yaml, out, (doc) => {
    const root = asMap(doc.parsed.contents, doc)
    const services = root && asMap(mapGet(root, 'services', doc), doc)
    if (!services) return
    for (const { key, value } of mapEntries(services, doc)) {
      const service = asMap(value, doc)
      const at = service && readScalar(yaml, doc, mapGet(service, 'image', doc))
      if (!at) continue
      const { value: text, unknown } = interpolate(at.text)
      const where = `services.${key}.image`
      if (unknown.length === 0) {
        out.push(yamlOccurrence(yaml, 'compose', { at, text, where }))
      } else {
        const unresolved = `Compose fills it from the environment or an .env file: ${unknown.join('; ')}`
        out.push(yamlOccurrence(yaml, 'compose', { at, text: at.text, where, unresolved }))
      }
    }
  })
  return { occurrences: out, problems }
}
