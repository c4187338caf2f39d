import { splitActions, tokenize, type Token } from './helm-actions.js'
import { scalarValue, valueLeaves, type HelmValue } from './helm-places.js'
import { scanHelmValues } from './helm-values.js'
import { walkDocuments, parseYamlFile } from './yaml-documents.js'
import { asMap, mapGet, asScalar } from './yaml-nodes.js'

/** A file of a chart as the caller read it. */
export interface ChartFile {
  readonly path: string
  readonly text: string
}

/** What is read of one chart (a folder with a Chart.yaml) to check its values and templates together. */
export interface ChartFiles {
  /** The chart's folder, `` for the repository root. */
  readonly root: string
  readonly chartYaml?: ChartFile
  /** The chart's default values (`values.yaml` next to Chart.yaml). */
  readonly values?: ChartFile
  /** Every file under `templates/`, helpers (`_helpers.tpl`) included. */
  readonly templates: readonly ChartFile[]
  /**
   * Whether values.yaml is among the files checked (default true). When it is not, its images are
   * not reported by the values scan, so templates that join its values report them instead.
   */
  readonly valuesChecked?: boolean
  /** The parent chart's `global.imageRegistry`, when this chart is a subchart of a chart read too. */
  readonly parentGlobalRegistry?: HelmValue
  /** The parent chart's values under this subchart's key, keyed as this chart's values are. */
  readonly overrides?: ReadonlyMap<string, HelmValue>
}

/**
 * One chart, as its templates see it without rendering: `appVersion`, the scalars of values.yaml,
 * the values templates use as a prefix (`{{ .Values.images.repository }}/svc:…`, a registry and
 * not an image), and the images the values scan reports itself (so a template joining them adds
 * nothing). Built once per chart and handed to the scan of each of its files.
 */
export class HelmChart {
  readonly root: string
  readonly appVersion: HelmValue | undefined
  readonly values: ReadonlyMap<string, HelmValue>
  /** values.yaml and its scalars, which an override file's image maps complete (src/scan/helm-image-parts.ts). */
  readonly base: { readonly file: string; readonly values: ReadonlyMap<string, HelmValue> } | undefined
  readonly prefixPaths: ReadonlySet<string>
  /** Whether a template reads `global.imageRegistry`, itself or through Bitnami's `common.images.*` helpers. */
  readonly usesGlobalRegistry: boolean
  readonly parentGlobalRegistry: HelmValue | undefined
  readonly overrides: ReadonlyMap<string, HelmValue> | undefined
  /** The bodies of the chart's named templates (`{{ define "app.image" }}…{{ end }}`), by name. */
  readonly defines: ReadonlyMap<string, string>
  private readonly maps: ReadonlySet<string>
  private readonly imageRoots: ReadonlySet<string>

  constructor(files: ChartFiles) {
    this.root = files.root
    this.appVersion = files.chartYaml && appVersionOf(files.chartYaml)
    this.prefixPaths = prefixPaths(files.templates)
    this.defines = definesOf(files.templates)
    this.usesGlobalRegistry = files.templates.some((template) => /\.imageRegistry\b|\bcommon\.images\./.test(template.text))
    this.parentGlobalRegistry = files.parentGlobalRegistry
    this.overrides = files.overrides
    const values = new Map<string, HelmValue>()
    const maps = new Set<string>()
    const roots = new Set<string>()
    if (files.values) {
      const yaml = parseYamlFile(files.values.path, files.values.text)
      // Helm reads the first document of a values file (sigs.k8s.io/yaml), so templates see only its values.
      const first = yaml.documents.slice(0, 1)
      walkDocuments({ ...yaml, documents: first }, [], (doc) => valueLeaves(yaml, doc, values, maps))
      const context = {
        appVersion: this.appVersion,
        prefixPaths: this.prefixPaths,
        usesGlobalRegistry: this.usesGlobalRegistry,
        parentGlobalRegistry: this.parentGlobalRegistry,
        ...(this.overrides ? { overrides: this.overrides } : {}),
        roots,
      }
      if (files.valuesChecked !== false) scanHelmValues(yaml, context)
    }
    this.values = values
    this.base = files.values ? { file: files.values.path, values } : undefined
    this.imageRoots = roots
    this.maps = maps
  }

  /** Whether `.Values.<path>` is (part of) an image the values scan reports; `path` is at most MAX_VALUES_PATH long. */
  coversImage(path: string): boolean {
    for (let dot = path.indexOf('.'); dot !== -1; dot = path.indexOf('.', dot + 1)) {
      if (this.imageRoots.has(path.slice(0, dot))) return true
    }
    return this.imageRoots.has(path)
  }

  /** The `global.imageRegistry` this chart's templates see, which its own subcharts see too: the parent's, else its own values'. */
  globalRegistry(): HelmValue | undefined {
    return this.parentGlobalRegistry ?? this.values.get('global.imageRegistry')
  }

  hasMap(path: string): boolean {
    return this.maps.has(path)
  }
}

function appVersionOf(file: ChartFile): HelmValue | undefined {
  const yaml = parseYamlFile(file.path, file.text)
  const doc = yaml.documents[0]
  if (!doc) return undefined
  let value: HelmValue | undefined
  walkDocuments(yaml, [], () => {
    const map = asMap(doc.parsed.contents, doc)
    const scalar = map && asScalar(mapGet(map, 'appVersion', doc), doc)
    value = scalar && scalarValue(yaml, scalar, 'the chart appVersion (Chart.yaml)')
  })
  return value
}

/** Actions that open a block closed by `{{ end }}` (text/template). */
const OPENS_BLOCK = /^(if|with|range|define|block)\b/

/** Each `{{ define "name" }}` body, up to its own `{{ end }}`; the first definition of a name wins, as helm loads them. */
function definesOf(templates: readonly ChartFile[]): Map<string, string> {
  const defines = new Map<string, string>()
  for (const template of templates) {
    const segments = splitActions(template.text) ?? []
    let open: { name: string; from: number } | undefined
    let depth = 0
    for (const segment of segments) {
      if (segment.kind !== 'action') continue
      const define = /^define\s+"([^"]+)"$/.exec(segment.body)
      if (depth === 0 && define) {
        open = { name: define[1]!, from: segment.end }
        depth = 1
      } else if (OPENS_BLOCK.test(segment.body)) depth++
      else if (segment.body === 'end' && depth > 0 && --depth === 0 && open) {
        if (!defines.has(open.name)) defines.set(open.name, template.text.slice(open.from, segment.start))
        open = undefined
      }
    }
  }
  return defines
}

/** `.Values.a.b` or `$.Values.a.b` as a path, else undefined. */
function valuesPath(token: Token | undefined): string | undefined {
  if (token?.kind !== 'field') return undefined
  const name = token.value.startsWith('$.') ? token.value.slice(1) : token.value
  return name.startsWith('.Values.') ? name.slice('.Values.'.length) : undefined
}

/**
 * Values a template writes right before a `/`: `{{ .Values.x }}/…`, `{{ .Values.x | trimSuffix "/" }}/…`
 * or a `%s/` of `printf`. Such a value is a registry or a path prefix, never an image by itself.
 */
function prefixPaths(templates: readonly ChartFile[]): Set<string> {
  const found = new Set<string>()
  for (const template of templates) {
    const segments = splitActions(template.text) ?? []
    segments.forEach((segment, index) => {
      if (segment.kind !== 'action') return
      const tokens = tokenize(segment.body) ?? []
      const next = segments[index + 1]
      const first = valuesPath(tokens[0])
      if (first !== undefined && next?.kind === 'text' && next.text.startsWith('/') && (tokens.length === 1 || tokens[1]?.value === '|')) found.add(first)
      if (tokens[0]?.value === 'printf' && tokens[1]?.kind === 'string') {
        // The text between verbs: the verb before a fragment that starts with `/` formats a prefix.
        const fragments = tokens[1].value.split(/%[svd]/)
        for (let verb = 0; verb < fragments.length - 1; verb++) {
          const path = valuesPath(tokens[2 + verb])
          if (path !== undefined && fragments[verb + 1]!.startsWith('/')) found.add(path)
        }
      }
    })
  }
  return found
}
