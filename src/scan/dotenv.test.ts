import { describe, expect, it } from 'vitest'
import { MAX_DOTENV_EXPANSION, parseDotenv } from './dotenv.js'

function values(text: string): Record<string, string> {
  const { variables, problems } = parseDotenv('.env', text)
  expect(problems).toEqual([])
  return Object.fromEntries(
    [...variables.values()].map((variable) => [variable.name, variable.unknown.length > 0 ? `?${variable.unknown.join(';')}` : variable.value]),
  )
}

describe('parseDotenv', () => {
  it.each([
    ['TAG=1.2.3', { TAG: '1.2.3' }],
    ['TAG=1.2.3\r\n', { TAG: '1.2.3' }],
    ['\uFEFFTAG=1.2.3', { TAG: '1.2.3' }],
    ['# comment\n\n  TAG=1\n', { TAG: '1' }],
    ['export TAG=1', { TAG: '1' }],
    ['TAG = 1', { TAG: '1' }],
    ['TAG: 1', { TAG: '1' }],
    ['TAG=', { TAG: '' }],
    ['TAG=1 # comment', { TAG: '1' }],
    ['TAG=1# not a comment', { TAG: '1# not a comment' }],
    ['TAG="1 # not a comment" # comment', { TAG: '1 # not a comment' }],
    ["TAG='${OTHER}'", { TAG: '${OTHER}' }],
    ["TAG='Let\\'s go'", { TAG: "Let's go" }],
    ['TAG="a\\tb\\"c\\\\"', { TAG: 'a\tb"c\\' }],
    ['TAG="line1\nline2"\nNEXT=2', { TAG: 'line1\nline2', NEXT: '2' }],
    ['BASE=1.2\nTAG=${BASE}-alpine', { BASE: '1.2', TAG: '1.2-alpine' }],
    ['BASE=1.2\nTAG="$BASE"', { BASE: '1.2', TAG: '1.2' }],
    ['TAG=${BASE:-9}', { TAG: '9' }],
    ['TAG=$$x', { TAG: '$x' }],
    ['TAG=${GIT_SHA}', { TAG: '?${GIT_SHA} has no default and .env does not set it' }],
    ['TAG=${LATER}\nLATER=1', { TAG: '?${LATER} has no default and .env does not set it', LATER: '1' }],
    ['INHERITED\nTAG=1', { TAG: '1' }],
    ['TAG=1\nTAG=2', { TAG: '2' }],
  ])('%j', (text, expected) => {
    expect(values(text)).toEqual(expected)
  })

  it.each([
    ['TAG=1\nTAG="a\nb"\nX=${TAG}', 'TAG', { line: 2, column: 6, endColumn: 7 }],
    ['  export TAG=v1 # c', 'TAG', { line: 1, column: 14, endColumn: 16 }],
    ['A="x\ny"\nTAG=v1', 'TAG', { line: 3, column: 5, endColumn: 7 }],
    ["TAG='é1'", 'TAG', { line: 1, column: 6, endColumn: 8 }],
    ['\uFEFFTAG=v1', 'TAG', { line: 1, column: 5, endColumn: 7 }],
  ])('%j sets %s at %j', (text, name, at) => {
    expect(parseDotenv('deploy/.env', text).variables.get(name)?.origin).toEqual({ file: 'deploy/.env', ...at })
  })

  it.each([
    ['MY VAR=1', { line: 1, column: 1 }],
    ['OK=1\n=value', { line: 2, column: 1 }],
    ['TAG="never closed\nX=1', { line: 1, column: 5 }],
    ['TAG="a" b', { line: 1, column: 9 }],
  ])('%j is a problem at %j', (text, at) => {
    expect(parseDotenv('.env', text).problems).toEqual([expect.objectContaining(at)])
  })

  it('a file that doubles a value on every line stops at the expansion budget, in linear time', () => {
    const lines = ['V0=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']
    for (let n = 1; n < 2000; n++) lines.push(`V${n}=\${V${n - 1}}\${V${n - 1}}`)
    const started = Date.now()
    const { variables } = parseDotenv('.env', lines.join('\n'))
    expect(Date.now() - started).toBeLessThan(2000)
    const total = [...variables.values()].reduce((sum, variable) => sum + variable.value.length, 0)
    expect(total).toBeLessThanOrEqual(MAX_DOTENV_EXPANSION)
    expect(variables.get('V1999')?.unknown.length).toBeGreaterThan(0)
  })

  it.each([
    ['a 1 MiB line of ${', `TAG=${'${'.repeat(512 * 1024)}`],
    ['a 1 MiB line of $', `TAG=${'$'.repeat(1024 * 1024)}`],
    ['defaults nested 100,000 deep', `TAG=${'${A:-'.repeat(100_000)}x${'}'.repeat(100_000)}`],
    ['a never-closed quote on the first of 100,000 lines', `TAG="${'x\n'.repeat(100_000)}`],
    ['100,000 lines referring to the one before', ['A0=x', ...Array.from({ length: 100_000 }, (_, n) => `A${n + 1}=$A${n}`)].join('\n')],
    ['a 1 MiB name', `${'A'.repeat(1024 * 1024)}=1`],
  ])('%s: parsed in linear time, nothing thrown', (_, text) => {
    const started = Date.now()
    const parsed = parseDotenv('.env', text)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(parsed.variables.size + parsed.problems.length).toBeGreaterThan(0)
  })
})
