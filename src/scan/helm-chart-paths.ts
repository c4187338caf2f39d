/**
 * Which files belong to a Helm chart and how, by path alone: a chart is a folder with a
 * `Chart.yaml`; helm renders every file under its `templates/` and reads `values.yaml` next to
 * Chart.yaml (https://helm.sh/docs/topics/charts/#the-chart-file-structure). Subcharts under
 * `charts/` are charts of their own, so the nearest Chart.yaml decides.
 */

export type ChartRole = 'template' | 'values'

/** The folders that hold a `Chart.yaml` (`` for the repository root), from repository-relative paths. */
export function chartRoots(paths: Iterable<string>): Set<string> {
  const roots = new Set<string>()
  for (const path of paths) {
    if (path === 'Chart.yaml') roots.add('')
    else if (path.endsWith('/Chart.yaml')) roots.add(path.slice(0, -'/Chart.yaml'.length))
  }
  return roots
}

/** Values files by the names the scanner gives the helm-values kind (src/scan/detect-kind.ts). */
const VALUES_NAME = /^(values(-.+)?|.+\.values)\.ya?ml$/i

/** The chart `path` belongs to and as what, or undefined when it is not a template or values file of one. */
export function chartRole(path: string, roots: ReadonlySet<string>): { readonly root: string; readonly role: ChartRole } | undefined {
  for (let end = path.lastIndexOf('/'); ; end = path.lastIndexOf('/', end - 1)) {
    const root = end <= 0 ? '' : path.slice(0, end)
    if (roots.has(root)) {
      const inside = root === '' ? path : path.slice(root.length + 1)
      if (inside.startsWith('templates/')) return { root, role: 'template' }
      if (!inside.includes('/') && VALUES_NAME.test(inside)) return { root, role: 'values' }
      return undefined
    }
    if (end <= 0) return undefined
  }
}
