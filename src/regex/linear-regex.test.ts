import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RegexBudgetError, UnsupportedRegexError } from './errors.js'
import { checkLinearRegex, matchLikeString, MATCH_BUDGET, testWholeLinear } from './linear-regex.js'
import { LINEAR_TIME_BOUND_MS } from '../../test/support/linear-time.js'

/** What the engine answers, or the budget error it refused with: either way it must come back fast. */
function timed(run: () => unknown): { ms: number; result: unknown } {
  const start = performance.now()
  let result: unknown
  try {
    result = run()
  } catch (error) {
    if (!(error instanceof RegexBudgetError)) throw error
    result = error
  }
  return { ms: performance.now() - start, result }
}

describe('linear-time matching (issue 12)', () => {
  it.each([
    ['(a|a)*b', 'a', 100_000],
    ['(a+)+$', 'a', 100_000],
    ['(a+)+b', 'a', 100_000],
    ['(x+x+)+y', 'x', 100_000],
    ['(.*a){20}', 'a', 30_000],
    ['(.*a){20}', 'a', 100_000],
    ['(.*a){200}', 'a', 100_000],
    ['(a|aa)+$', 'a', 100_000],
    ['(\\w+\\s?)+$', 'ab ', 30_000],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', 3_000],
    ['(a*)*b', 'a', 100_000],
    ['(?:a|a?)+c', 'a', 100_000],
  ])('/%s/ on %s × %i returns in linear time', (source, unit, times) => {
    const regex = new RegExp(source)
    const input = unit.repeat(times)
    const first = timed(() => matchLikeString(regex, input))
    const global = timed(() => matchLikeString(new RegExp(source, 'g'), input, 3))
    const whole = timed(() => testWholeLinear(new RegExp(source, 'u'), input))
    expect(first.ms).toBeLessThan(LINEAR_TIME_BOUND_MS)
    expect(global.ms).toBeLessThan(LINEAR_TIME_BOUND_MS)
    expect(whole.ms).toBeLessThan(LINEAR_TIME_BOUND_MS)
  })

  it('answers the catastrophic patterns correctly', () => {
    const input = 'a'.repeat(50_000)
    expect(matchLikeString(/(a|a)*b/, input)).toBeNull()
    expect(matchLikeString(/(a+)+$/, input)?.[0]).toBe(input)
    expect(testWholeLinear(/(a|a)*b/u, input)).toBe(false)
    expect(testWholeLinear(/(x+x+)+y/u, 'x'.repeat(50_000))).toBe(false)
  })

  it('refuses an input whose match would exceed the budget, naming the sizes', () => {
    const input = 'a'.repeat(100_000)
    expect(() => matchLikeString(/(.*a){200}/, input)).toThrow(RegexBudgetError)
    expect(() => matchLikeString(/(.*a){200}/, input)).toThrow(/1002 instructions × 100000 characters, over the budget of 10000000/)
    expect(MATCH_BUDGET).toBe(10_000_000)
  })
})

describe('patterns too costly to compile are refused quickly', () => {
  it.each([
    [
      'a 700,000-character alternation',
      () => new RegExp(Array.from({ length: 100_000 }, (_, i) => `x${i}`).join('|')),
      /is 688889 characters long, over the limit of 10000/,
    ],
    ['the a?ⁿaⁿ chain, n = 100,000', () => new RegExp('a?'.repeat(100_000) + 'a'.repeat(100_000)), /is 300000 characters long, over the limit of 10000/],
    ['groups nested 2,000 deep', () => new RegExp(`${'(?:'.repeat(2000)}a${')'.repeat(2000)}`), /nests groups deeper than 500 \(at character 1501\)/],
    ['groups nested 600 deep', () => new RegExp(`${'('.repeat(600)}a${')'.repeat(600)}`), /nests groups deeper than 500 \(at character 501\)/],
    [
      '1,000 case-insensitive [^\\s\\S]',
      () => new RegExp('[^\\s\\S]'.repeat(1000), 'iu'),
      /case-insensitive over classes spanning 190000000 code points, over the limit of 2000000/,
    ],
    ['200 case-insensitive [\\0-\\uffff]', () => new RegExp('[\\0-\\uffff]'.repeat(200), 'i'), /case-insensitive over classes spanning 13094200 code points/],
    ['1,900 case-insensitive \\p{L}', () => new RegExp('\\p{L}'.repeat(1900), 'iu'), /case-insensitive over classes spanning 7600000 code points/],
  ])('%s', (_name, build, message) => {
    const regex = build()
    const start = performance.now()
    expect(() => checkLinearRegex(regex)).toThrow(message)
    expect(performance.now() - start).toBeLessThan(LINEAR_TIME_BOUND_MS)
  })

  it.each([
    ['a 9,000-character alternation', new RegExp(Array.from({ length: 1500 }, (_, i) => `x${i}`).join('|'))],
    ['groups nested 500 deep', new RegExp(`${'(?:'.repeat(500)}a*${')*'.repeat(500)}`)],
    ['3,000 case-insensitive \\S', new RegExp('\\S'.repeat(3000), 'i')],
    ['30 case-insensitive [\\0-\\uffff]', new RegExp('[\\0-\\uffff]'.repeat(30), 'i')],
  ])('compiles %s in linear time', (_name, regex) => {
    const start = performance.now()
    checkLinearRegex(regex)
    expect(performance.now() - start).toBeLessThan(LINEAR_TIME_BOUND_MS)
  })
})

describe('JavaScript-only constructs are refused with the reason', () => {
  it.each([
    ['v(?=\\d)', '', /uses a lookahead `\(\?=\\d\)` \(at character 2\)/],
    ['(?!latest$).*', '', /uses a negative lookahead `\(\?!latest\$\)` \(at character 1\)/],
    ['(?<=v)\\d+', '', /uses a lookbehind `\(\?<=v\)`/],
    ['(?<!v)\\d+', '', /uses a negative lookbehind `\(\?<!v\)`/],
    ['(a)\\1', '', /uses a backreference `\\1` \(at character 4\)/],
    ['(?<x>a)\\k<x>', '', /uses a backreference `\\k<x>`/],
    ['(?<x>a)\\k<x>', 'u', /uses a backreference `\\k<x>`/],
    ['[\\w--\\d]', 'v', /uses a class set operation \(v flag\)/],
    ['[[a-z]&&[aeiou]]', 'v', /class set operation|nested class/],
    ['[\\q{abc}]', 'v', /nested class or string set/],
    ['\\p{RGI_Emoji}', 'v', /Unicode property RE2 does not have/],
    ['\\p{Script_Extensions=Greek}', 'u', /Unicode property RE2 does not have/],
    ['a{1001}', '', /refused by the linear-time engine \(RE2 syntax\): invalid repeat count/],
  ])('/%s/%s', (source, flags, message) => {
    let regex: RegExp
    try {
      regex = new RegExp(source, flags)
    } catch {
      return // this Node does not know the syntax yet; the JavaScript engine refuses it first
    }
    expect(() => checkLinearRegex(regex)).toThrow(UnsupportedRegexError)
    expect(() => checkLinearRegex(regex)).toThrow(message)
  })

  it('says what to do, with the RE2 syntax page', () => {
    try {
      checkLinearRegex(/(?<=v)\d+/)
    } catch (error) {
      expect((error as UnsupportedRegexError).hint).toContain('https://github.com/google/re2/wiki/Syntax')
      return
    }
    expect.unreachable('a lookbehind must be refused')
  })
})

describe('same answers as the JavaScript engine', () => {
  it.each([
    ['^v(\\d+)\\.(\\d+)$', 'i', 'V1.2'],
    ['(\\d{8})-(\\d{1,3})', '', 'build-20200110-42'],
    ['(?<year>\\d{4})-(?<month>\\d\\d)?', '', '2024-x'],
    ['(?<año>\\d{4})', '', 'x2024'],
    ['a|ab', '', 'ab'],
    ['a+?', '', 'aaa'],
    ['(a)|b', '', 'b'],
    ['\\s+', '', 'x\u000b\u00a0\ufeff y'],
    ['\\S+', '', '\u00a0ab\u2028'],
    ['[\\s\\d]+', '', 'x 1\u30002y'],
    ['[^\\S]+', '', 'ab\u000b c'],
    ['a.c', '', 'a\rc abc'],
    ['a.c', 's', 'a\rc'],
    ['.+', '', 'ab\u2028cd'],
    ['\\z\\A\\Q', '', 'x zAQ'],
    ['[^]+', '', 'a\nb'],
    ['x[]', '', 'x'],
    ['\\u0041\\x42\\cJ\\0', '', 'AB\n\u0000'],
    ['\\101', '', 'A'],
    ['a{,2}', '', 'a{,2}'],
    ['a{2,}', '', 'aaaa'],
    ['^b$', 'm', 'a\nb\nc'],
    ['^b$', '', 'a\nb\nc'],
    ['\\bfoo\\B', '', 'a foot'],
    ['\\p{Lu}+', 'u', 'abÄÖc'],
    ['[\\p{L}\\d]+', 'u', '-ab1é-'],
    ['\\d+', 'g', 'v1.22.333'],
    ['b*', 'g', 'abc'],
    ['\\d', 'y', 'a1'],
    ['\\d', 'gy', '12a3'],
    ['/', '', 'p1/v1.0.0'],
    ['p1\\/v(.*)', '', 'p1/v1.0.0'],
    ['(?:(a)|b)c', '', 'bc'],
    ['a*?', 'g', 'aa'],
    ['😀|.', 'gu', '😀x'],
  ])('/%s/%s on %j', (source, flags, input) => {
    const regex = new RegExp(source, flags)
    expect(matchLikeString(regex, input)).toEqual(toArray(input.match(new RegExp(source, flags))))
  })

  it('agrees with RegExp on generated patterns and inputs (leftmost-first, greedy and lazy)', () => {
    const atom = fc.constantFrom(
      'a',
      'b',
      'A',
      '.',
      '[ab]',
      '[^a]',
      '[a-c\\s]',
      '[^\\S]',
      '\\d',
      '\\w',
      '\\s',
      '\\S',
      '\\W',
      '(?:a|b)',
      '(?:ab|a)',
      '(?:a|)',
      '\\b',
      '\\B',
      '^',
      '$',
    )
    const quantifier = fc.constantFrom('', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{0,2}?')
    const piece = fc.tuple(atom, quantifier).map(([a, q]) => (/^(?:\^|\$|\\[bB])$/.test(a) ? a : a + q))
    const branch = fc.array(piece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(''))
    const pattern = fc
      .array(branch, { minLength: 1, maxLength: 3 })
      .chain((branches) => fc.constantFrom(branches.join('|'), `(${branches.join('|')})`, `x(${branches.join(')(')})`))
    const input = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '1', ' ', 'x', '\n', '\r', '\u00a0', '\u2028'), maxLength: 12 })
    fc.assert(
      fc.property(pattern, fc.constantFrom('', 'g', 'i', 'm', 's', 'u', 'y', 'gy', 'gisu'), input, (source, flags, text) => {
        fc.pre(!flags.includes('m') || !/[\r\u2028\u2029]/.test(text)) // with m, only \n ends a line in RE2 (README)
        const expected = toArray(text.match(new RegExp(source, flags)))
        expect(matchLikeString(new RegExp(source, flags), text)).toEqual(expected)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('the differences the README documents', () => {
  it.each([
    [/(?:(a)|b)+/, 'ab', ['ab', 'a'], ['ab', undefined]],
    [/(a*)*/, 'b', ['', ''], ['', undefined]],
    [/k/i, '\u212a', ['\u212a'], null],
    [/^b/m, 'a\rb', null, ['b']],
  ])('%s on %j: RE2 gives %j where JavaScript gives %j', (regex, input, re2, javascript) => {
    expect(matchLikeString(regex, input)).toEqual(re2)
    expect(toArray(input.match(regex))).toEqual(javascript)
  })
})

function toArray(match: RegExpMatchArray | null): (string | undefined)[] | null {
  return match === null ? null : [...match]
}
