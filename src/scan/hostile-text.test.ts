import { describe, expect, it } from 'vitest'
import { scanFile, type ScanResult } from './index.js'

/**
 * Hostile Dockerfiles, Compose interpolations and template-looking values (issue 12): each comes
 * back within the time bound, with the reference marked unresolved (saying why) or a problem.
 */
const TIME_BOUND_MS = 3_000

function timed(f: () => ScanResult): ScanResult {
  const start = performance.now()
  const result = f()
  expect(performance.now() - start).toBeLessThan(TIME_BOUND_MS)
  return result
}

const doublingChain = (first: string, levels: number): string[] => [first, ...Array.from({ length: levels }, (_, i) => `ARG A${i + 1}=\${A${i}}\${A${i}}`)]
const nested = (depth: number, inner: string): string => `${'${A:-'.repeat(depth)}${inner}${'}'.repeat(depth)}`

describe('Dockerfile expansion is bounded', () => {
  it.each([
    ['an ARG doubling chain of 40 levels', [...doublingChain('ARG A0=ab', 40), 'FROM acme/app:${A40}'], /the value grows past 4096 characters as ARGs expand/],
    [
      'a doubling chain of ARGs without a default',
      [...doublingChain('ARG A0', 40), 'FROM acme/app:${A40}'],
      /^it depends on build arguments: ARG A0 has no default \(it is set with --build-arg\)$/,
    ],
    ['substitutions nested 10,000 deep', [`FROM acme/app:${nested(10_000, '1')}`], /substitutions are nested more than 32 deep/],
  ])('%s', (_, lines, unresolved) => {
    const result = timed(() => scanFile('Dockerfile', `${lines.join('\n')}\n`))
    expect(result.problems).toEqual([])
    expect(result.occurrences).toEqual([expect.objectContaining({ line: lines.length, column: 6, unresolved: expect.stringMatching(unresolved) })])
    expect(result.occurrences[0]!.unresolved!.length).toBeLessThan(1_000)
  })

  it('reads a directive line of 500,000 blanks in linear time', () => {
    const result = timed(() => scanFile('Dockerfile', `# syntax=a${' '.repeat(500_000)}b\nFROM nginx:1.25\n`))
    expect(result.occurrences).toEqual([expect.objectContaining({ line: 2, text: 'nginx:1.25' })])
  })

  it('refuses a Dockerfile over 1 MiB without reading it line by line', () => {
    const result = timed(() => scanFile('Dockerfile', `FROM nginx:1.25\nRUN ${'x'.repeat(1024 * 1024)}\n`))
    expect(result.problems).toEqual([
      {
        file: 'Dockerfile',
        line: 1,
        column: 1,
        message: expect.stringMatching(/^file too large to scan: 1048597 bytes, more than the 1 MiB/),
        hint: expect.any(String),
        skipped: true,
      },
    ])
  })
})

describe('Compose interpolation is bounded', () => {
  it('gives up on defaults nested 10,000 deep', () => {
    const result = timed(() => scanFile('compose.yaml', `services:\n  web:\n    image: "${nested(10_000, 'nginx')}"\n`))
    expect(result.occurrences).toEqual([
      expect.objectContaining({ line: 3, column: 13, unresolved: expect.stringContaining('defaults are nested more than 32 deep') }),
    ])
  })
})

describe('template expressions', () => {
  it('are looked for in linear time on a line of 200,000 "{{"', () => {
    const result = timed(() => scanFile('values.yaml', `image: "acme/app:${'{{'.repeat(200_000)}"\n`))
    expect(result.occurrences).toEqual([expect.objectContaining({ line: 1, column: 9, where: 'image' })])
    expect(result.occurrences[0]!.unresolved).toBeUndefined()
  })
})
