import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { YamlLimitError } from './errors.js'
import { DEFAULT_YAML_LIMITS } from './limits.js'
import { loadYaml } from './load.js'

const MiB = 1024 * 1024

/** Runs `f`, expecting a YamlLimitError, and returns it with the time it took. */
function refusal(f: () => unknown): { error: YamlLimitError; ms: number } {
  const start = performance.now()
  try {
    f()
  } catch (error) {
    if (!(error instanceof YamlLimitError)) throw error
    return { error, ms: performance.now() - start }
  }
  throw new Error('expected a YamlLimitError')
}

describe('loadYaml refuses, before parsing, what would cost more than the file is worth', () => {
  it.each([
    ['a file over the byte limit', `a: ${'x'.repeat(MiB)}\n`, 1, 1, /file too large to read: 1048580 bytes, more than the 1 MiB shiptag reads/],
    ['100,000 nested flow sequences', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 1, 200, /nested more than 200 levels deep/],
    ['100,000 nested flow maps', `${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}`, 1, 797, /nested more than 200 levels deep/],
    ['compact nested sequences on one line', `${'- '.repeat(5_000)}x`, 1, 401, /nested more than 200 levels deep/],
    [
      'block maps indented one more column per line',
      Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
      201,
      201,
      /nested more than 200 levels deep/,
    ],
    ['10,000 documents', 'a: 1\n---\n'.repeat(10_000), 10_000, 1, /more than 5000 YAML documents in one file/],
  ])('%s', (_, text, line, column, message) => {
    const { error, ms } = refusal(() => loadYaml('deploy/x.yaml', text))
    expect(error.where).toEqual({ file: 'deploy/x.yaml', line, column })
    expect(error.reason).toMatch(message)
    expect(error.message).toMatch(new RegExp(`^deploy/x\\.yaml:${line}:${column}: `))
    expect(error.hint).toBeTruthy()
    expect(ms).toBeLessThan(3_000)
  })

  it.each([
    ['a Kubernetes manifest', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: nginx:1.25\n'],
    [
      'a block scalar inside deep nesting',
      `${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')}\n${'  '.repeat(40)}s: |\n${'  '.repeat(41)}text\n${'  '.repeat(40)}t: 1\n`,
    ],
    ['99 nested flow sequences', `${'['.repeat(99)}${']'.repeat(99)}`],
    ['5,000 documents', 'a: 1\n---\n'.repeat(2_499) + 'a: 1\n'],
    ['a file just under the byte limit', `a: ${'x'.repeat(DEFAULT_YAML_LIMITS.maxBytes - 4)}\n`],
  ])('reads %s as the yaml package does', (_, text) => {
    const { documents } = loadYaml('x.yaml', text)
    expect(documents.map((doc) => doc.toJS())).toEqual(parseAllDocuments(text).map((doc) => doc.toJS()))
    expect(documents.flatMap((doc) => doc.errors)).toEqual([])
  })
})

describe('duplicate keys', () => {
  it.each([
    ['image: a\nimage: b\n'],
    ['{a: 1, b: 2, a: 3}'],
    ['a: {x: 1}\nb: [{y: 1, y: 2}]\n'],
    ['1: a\n1.0: b\n'],
    ['? [a]\n: 1\n? [a]\n: 2\n'],
    ['a: 1\n---\nb: 1\nb: 2\n'],
  ])('are errors at the same place as the yaml package puts them: %j', (text) => {
    const ours = loadYaml('x.yaml', text).documents.map((doc) => doc.errors.map((error) => [error.code, error.pos[0], error.message]))
    const theirs = parseAllDocuments(text, { prettyErrors: false }).map((doc) => doc.errors.map((error) => [error.code, error.pos[0], error.message]))
    expect(ours).toEqual(theirs)
  })

  it('are found in linear time: a map of 20,000 keys', () => {
    const text = `${Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n')}\nk7: again\n`
    const start = performance.now()
    const [doc] = loadYaml('x.yaml', text).documents
    expect(performance.now() - start).toBeLessThan(3_000)
    expect(doc!.errors.map((error) => [error.code, error.pos[0]])).toEqual([['DUPLICATE_KEY', text.indexOf('k7: again')]])
  })
})
