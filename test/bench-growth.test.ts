import { describe, expect, it } from 'vitest'
import { fitLine, growthTable, type Curve, type RunFigures } from '../bench/scale-report.js'

describe('fitLine: the least-squares line a + b·n of the growth table', () => {
  it.each([
    { points: [[1, 11]], a: 11, b: 0, worst: 0 },
    {
      points: [
        [1, 11],
        [200, 607],
      ],
      a: 8,
      b: 3,
      worst: 0,
    },
    {
      points: [
        [1, 11],
        [100, 308],
        [200, 608],
      ],
      a: 8,
      b: 3,
      worst: 0,
    },
    {
      points: [
        [1, 17],
        [20, 17],
      ],
      a: 17,
      b: 0,
      worst: 0,
    },
    // n × n/100 pages: the tag list re-read per image on a paging registry.
    {
      points: [
        [1, 1],
        [100, 10_000],
        [200, 40_000],
      ],
      a: -3516.7,
      b: 201.17,
      worst: 6599.9,
    },
  ])('$points', ({ points, a, b, worst }) => {
    const line = fitLine(points as [number, number][])
    expect(line.a).toBeCloseTo(a, 0)
    expect(line.b).toBeCloseTo(b, 1)
    expect(line.worst).toBeCloseTo(worst, 0)
  })
})

describe('growthTable', () => {
  const curve: Curve = { name: 'tags: retag', unit: 'tags', sizes: [1, 100, 200], skopeo: 'n × `skopeo copy`' }
  const nameOf = (c: Curve, n: number) => `${c.name} ${n}`
  const run = (total: number, ms: number, requests: Record<string, number> = {}): RunFigures => ({
    ms,
    total,
    requests,
    listBytes: 0,
    peakKiB: 60 * 1024 + total,
  })
  const results = (totals: Record<'shiptag' | 'skopeo', readonly number[]>) =>
    new Map(
      curve.sizes.map((n, i) => [
        nameOf(curve, n),
        new Map([
          ['shiptag', [run(totals.shiptag[i]!, 100 + n, { 'manifest PUT': n })]],
          ['skopeo', [run(totals.skopeo[i]!, 50 * n)]],
        ] as const),
      ]),
    )
  const rows = (table: string) => table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| curve'))

  it('gives each tool its line, the growth by kind, and names the command skopeo runs', () => {
    const [ours, theirs] = rows(growthTable([curve], results({ shiptag: [5, 302, 602], skopeo: [7, 700, 1400] }), nameOf, (tool) => `${tool}!`))
    expect(ours).toContain('| tags: retag | shiptag! | 1 / 100 / 200 | 5 / 302 / 602 | 2 + 3·n |')
    expect(ours).toContain('| manifest PUT 1 |')
    // Peak memory at each size, MiB: the blob-size curve shows whether it stays flat.
    expect(ours).toMatch(/\| 60 \/ 60 \/ 61 MiB \|$/)
    expect(ours).not.toContain('not linear')
    expect(theirs).toContain('| skopeo: n × `skopeo copy` | 1 / 100 / 200 | 7 / 700 / 1,400 | 0 + 7·n |')
  })

  it('marks a request count that leaves the line', () => {
    const [ours] = rows(growthTable([curve], results({ shiptag: [1, 10_000, 40_000], skopeo: [11, 1100, 2200] }), nameOf, String))
    expect(ours).toContain('**not linear**')
  })

  it('lists no curve that did not run', () => {
    expect(rows(growthTable([curve], new Map(), nameOf, String))).toEqual([])
  })
})
