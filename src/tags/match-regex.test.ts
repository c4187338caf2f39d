/**
 * Issue 12: `type=match` patterns and semver/pep440 `match=` run in linear time (RE2 via re2js), or
 * are refused at parse time with the construct RE2 lacks; a hostile pattern on a long tag or value
 * comes back in linear time instead of backtracking for minutes.
 */
import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { CONTEXTS, run, tagPush } from './contexts.test-support.js'
import { LINEAR_TIME_BOUND_MS } from '../../test/support/linear-time.js'

function timedRun(...args: Parameters<typeof run>): { ms: number; result: ReturnType<typeof run> | InputError } {
  const start = performance.now()
  try {
    const result = run(...args)
    return { ms: performance.now() - start, result }
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return { ms: performance.now() - start, result: error }
  }
}

describe('type=match on hostile patterns', () => {
  it.each([
    ['(a|a)*b', 'a', 100_000],
    ['(a+)+$', 'a', 100_000],
    ['(x+x+)+y', 'x', 100_000],
    ['(.*a){20}', 'a', 30_000],
    ['(.*a){20}', 'a', 100_000],
    ['/(a|aa)*c/gi', 'a', 100_000],
  ])('pattern %s against a value of %s × %i returns in linear time', (pattern, unit, times) => {
    const { ms, result } = timedRun({ tags: `type=match,"pattern=${pattern}",value=${unit.repeat(times)}` }, CONTEXTS.pushDev)
    expect(ms).toBeLessThan(LINEAR_TIME_BOUND_MS)
    if (result instanceof InputError) expect(result.message).toMatch(/^input "tags", line 1: .* over the budget of 10000000$/)
  })

  it('warns that (a|a)*b does not match a 30,000-character tag', () => {
    const tag = 'a'.repeat(30_000)
    const { ms, result } = timedRun({ tags: 'type=match,"pattern=(a|a)*b"' }, tagPush(tag))
    expect(ms).toBeLessThan(LINEAR_TIME_BOUND_MS)
    expect(result).not.toBeInstanceOf(InputError)
    expect((result as ReturnType<typeof run>).warnings).toContain(`input "tags", line 1: (a|a)*b does not match ${tag}.`)
  })

  it('takes group 1 of a hostile semver match= in linear time', () => {
    const { ms, result } = timedRun({ tags: 'type=semver,pattern={{version}},"match=^(?:a|a)*v(\\d+\\.\\d+\\.\\d+)$"' }, tagPush(`${'a'.repeat(30_000)}v1.2.3`))
    expect(ms).toBeLessThan(LINEAR_TIME_BOUND_MS)
    expect((result as ReturnType<typeof run>).tags).toEqual(['1.2.3', 'latest'])
  })

  it('refuses a budget-busting match with the input and what to do', () => {
    const { result } = timedRun({ tags: `type=match,"pattern=(.*a){200}",value=${'a'.repeat(100_000)}` }, CONTEXTS.pushDev)
    expect(result).toBeInstanceOf(InputError)
    expect((result as InputError).message).toBe(
      'input "tags", line 1: /(.*a){200}/: matching it against an input of 100000 characters would take 1002 instructions × 100000 characters, over the budget of 10000000',
    )
    expect((result as InputError).hint).toContain('shorten the input')
  })
})

const NOT_IN_RE2 = ', which the linear-time engine (RE2 syntax) does not have'

describe('JavaScript-only constructs are refused when the tags input is parsed', () => {
  it.each([
    ['type=match,"pattern=v(?=\\d)(.*)",group=1', 'pattern "v(?=\\d)(.*)" uses a lookahead `(?=\\d)` (at character 2)' + NOT_IN_RE2],
    ['type=match,"pattern=/(?<!x)v(\\d+)/i",group=1', 'pattern "(?<!x)v(\\d+)" uses a negative lookbehind `(?<!x)` (at character 1)' + NOT_IN_RE2],
    ['type=match,"pattern=(\\d)\\1"', 'pattern "(\\d)\\1" uses a backreference `\\1` (at character 5)' + NOT_IN_RE2],
    ['type=match,"pattern=(?<n>\\d)\\k<n>"', 'pattern "(?<n>\\d)\\k<n>" uses a backreference `\\k<n>` (at character 9)' + NOT_IN_RE2],
    ['type=semver,pattern={{version}},"match=v(?!0)(\\d.*)"', 'match "v(?!0)(\\d.*)" uses a negative lookahead `(?!0)` (at character 2)' + NOT_IN_RE2],
    ['type=match,"pattern=\\d{1001}"', 'pattern "\\d{1001}" is refused by the linear-time engine (RE2 syntax): invalid repeat count: `{1001}`'],
  ])('%s', (entry, message) => {
    let error: unknown
    try {
      run({ tags: entry }, tagPush('v1.2.3'))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).location).toEqual({ input: 'tags', line: 1 })
    expect((error as InputError).message).toBe(`input "tags", line 1: ${message}`)
    expect((error as InputError).hint).toContain('https://github.com/google/re2/wiki/Syntax')
  })
})
