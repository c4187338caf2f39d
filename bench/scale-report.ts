/**
 * The growth table of bench/RESULTS.md: for each scale curve (bench/scale.ts), requests and wall
 * time at each size n for shiptag and for skopeo, and the straight line a + b·n fitted through them
 * (least squares), so "linear, with a smaller constant" (issue 18) is read off the table.
 */
import { median } from './measure.js'

/** One curve as the report needs it. */
export interface Curve {
  readonly name: string
  /** What n counts: layers, tags, images, platforms. */
  readonly unit: string
  readonly sizes: readonly number[]
  /** What skopeo runs for the same work, as the row names it. */
  readonly skopeo: string
}

/** The figures of one run (bench/registry.bench-run.ts's Run). */
export interface RunFigures {
  readonly ms: number
  readonly total: number
  readonly requests: Readonly<Record<string, number>>
  /** Bytes of tag lists the registries answered with. */
  readonly listBytes: number
  /** The process's peak memory (VmHWM), KiB: flat in blob size is the claim the blob curve checks. */
  readonly peakKiB?: number
}

export interface Line {
  readonly a: number
  readonly b: number
  /** The largest distance of a point from the line. */
  readonly worst: number
}

/** The least-squares line through `points` ([n, value]); through one point: a flat line. */
export function fitLine(points: readonly (readonly [number, number])[]): Line {
  const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length
  const nBar = mean(points.map(([n]) => n))
  const yBar = mean(points.map(([, y]) => y))
  const spread = points.reduce((sum, [n]) => sum + (n - nBar) ** 2, 0)
  const b = spread === 0 ? 0 : points.reduce((sum, [n, y]) => sum + (n - nBar) * (y - yBar), 0) / spread
  const a = yBar - b * nBar
  return { a, b, worst: Math.max(...points.map(([n, y]) => Math.abs(y - (a + b * n)))) }
}

/** Rounded, with thousands separators and a minus sign; `|| 0` turns the -0 of a tiny negative into 0. */
const round = (value: number, digits: number) => (Number(value.toFixed(digits)) || 0).toLocaleString('en').replace('-', '−')
const lineText = (line: Line, digits: number, unit = '') => `${round(line.a, 0)}${unit} ${line.b < 0 ? '−' : '+'} ${round(Math.abs(line.b), digits)}${unit}·n`

/** The middle run by request count: its requests by kind are those of a typical run. */
function typical(runs: readonly RunFigures[]): RunFigures {
  return [...runs].sort((x, y) => x.total - y.total)[Math.floor(runs.length / 2)]!
}

/** Growth per unit of each request kind that grows, from the typical runs at each size. */
function growthByKind(points: readonly (readonly [number, RunFigures])[]): string {
  const kinds = [...new Set(points.flatMap(([, run]) => Object.keys(run.requests)))].sort()
  return kinds
    .map((kind) => [kind, fitLine(points.map(([n, run]) => [n, run.requests[kind] ?? 0])).b] as const)
    .filter(([, b]) => Math.abs(b) >= 0.005)
    .map(([kind, b]) => `${kind} ${round(b, 2)}`)
    .join(', ')
}

export function growthTable<T extends string>(
  curves: readonly Curve[],
  scale: ReadonlyMap<string, ReadonlyMap<T, readonly RunFigures[]>>,
  nameOf: (curve: Curve, n: number) => string,
  label: (tool: T) => string,
): string {
  const lines = [
    '',
    '## Growth with size (issue 18)',
    '',
    'Each curve is the same work at two or three sizes n; "≈ a + b·n" is the least-squares line through the medians (b: the cost of one more unit, a: the fixed cost). Request counts that leave the line by more than half a request are marked **not linear**. Layers are 4 KiB of random bytes, except in the blob-size curve; the images of the image curves one layer each; peak memory is the VmHWM of the largest process, median of the runs; every destination digest was verified after every run.',
    '',
    '| curve | tool (skopeo: the command it runs) | n | requests | requests ≈ a + b·n | growth per unit, by kind | wall time | wall time ≈ a + b·n | tag-list bytes read | peak memory |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ]
  for (const curve of curves) {
    const sizes = curve.sizes.filter((n) => scale.has(nameOf(curve, n)))
    if (sizes.length === 0) continue
    const tools = [...new Set(sizes.flatMap((n) => [...scale.get(nameOf(curve, n))!.keys()]))]
    for (const tool of tools) {
      const runsAt = sizes.flatMap((n) => {
        const runs = scale.get(nameOf(curve, n))!.get(tool)
        return runs && runs.length > 0 ? [[n, runs] as const] : []
      })
      const points = (pick: (run: RunFigures) => number) => runsAt.map(([n, runs]) => [n, median(runs.map(pick))] as const)
      const requests = fitLine(points((run) => run.total))
      const ms = fitLine(points((run) => run.ms))
      const fitted = (line: Line, text: string) =>
        runsAt.length < 2
          ? '(one size run)'
          : `${text}${runsAt.length === 2 ? ' (2 sizes)' : line.worst > 0.5 ? ` **not linear** (a point ${round(line.worst, 1)} off)` : ''}`
      const listBytes = points((run) => run.listBytes)
      lines.push(
        [
          tool === tools[0] ? curve.name : '',
          tool === 'skopeo' ? `skopeo: ${curve.skopeo}` : label(tool),
          runsAt.map(([n]) => n).join(' / '),
          points((run) => run.total)
            .map(([, y]) => round(y, 0))
            .join(' / '),
          fitted(requests, lineText(requests, 2)),
          growthByKind(runsAt.map(([n, runs]) => [n, typical(runs)] as const)),
          `${points((run) => run.ms)
            .map(([, y]) => round(y, 0))
            .join(' / ')} ms`,
          runsAt.length < 2 ? '' : lineText(ms, 1, ' ms'),
          listBytes.some(([, y]) => y > 0) ? listBytes.map(([, y]) => formatBytes(y)).join(' / ') : '0',
          `${points((run) => run.peakKiB ?? 0)
            .map(([, y]) => round(y / 1024, 0))
            .join(' / ')} MiB`,
        ]
          .join(' | ')
          .replace(/^/, '| ')
          .concat(' |'),
      )
    }
  }
  return `${lines.join('\n')}\n`
}

function formatBytes(bytes: number): string {
  if (bytes < 10 * 1024) return `${bytes.toFixed(0)} B`
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
