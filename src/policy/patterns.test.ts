import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { compilePattern } from './patterns.js'
import { LINEAR_TIME_BOUND_MS } from '../../test/support/linear-time.js'

const HERE = { file: '.github/image-policy.yml', line: 4, column: 13 }

describe('policy patterns run in linear time (issue 12)', () => {
  it.each([
    ['re:(a|a)*b', 'a', 100_000, false],
    ['re:(a+)+$', 'a', 100_000, true],
    ['re:(a+)+b', 'a', 100_000, false],
    ['re:(x+x+)+y', 'x', 100_000, false],
    ['re:(.*a){20}', 'a', 30_000, true],
    ['re:(.*a){20}', 'a', 90_000, true],
    ['re:^(a|aa)+$', 'a', 100_000, true],
    ['*a*a*a*a*a*a*a*a*a*a*b', 'a', 100_000, false],
    ['**/a/**/a/**/a/**/b', 'a/', 50_000, false],
  ])('%s against %s × %i answers %s in linear time', (source, unit, times, expected) => {
    const pattern = compilePattern(source, HERE)
    const start = performance.now()
    expect(pattern.matches(unit.repeat(times))).toBe(expected)
    expect(performance.now() - start).toBeLessThan(LINEAR_TIME_BOUND_MS)
  })

  it('refuses a value too long for the pattern, naming the pattern and the sizes', () => {
    const pattern = compilePattern('re:(.*a){200}', HERE)
    expect(() => pattern.matches('a'.repeat(100_000))).toThrow(InputError)
    expect(() => pattern.matches('a'.repeat(100_000))).toThrow(
      '.github/image-policy.yml:4:13: "re:(.*a){200}": matching it against an input of 100000 characters would take 1002 instructions × 100000 characters, over the budget of 10000000',
    )
  })
})

describe('policy regexes keep their meaning', () => {
  it.each([
    ['re:^sha-[0-9a-f]{7,40}$', 'sha-860c190', true],
    ['re:sha-[0-9a-f]{7}', 'sha-860c1904', false],
    ['re:v\\d+|latest', 'v12', true],
    ['re:v\\d+|latest', 'latest-x', false],
    ['re:(?<major>\\d+)\\.\\d+', '1.2', true],
    ['re:\\p{Lu}+', 'ABC', true],
    ['re:[^\\s]+', 'a\u00a0b', false],
    ['re:.+', 'a\rb', false],
  ])('%s on %j is %s', (source, value, expected) => {
    expect(compilePattern(source, HERE).matches(value)).toBe(expected)
  })

  it.each([
    ['re:(?=v)v\\d+', 'uses a lookahead `(?=v)` (at character 1)'],
    ['re:(?<!x)v', 'uses a negative lookbehind `(?<!x)` (at character 1)'],
    ['re:(a)\\1', 'uses a backreference `\\1` (at character 4)'],
    ['re:(?<n>a)\\k<n>', 'uses a backreference `\\k<n>` (at character 8)'],
    ['re:a{1001}', 'is refused by the linear-time engine (RE2 syntax): invalid repeat count'],
  ])('refuses %s with the construct and where it is', (source, message) => {
    expect(() => compilePattern(source, HERE)).toThrow(InputError)
    expect(() => compilePattern(source, HERE)).toThrow(`.github/image-policy.yml:4:13: "${source}" ${message}`)
  })
})
