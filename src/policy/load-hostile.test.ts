import { describe, expect, it } from 'vitest'
import { PolicyFileError } from './errors.js'
import { loadPolicy } from './load.js'

const FILE = '.github/image-policy.yml'

function refusal(text: string): { error: PolicyFileError; ms: number } {
  const start = performance.now()
  try {
    loadPolicy(text, FILE)
  } catch (error) {
    if (!(error instanceof PolicyFileError)) throw error
    return { error, ms: performance.now() - start }
  }
  throw new Error('expected a PolicyFileError')
}

const laughs = [
  'version: 1',
  'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from(
    { length: 8 },
    (_, i) =>
      `x-${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(97 + i)}`)
        .join(',')}]`,
  ),
  'defaults: {tags: {forbid: *i}}',
  '',
].join('\n')

/** Hostile policy files (issue 12): a typed error naming file, line and column, quickly; never a crash. */
describe('loadPolicy on hostile YAML', () => {
  it.each([
    ['billion laughs (held before issue 12 too: a guard)', laughs, 3, 10, /Excessive alias count/],
    [
      '100,000 nested flow sequences',
      `version: 1\ndefaults: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      2,
      209,
      /not a policy shiptag reads: YAML nested more than 200 levels deep/,
    ],
    ['5,000 compact nested sequences', `version: 1\ndefaults:\n  ${'- '.repeat(5_000)}x\n`, 3, 401, /nested more than 200 levels deep/],
    ['10,000 documents', 'version: 1\n---\n'.repeat(10_000), 10_000, 1, /more than 5000 YAML documents/],
    ['a file over 1 MiB', `version: 1\n# ${'x'.repeat(1024 * 1024)}\n`, 1, 1, /file too large to read/],
    [
      '20,000 keys and a duplicate',
      `version: 1\nx-keys:\n${Array.from({ length: 20_000 }, (_, i) => `  k${i}: v`).join('\n')}\n  k3: again\n`,
      20_003,
      3,
      /Map keys must be unique/,
    ],
  ])('%s', (_, text, line, column, message) => {
    const { error, ms } = refusal(text)
    expect(ms).toBeLessThan(3_000)
    expect(error.problems).toContainEqual(expect.objectContaining({ location: { file: FILE, line, column }, message: expect.stringMatching(message) }))
    expect(error.hint).toBeTruthy()
  })
})

describe('loadPolicy never quotes a login pasted into a repository', () => {
  it.each(['octo:Sup3rSecretT0ken@ghcr.io/acme/app', 'https://octo:Sup3rSecretT0ken@ghcr.io/acme/app', 'octo:Sup3r/SecretT0ken@ghcr.io'])(
    '%s',
    (repository) => {
      const { error } = refusal(`version: 1\nenvironments:\n  prod:\n    repository: "${repository}"\n`)
      expect(error.problems[0]!.location).toEqual({ file: FILE, line: 4, column: 17 })
      expect(`${error.message}\n${error.problems.map((p) => p.message).join('\n')}`).not.toMatch(/Sup3r|T0ken/)
    },
  )
})
