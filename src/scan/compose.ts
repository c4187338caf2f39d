import type { BoundedDocument } from '../yaml/index.js'
import { interpolate, type Variables } from './compose-interpolation.js'
import type { ImageOccurrence, ScanResult, ValueSource } from './types.js'
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

/** The variables Compose interpolates a file with: its project's `.env`, or the env files given instead. */
export interface ComposeVariables {
  readonly variables: Variables
  /** The env files in messages, e.g. `deploy/.env`. */
  readonly label: string
}

/**
 * `services.*.image`, interpolated with `env` (https://docs.docker.com/compose/how-tos/environment-variables/envvars-precedence/:
 * the `.env` of the project directory, or the `--env-file` files instead). A service's `env_file:`
 * sets its container's environment and never takes part in interpolating the Compose file, so it
 * is not read here. A service with only `build:` builds its image locally and names none. The
 * occurrence covers the whole scalar even when only a `${VAR:-default}` part of it was rewritten.
 */
export function scanCompose(yaml: YamlFile, env?: ComposeVariables): ScanResult {
  const out: ImageOccurrence[] = []
  const problems = walkDocuments(yaml, out, (doc) => {
    const root = asMap(doc.parsed.contents, doc)
    const services = root && asMap(mapGet(root, 'services', doc), doc)
    if (!services) return
    for (const { key, value } of mapEntries(services, doc)) {
      const service = asMap(value, doc)
      const at = service && readScalar(yaml, doc, mapGet(service, 'image', doc))
      if (!at) continue
      const { value: text, unknown, sources } = interpolate(at.text, env ?? {})
      const where = `services.${key}.image`
      if (unknown.length === 0) {
        const occurrence = yamlOccurrence(yaml, 'compose', { at, text, where })
        out.push(sources.length === 0 ? occurrence : { ...occurrence, sources: sources.map(valueSource) })
      } else {
        const from = env === undefined ? 'the environment or an .env file' : `the environment or ${env.label}`
        const unresolved = `Compose fills it from ${from}: ${unknown.join('; ')}`
        out.push(yamlOccurrence(yaml, 'compose', { at, text: at.text, where, unresolved }))
      }
    }
  })
  return { occurrences: out, problems }
}

function valueSource({
  start,
  end,
  variable,
}: {
  start: number
  end: number
  variable: { name: string; origin: Omit<ValueSource, 'start' | 'end' | 'variable'> }
}): ValueSource {
  return { start, end, variable: variable.name, ...variable.origin }
}
