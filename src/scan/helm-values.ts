import { isMap, isSeq } from 'yaml'
import type { Node } from 'yaml'
import type { BoundedDocument } from '../yaml/index.js'
import { joinImage } from './helm-image-parts.js'
import { scalarValue, type HelmValue } from './helm-places.js'
import type { ImageOccurrence, ScanResult } from './types.js'
import { walkDocuments, type YamlFile } from './yaml-documents.js'
import { asScalar, mapEntries, mapPath, resolveNode, stringValue, type MapEntry } from './yaml-nodes.js'
import { readScalar, templateUnresolved, yamlOccurrence } from './yaml-occurrence.js'
import type { LocatedScalar } from './yaml-positions.js'

/**
 * Values files have no schema: charts name images by convention only. Two conventions cover most
 * charts (docs/policy.md#helm-values):
 *   (a) `image: repo[:tag][@digest]` as one string;
 *   (b) a map with `repository` (or `image`) and optional `registry`, `tag`, `digest`, which the
 *       chart's template joins. Without rendering, siblings are paired heuristically.
 */

/**
 * Plausible repository text: no spaces, no URL scheme (a Helm chart repository is not an image).
 * A `{{ … }}` value is kept: it names an image, one that only rendering reveals.
 */
function looksLikeRepository(text: string): boolean {
  if (templateUnresolved(text) !== undefined) return true
  return /^\S+$/.test(text) && !text.includes('://') && /[A-Za-z0-9]/.test(text)
}

const APP_VERSION =
  'no tag is set, so the tag defaults to the chart appVersion (Chart.yaml), as chart templates usually write `.Values.image.tag | default .Chart.AppVersion`'

/** What the chart around a values file adds (src/scan/helm-chart.ts); a values file alone has none. */
export interface HelmValuesContext {
  readonly appVersion: HelmValue | undefined
  /** Values the chart's templates use as a prefix: a registry, not an image. */
  readonly prefixPaths: ReadonlySet<string>
  /** Filled with the path of each image reported, for templates that join the same values. */
  readonly roots?: Set<string>
  /**
   * Whether the chart's templates read `global.imageRegistry` (themselves or through Bitnami's
   * common.images.image); false: a `global.imageRegistry` in the values changes no image.
   */
  readonly usesGlobalRegistry?: boolean
  /**
   * The parent chart's `global.imageRegistry` when this chart is a subchart (`<parent>/charts/<name>`):
   * Helm copies the parent's globals over the subchart's, so the parent's wins
   * (https://helm.sh/docs/chart_template_guide/subcharts_and_globals/#global-chart-values).
   */
  readonly parentGlobalRegistry?: HelmValue | undefined
  /**
   * The parent chart's values under this subchart's key (`redis.image.tag` in the parent is
   * `image.tag` here), which win over the subchart's own, as helm coalesces them
   * (https://helm.sh/docs/chart_template_guide/subcharts_and_globals/#overriding-values-from-a-parent-chart).
   */
  readonly overrides?: ReadonlyMap<string, HelmValue>
  /** The chart's values.yaml: an override file's image map takes the parts it does not set from it. */
  readonly base?: { readonly file: string; readonly values: ReadonlyMap<string, HelmValue> }
}

interface Walk {
  readonly yaml: YamlFile
  readonly doc: BoundedDocument
  readonly out: ImageOccurrence[]
  /** Collections on the current path: an alias inside its own anchor would otherwise loop. */
  readonly ancestors: Set<Node>
  readonly chart: HelmValuesContext | undefined
  /** Bitnami's `global.imageRegistry`, which its `common.images.image` puts before every `registry`. */
  readonly globalRegistry: HelmValue | undefined
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

/**
 * A value that is a registry or a path prefix, not an image: the chart's templates write it before
 * a `/` (`{{ .Values.images.repository }}/emailservice:…`), or it is a `repository` that is a bare
 * host (`registry.example.com`, `localhost:5000`: distribution/reference reads a first component
 * with `.` or `:` as a host). A whole `image:` string is not judged by its shape, as `nginx:1.25`
 * is a name and a tag.
 */
function isPrefixOnly(walk: Walk, path: string, text: string, isRepository: boolean): boolean {
  if (walk.chart?.prefixPaths.has(path)) return true
  return isRepository && !text.includes('/') && (/[.:]/.test(text) || text === 'localhost') && templateUnresolved(text) === undefined
}

/** The chart's values.yaml, for an override file (`values-prod.yaml`) whose image map sets only some parts. */
function baseValue(walk: Walk, path: string): HelmValue | undefined {
  const base = walk.chart?.base
  if (!base || base.file === walk.yaml.file) return undefined
  const value = base.values.get(path)
  return value?.text ? value : undefined
}

/** Convention (b); returns the keys it consumed so (a) does not report the same `image` again. */
function scanSplitImage(walk: Walk, entries: readonly MapEntry[], path: string): ReadonlySet<string> {
  const node = (key: string) => entries.find((entry) => entry.key === key)?.value
  const located = (key: string): LocatedScalar | undefined => readScalar(walk.yaml, walk.doc, node(key))
  const own = (key: string): HelmValue | undefined => {
    const scalar = asScalar(node(key), walk.doc)
    return scalar && scalarValue(walk.yaml, scalar, `${join(path, key)} (${walk.yaml.file})`)
  }
  const repositoryKey = located('repository') ? 'repository' : 'image'
  const ownRepository = located(repositoryKey)
  const [registry, tag, digest] = [located('registry'), located('tag'), located('digest')]
  const primaryKey = tag ? 'tag' : ownRepository ? repositoryKey : digest ? 'digest' : registry ? 'registry' : undefined
  const primary = primaryKey === undefined ? undefined : located(primaryKey)
  const repository = (ownRepository && own(repositoryKey)) ?? baseValue(walk, join(path, 'repository'))
  if (!primary || !repository || !looksLikeRepository(repository.text)) return new Set()
  // A lone `image: x` string is convention (a); it only pairs with siblings that complete it.
  if (repositoryKey === 'image' && ownRepository && !registry && !tag && !digest && node('tag') === undefined) return new Set()
  const consumed = new Set([repositoryKey, 'registry', 'tag', 'digest'])
  if (isPrefixOnly(walk, join(path, repositoryKey), repository.text, repositoryKey === 'repository')) return consumed
  // A parent chart's value for a part wins over this file's (a subchart's values.yaml).
  const over = (key: string) => walk.chart?.overrides?.get(join(path, key))
  const pick = (key: string) => over(key) ?? (node(key) === undefined ? baseValue(walk, join(path, key)) : own(key))
  const joined = joinImage(path, {
    repository: over(repositoryKey) ?? repository,
    ...optional('registry', pick('registry')),
    ...optional('tag', over('tag') ?? (node('tag') === undefined ? (walk.chart?.base?.values.get(join(path, 'tag')) ?? undefined) : own('tag'))),
    ...optional('digest', pick('digest')),
    ...optional('globalRegistry', walk.chart?.usesGlobalRegistry === false ? undefined : (walk.globalRegistry ?? baseValue(walk, 'global.imageRegistry'))),
    ...optional('appVersion', walk.chart?.appVersion),
  })
  const occurrence = yamlOccurrence(walk.yaml, 'helm-values', {
    at: primary,
    text: joined.text,
    where: join(path, primaryKey!),
    unresolved: joined.tagless ? APP_VERSION : undefined,
  })
  walk.out.push({ ...occurrence, parts: joined.parts, ...(joined.related.length > 0 ? { related: joined.related } : {}) })
  walk.chart?.roots?.add(path)
  return consumed
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}

/**
 * Every node of the document, aliases followed: the file's walk budget (src/yaml) bounds what
 * aliases of aliases ("billion laughs") expand to, and `depth` how deep they chain.
 */
function scanNode(walk: Walk, node: unknown, path: string, depth: number): void {
  const resolved = resolveNode(node, walk.doc)
  if (!resolved || walk.ancestors.has(resolved)) return
  walk.doc.descend(resolved, depth)
  walk.ancestors.add(resolved)
  if (isMap(resolved)) {
    const entries = mapEntries(resolved, walk.doc)
    const consumed = scanSplitImage(walk, entries, path)
    for (const entry of entries) {
      if (consumed.has(entry.key)) continue
      // Only a string is a reference: `image: true` or `image: 3` is some chart's own setting.
      const isString = entry.key === 'image' && stringValue(entry.value, walk.doc) !== undefined
      const at = isString ? readScalar(walk.yaml, walk.doc, entry.value) : undefined
      if (at && looksLikeRepository(at.text)) {
        if (isPrefixOnly(walk, join(path, entry.key), at.text, false)) continue
        walk.out.push(yamlOccurrence(walk.yaml, 'helm-values', { at, text: at.text, where: join(path, entry.key) }))
        walk.chart?.roots?.add(join(path, entry.key))
      } else {
        scanNode(walk, entry.value, join(path, entry.key), depth + 1)
      }
    }
  } else if (isSeq(resolved)) {
    resolved.items.forEach((item, index) => scanNode(walk, item, `${path}[${index}]`, depth + 1))
  }
  walk.ancestors.delete(resolved)
}

/** `global.imageRegistry` of this values file, else none: an override file's own global wins over the chart's. */
function globalRegistryOf(yaml: YamlFile, doc: BoundedDocument): HelmValue | undefined {
  const scalar = asScalar(mapPath(doc.parsed.contents, ['global', 'imageRegistry'], doc), doc)
  return scalar ? scalarValue(yaml, scalar, `global.imageRegistry (${yaml.file})`) : undefined
}

export function scanHelmValues(yaml: YamlFile, chart?: HelmValuesContext): ScanResult {
  const out: ImageOccurrence[] = []
  const problems = walkDocuments(yaml, out, (doc) =>
    scanNode(
      { yaml, doc, out, ancestors: new Set(), chart, globalRegistry: chart?.parentGlobalRegistry ?? globalRegistryOf(yaml, doc) },
      doc.parsed.contents,
      '',
      0,
    ),
  )
  return { occurrences: out, problems }
}
