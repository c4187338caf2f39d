import { describe, expect, it } from 'vitest'
import { detectKind, scanFile, type FileKind, type ScanResult } from './index.js'

/**
 * Hostile YAML in a pull request (issue 12): each file comes back, quickly, with a problem that
 * names the file and a line, instead of tying up `check` for minutes and gigabytes.
 */
const TIME_BOUND_MS = 3_000
/** Parsing 1 MB is the floor (about a second, several on a loaded CI machine); the walk adds little. */
const MEGABYTE_TIME_BOUND_MS = 8_000

const tenOf = (item: string): string => `[${Array(10).fill(item).join(', ')}]`

/** `levels` anchors, each a list of ten aliases of the one before: 10^levels leaves from a few hundred bytes. */
function laughs(levels: number, leaf: string): string[] {
  const lines = [`l0: &l0 ${tenOf(leaf)}`]
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} ${tenOf(`*l${i - 1}`)}`)
  return lines
}

/** A Kubernetes List of Lists of aliases: 10^9 pods from under 1 KB. */
function kubernetesListBomb(): string {
  const items = ['- &i0 {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c, image: "nginx:1.25"}]}}']
  for (let i = 1; i < 10; i++) items.push(`- &i${i} {apiVersion: v1, kind: List, items: ${tenOf(`*i${i - 1}`)}}`)
  return ['apiVersion: v1', 'kind: List', 'items:', ...items, ''].join('\n')
}

/** Anchors written out until the file is about 1 MB, every level aliasing the previous one twice. */
function megabyteOfNestedAliases(): string {
  const lines = ['a0: &a0 {image: "nginx:1.25"}']
  let size = lines[0]!.length
  for (let i = 1; size < 1_000_000; i++) {
    const line = `a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`
    lines.push(line)
    size += line.length + 1
  }
  return `${lines.join('\n')}\n`
}

const KUBERNETES_BOMB = kubernetesListBomb()

const CASES: ReadonlyArray<readonly [name: string, file: string, kind: FileKind, text: string, problem: RegExp, line: number]> = [
  ['a 1 KB Kubernetes List of nested aliases', 'deploy/list.yaml', 'kubernetes', KUBERNETES_BOMB, /aliases expand this YAML too far/, 1],
  [
    'a Kubernetes List of nested aliases after another document',
    'deploy/list.yaml',
    'kubernetes',
    `apiVersion: v1\nkind: Pod\nspec: {containers: [{image: a:1}]}\n---\n${KUBERNETES_BOMB}`,
    /aliases expand this YAML too far/,
    5,
  ],
  [
    'billion laughs in Helm values',
    'values.yaml',
    'helm-values',
    [...laughs(9, '{image: "nginx:1.25"}'), 'top: *l8', ''].join('\n'),
    /aliases expand this YAML too far|aliases and merge keys expand this YAML past/,
    1,
  ],
  [
    'billion laughs in a kustomization',
    'kustomization.yaml',
    'kustomize',
    [
      'images: &i0 [{name: a, newTag: "1"}]',
      ...laughs(9, '*i0')
        .slice(1)
        .map((line, i) => line.replace(`*l${i}`, i === 0 ? '*i0' : `*l${i}`)),
      'x: [*l8, *l8]',
      '',
    ].join('\n'),
    /./,
    0,
  ],
  ['merge keys of merge keys in a kustomization', 'kustomization.yaml', 'kustomize', kustomizeMergeBomb(), /aliases and merge keys expand this YAML past/, 1],
  [
    'billion laughs in a Compose file',
    'compose.yaml',
    'compose',
    [
      'x: &s0 {image: "nginx:1.25"}',
      ...Array.from({ length: 9 }, (_, i) => `s${i + 1}: &s${i + 1} {<<: [*s${i}], a: *s${i}, b: *s${i}}`),
      'services: *s9',
      '',
    ].join('\n'),
    /./,
    0,
  ],
  [
    'merge keys fanning out in a Compose file',
    'compose.yaml',
    'compose',
    composeMergeBomb(),
    /aliases and merge keys expand this YAML past|aliases expand this YAML too far/,
    1,
  ],
  ['1 MB of nested aliases', 'values.yaml', 'helm-values', megabyteOfNestedAliases(), /aliases expand this YAML too far/, 1],
  ['100,000 nested flow sequences', 'values.yaml', 'helm-values', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, /nested more than 200 levels deep/, 1],
  [
    '100,000 nested flow sequences in a manifest',
    'deploy/x.yaml',
    'kubernetes',
    `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
    /nested more than 200 levels deep/,
    1,
  ],
  ['5,000 compact nested sequences', 'compose.yaml', 'compose', `services: ${'- '.repeat(5_000)}x\n`, /nested more than 200 levels deep/, 1],
  [
    '10,000 documents',
    'deploy/x.yaml',
    'kubernetes',
    'apiVersion: v1\nkind: Pod\nspec: {containers: [{image: a:1}]}\n---\n'.repeat(10_000),
    /more than 5000 YAML documents/,
    20_000,
  ],
  ['Lists in Lists deeper than the nesting limit', 'deploy/x.yaml', 'kubernetes', listChain(1_000), /aliases nest this YAML more than 200 levels deep/, 1],
  [
    'merge keys of merge keys deeper than the nesting limit',
    'compose.yaml',
    'compose',
    mergeChain(1_000),
    /aliases nest this YAML more than 200 levels deep/,
    1,
  ],
]

/** A List holding a List holding … a Pod, `length` deep through aliases defined where the scanner does not look. */
function listChain(length: number): string {
  const chain = ['- &l0 {apiVersion: v1, kind: Pod, spec: {containers: [{image: a:1}]}}']
  for (let i = 1; i < length; i++) chain.push(`- &l${i} {apiVersion: v1, kind: List, items: [*l${i - 1}]}`)
  return ['apiVersion: v1', 'kind: List', 'x-anchors:', ...chain, `items: [*l${length - 1}]`, ''].join('\n')
}

/** A service merging a map that merges a map that merges …, `length` deep. */
function mergeChain(length: number): string {
  const chain = ['  m0: &m0 {image: "nginx:1.25"}']
  for (let i = 1; i < length; i++) chain.push(`  m${i}: &m${i} {<<: *m${i - 1}}`)
  return ['x-chain:', ...chain, 'services:', `  web: {<<: *m${length - 1}}`, ''].join('\n')
}

/** Every entry merges the same chain of 50 maps of 100 keys: each field read re-walks 5,000 keys. */
function kustomizeMergeBomb(): string {
  const maps = Array.from(
    { length: 50 },
    (_, i) => `m${i}: &m${i} {${i > 0 ? `<<: *m${i - 1}, ` : ''}${Array.from({ length: 100 }, (_, k) => `k${i}_${k}: v`).join(', ')}}`,
  )
  return [...maps, 'images:', ...Array.from({ length: 2_000 }, () => '- {<<: *m49, name: app, newTag: "1"}'), ''].join('\n')
}

function composeMergeBomb(): string {
  const maps = Array.from(
    { length: 50 },
    (_, i) => `m${i}: &m${i} {${i > 0 ? `<<: *m${i - 1}, ` : ''}${Array.from({ length: 100 }, (_, k) => `k${i}_${k}: v`).join(', ')}}`,
  )
  return [...maps, 'services:', ...Array.from({ length: 2_000 }, (_, i) => `  s${i}: {<<: *m49, image: "nginx:1.25"}`), ''].join('\n')
}

function timed(f: () => ScanResult): { result: ScanResult; ms: number } {
  const start = performance.now()
  const result = f()
  return { result, ms: performance.now() - start }
}

describe('scanFile on hostile YAML', () => {
  it.each(CASES)('%s: returns in time with a problem naming the file and line', (_, file, kind, text, problem, line) => {
    expect(detectKind(file, text)).toBe(kind)
    const { result, ms } = timed(() => scanFile(file, text))
    expect(ms).toBeLessThan(text.length > 500_000 ? MEGABYTE_TIME_BOUND_MS : TIME_BOUND_MS)
    if (line === 0) {
      // Bounded by construction (merge keys are merged once per map): what matters is that it returns.
      expect(result.problems.length + result.occurrences.length).toBeLessThan(1_000)
      return
    }
    expect(result.problems).toEqual([expect.objectContaining({ file, line, message: expect.stringMatching(problem), hint: expect.any(String) })])
    expect(result.occurrences).toEqual([])
  })
})
