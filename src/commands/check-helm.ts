import { HelmChart, MAX_SCAN_FILE_BYTES, chartRole, chartRoots, type ChartFile, type ChartRole, type HelmValue } from '../scan/index.js'
import { errorMessage } from '../errors.js'
import { readTextWithin, type WorkspaceFile } from '../workspace/index.js'

/**
 * The most `check` reads in one run to understand charts (Chart.yaml, values.yaml, every template
 * and helper), on top of the files it scans: charts in a pull request are input nobody vetted, and
 * 10,000 of them must not cost 10,000 full reads (issue 12: work bounded by the input's size).
 */
export const MAX_CHART_CONTEXT_BYTES = 16 * 1024 * 1024

const MIB = 1024 * 1024

/** A file of a chart and the chart read as a whole. */
export interface ChartOfFile {
  readonly role: ChartRole
  readonly chart: HelmChart
}

/**
 * The Helm charts of a workspace, each read once when one of its files is scanned. Values and
 * templates are checked together (src/scan/helm-chart.ts); what that cannot see without rendering
 * is said once per chart in `notes()`.
 */
export class HelmCharts {
  private readonly roots: Set<string>
  private readonly byPath: ReadonlyMap<string, WorkspaceFile>
  private readonly templates = new Map<string, WorkspaceFile[]>()
  private readonly charts = new Map<string, Promise<HelmChart>>()
  /** The charts a scanned file belongs to: a parent read only for what its subcharts inherit has no note. */
  private readonly scanned = new Set<string>()
  private readonly short = new Set<string>()
  private readonly failed = new Map<string, string>()
  private readonly limit: number
  /** `checked`: whether a path is among the files this run checks (the globs); `budget`: bytes of chart files read at most. */
  constructor(
    files: readonly WorkspaceFile[],
    private readonly checked: (path: string) => boolean,
    private budget = MAX_CHART_CONTEXT_BYTES,
  ) {
    this.limit = budget
    this.roots = chartRoots(files.map((file) => file.path))
    this.byPath = new Map(files.map((file) => [file.path, file]))
    for (const file of files) {
      const found = chartRole(file.path, this.roots)
      if (found?.role !== 'template') continue
      const list = this.templates.get(found.root) ?? []
      list.push(file)
      this.templates.set(found.root, list)
    }
  }

  /** The chart `path` is a template or values file of, read on first use; undefined for any other file. */
  async chartOf(path: string): Promise<ChartOfFile | undefined> {
    const found = chartRole(path, this.roots)
    if (!found) return undefined
    this.scanned.add(found.root)
    return { role: found.role, chart: await this.chartAt(found.root) }
  }

  /** What was not checked, once per chart that had a file scanned. */
  notes(): string[] {
    return [...this.charts.keys()]
      .filter((root) => this.scanned.has(root))
      .map((root) => {
        const name = root === '' ? 'the chart at the repository root' : `Helm chart ${root}`
        const failed = this.failed.get(root)
        if (failed !== undefined) return `${name}: its values and templates could not be read together (${failed}), so each file was checked on its own`
        const short = this.short.has(root)
          ? `; some of its files were not read (check reads at most ${this.limit % MIB === 0 ? `${this.limit / MIB} MiB` : `${this.limit} bytes`} of chart files in one run)`
          : ''
        return `${name}: checked without rendering (helm is not run): images written in its templates and values.yaml (with Chart.yaml's appVersion) are checked; values given at install (--set, -f), conditions and loops, named templates that emit whole containers, and subcharts not vendored under charts/ are not${short}`
      })
  }

  private async read(root: string): Promise<HelmChart> {
    const prefix = root === '' ? '' : `${root}/`
    const named = async (name: string): Promise<ChartFile | undefined> => {
      const file = this.byPath.get(`${prefix}${name}`)
      const text = file && (await this.readFile(root, file))
      return file && text !== undefined ? { path: file.path, text } : undefined
    }
    // Chart.yaml and values.yaml first: past the budget, what templates join is still known.
    const chartYaml = await named('Chart.yaml')
    const values = await named('values.yaml')
    const templates: ChartFile[] = []
    for (const file of this.templates.get(root) ?? []) {
      const text = await this.readFile(root, file)
      if (text !== undefined) templates.push({ path: file.path, text })
    }
    // A subchart (<parent>/charts/<name>) sees its parent's globals over its own, as helm merges them.
    const parent = await this.parentOf(root)
    const parentGlobalRegistry = parent?.globalRegistry()
    const overrides = parent && subchartValues(parent, root.slice(root.lastIndexOf('/') + 1))
    try {
      return new HelmChart({
        root,
        templates,
        ...(chartYaml ? { chartYaml } : {}),
        ...(values ? { values, valuesChecked: this.checked(values.path) } : {}),
        ...(parentGlobalRegistry ? { parentGlobalRegistry } : {}),
        ...(overrides && overrides.size > 0 ? { overrides } : {}),
      })
    } catch (error) {
      // Reading a chart never stops the check: its files are then scanned each on its own, and the note says why.
      this.failed.set(root, errorMessage(error))
      return new HelmChart({ root, templates: [] })
    }
  }

  /** The chart a subchart at `<parent>/charts/<name>` belongs to, when that folder is a chart too. */
  private async parentOf(root: string): Promise<HelmChart | undefined> {
    const match = /^(?:(.*)\/)?charts\/[^/]+$/.exec(root)
    const parent = match?.[1] ?? (match ? '' : undefined)
    return parent === undefined || !this.roots.has(parent) ? undefined : this.chartAt(parent)
  }

  /** The chart at `root`, read once however many of its files (or subcharts) ask. */
  private chartAt(root: string): Promise<HelmChart> {
    let chart = this.charts.get(root)
    if (!chart) {
      chart = this.read(root)
      this.charts.set(root, chart)
    }
    return chart
  }

  private async readFile(root: string, file: WorkspaceFile): Promise<string | undefined> {
    const read = await readTextWithin(file.real, Math.min(MAX_SCAN_FILE_BYTES, this.budget)).catch(() => undefined)
    if (!read || 'tooLarge' in read) {
      this.short.add(root)
      return undefined
    }
    this.budget -= read.bytes
    return read.text
  }
}

/** The parent's values under a subchart's key (its folder under `charts/`, which is its name), keyed as the subchart's own. */
function subchartValues(parent: HelmChart, name: string): Map<string, HelmValue> {
  const prefix = `${name}.`
  const values = new Map<string, HelmValue>()
  for (const [path, value] of parent.values) if (path.startsWith(prefix)) values.set(path.slice(prefix.length), value)
  return values
}
