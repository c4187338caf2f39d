import fc from 'fast-check'
import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { compileGlob } from './glob.js'
import { LINEAR_TIME_BOUND_MS } from '../../test/support/linear-time.js'

const HERE = { file: 'policy.yml', line: 3, column: 7 }
const PICOMATCH_OPTIONS = { dot: true, nobrace: false, noextglob: true }

describe('policy globs run in linear time (issue 12)', () => {
  it.each([
    ['*a*a*a*a*a*a*a*a*a*a*b', 'a'],
    ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'],
    ['**/a/**/a/**/a/**/a/**/a/**/b', 'a/'],
    ['{*a,*a*}{*a,*a*}{*a,*a*}{*a,*a*}b', 'a'],
    ['[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*!', 'ab'],
  ])('%s against 100,000 characters answers in linear time', (glob, unit) => {
    const matches = compileGlob(glob, HERE)
    const start = performance.now()
    expect(matches(unit.repeat(100_000 / unit.length))).toBe(false)
    expect(performance.now() - start).toBeLessThan(LINEAR_TIME_BOUND_MS)
  })
})

describe('globs too costly to run are refused quickly', () => {
  it.each([
    ['['.repeat(100_000), /glob of 100000 characters, over the limit of 1024/],
    ['{a,'.repeat(50_000), /glob of 150000 characters, over the limit of 1024/],
    [`{${Array.from({ length: 200_000 }, (_, i) => `x${i}`).join(',')}}`, /over the limit of 1024/],
  ])('%#: a long glob', (glob, message) => {
    const start = performance.now()
    expect(() => compileGlob(glob, HERE)).toThrow(message)
    expect(performance.now() - start).toBeLessThan(LINEAR_TIME_BOUND_MS)
  })

  it('refuses a value too long for a large glob, with the sizes', () => {
    const matches = compileGlob('*a'.repeat(512), HERE)
    expect(() => matches('a'.repeat(9000))).toThrow(
      /policy\.yml:3:7: glob "\*a\*a.*": matching it against a value of 9000 characters would take 1537 states × 9000 characters, over the budget of 10000000/,
    )
  })

  it.each([['['.repeat(1024)], ['{a,'.repeat(341)], [`{${'a,'.repeat(511)}}`]])('%#: a 1,024-character glob compiles and runs in linear time', (glob) => {
    const start = performance.now()
    expect(compileGlob(glob, HERE)('a'.repeat(200))).toBe(false)
    expect(performance.now() - start).toBeLessThan(LINEAR_TIME_BOUND_MS)
  })
})

describe('policy globs mean what picomatch means', () => {
  it.each([
    ['ghcr.io/acme/**', 'ghcr.io/acme/app', true],
    ['ghcr.io/acme/**', 'ghcr.io/acme-evil/x', false],
    ['ghcr.io/acme/**', 'ghcr.io/acme', true],
    ['ghcr.io/acme/*', 'ghcr.io/acme/team/app', false],
    ['**/*.yaml', 'deploy/prod/app.yaml', true],
    ['**/*.yaml', 'app.yaml', true],
    ['deploy/**/*.yaml', 'deploy/app.yaml', true],
    ['**/Dockerfile.*', 'svc/Dockerfile.dev', true],
    ['v*', 'v1.2.3', true],
    ['*-rc*', '1.0.0-rc.1', true],
    ['{a,b}/c?', 'b/cd', true],
    ['{a,b}/c?', 'b/c/', false],
    ['[^a-c]x', 'dx', true],
    ['[^a-c]x', 'bx', false],
    ['[!a]x', '!x', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['{a', '{a', true],
    ['x{a}', 'x{a}', true],
    ['0.*', '0.1.2', true],
    ['*.*', 'a.', false],
    ['**/**/a', 'x/a', true],
    ['./deploy/*', 'deploy/x', true],
  ])('%s on %s is %s', (glob, value, expected) => {
    expect(compileGlob(glob, HERE)(value)).toBe(expected)
    expect(picomatch(glob, PICOMATCH_OPTIONS)(value)).toBe(expected)
  })

  // picomatch's `*.*` quirk holds only for that exact segment at the start (fast-check found `a.*` on `a.`, seed -1410991923).
  it.each([
    ['a.*', 'a.'],
    ['*.*', 'a.'],
    ['x/*.*', 'x/a.'],
    ['**/*.*', 'x/a.'],
    ['a/**/*.*', 'a/b/c.'],
    ['{*.*,b}', 'a.'],
    ['*.**', 'a.'],
    ['*.*/x', 'a./x'],
    ['\\*.*', '*.'],
  ])('agrees with picomatch: %s on %s', (pattern, text) => {
    expect(compileGlob(pattern, HERE)(text)).toBe(picomatch(pattern, PICOMATCH_OPTIONS)(text))
  })

  it('agrees with picomatch on generated globs and values without . or .. segments', () => {
    const part = fc.constantFrom('a', 'b', '.', '-', '*', '?', '[ab]', '[^a]', '[!a]', '{a,b*}', '{a,{b,.}}', '{x/*,b}', '\\*')
    const segment = fc.oneof(
      fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')),
      fc.constant('**'),
    )
    // `**` inside a segment (`a**`, `**{a,b}`) is picomatch-specific; policy globs use it as a whole segment.
    const glob = fc
      .array(segment, { minLength: 1, maxLength: 4 })
      .map((segments) => segments.join('/'))
      .filter((pattern) => pattern.split('/').every((part) => part === '**' || !/(?<!\\)\*\*/.test(part)))
    const value = fc
      .array(fc.string({ unit: fc.constantFrom('a', 'b', '.', '-', 'x', '*'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
      .filter((segments) => segments.every((segment) => segment !== '.' && segment !== '..'))
      .map((segments) => segments.join('/'))
    fc.assert(
      fc.property(glob, value, (pattern, text) => {
        expect(compileGlob(pattern, HERE)(text), `${pattern} on ${text}`).toBe(picomatch(pattern, PICOMATCH_OPTIONS)(text))
      }),
      { numRuns: 5000 },
    )
  })
})

describe('regex syntax in a glob is refused, not read differently', () => {
  it.each([
    ['(a|b)', '('],
    ['a|b', '|'],
    ['!latest', '!'],
    ['[[:alpha:]]*', '[:alpha:]'],
  ])('%s', (glob, construct) => {
    expect(() => compileGlob(glob, HERE)).toThrow(InputError)
    expect(() => compileGlob(glob, HERE)).toThrow(`policy.yml:3:7: glob "${glob}" uses "${construct}"`)
  })

  it('bounds brace nesting', () => {
    expect(() => compileGlob(`${'{a,'.repeat(40)}b${'}'.repeat(40)}`, HERE)).toThrow(/nests braces deeper than 32/)
  })
})
