/**
 * The simple subset (template-subset.ts) against Handlebars itself: the same rendered value (type
 * included), the same calls of the expressions (`this`, arguments, options), the same errors and
 * the same answers of checkTemplate / hasExpression / isRawOnly, on generated templates and data.
 */
import fc from 'fast-check'
import Handlebars from 'handlebars'
import { describe, expect, it } from 'vitest'
import { InputError, errorMessage } from '../errors.js'
import { checkNames, GLOBAL_EXPRESSIONS, SCHEDULE_EXPRESSIONS, SEMVER_EXPRESSIONS } from './template-names.js'
import { readSimpleTemplate } from './template-subset.js'
import { hasExpression, isRawOnly, renderTemplate } from './templates.js'

const AT = { input: 'tags', line: 2 }
const handlebars = Handlebars.create()
handlebars.registerHelper('log', () => '')

type Outcome = { readonly value: unknown } | { readonly error: string }

function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() }
  } catch (error) {
    return { error: `${error instanceof InputError ? 'InputError' : 'other'}: ${errorMessage(error)}` }
  }
}

/** templates.ts's Handlebars path, written out: the oracle. */
const oracle = {
  render: (template: string, data: object) =>
    outcome(() => {
      try {
        return handlebars.compile(template, { noEscape: true })(data)
      } catch (error) {
        if (error instanceof InputError) throw error
        throw new InputError(AT, `cannot render "${template}": ${errorMessage(error)}`)
      }
    }),
  hasExpression: (template: string, known: readonly string[]) =>
    outcome(() => {
      const program = handlebars.parse(template)
      checkNames(program, template, known, AT, 'value')
      return program.body.some((statement) => statement.type !== 'ContentStatement' && statement.type !== 'CommentStatement')
    }),
  isRawOnly: (template: string) => {
    const [only, ...rest] = handlebars.parseWithoutProcessing(template).body
    const path = only?.type === 'MustacheStatement' ? (only as hbs.AST.MustacheStatement).path : undefined
    return rest.length === 0 && path?.type === 'PathExpression' && (path as hbs.AST.PathExpression).original === 'raw'
  },
}

describe('the simple subset of templates', () => {
  it.each([
    ['{{version}}', ['version']],
    ['{{major}}.{{minor}}', ['major', '.', 'minor']],
    ['{{branch}}-{{sha}}', ['branch', '-', 'sha']],
    ["nightly-{{date 'YYYYMMDD'}}", ['nightly-', "date('YYYYMMDD')"]],
    ['{{ commit_date "YYYY-MM-DD HH:mm" }}', ["commit_date('YYYY-MM-DD HH:mm')"]],
    ["{{\tdate\n'a' \"b\"'c'\u00a0}}", ["date('a','b','c')"]],
    ['sha-{{raw}} }} { }', ['sha-', 'raw', ' }} { }']],
    ['a\\b{{tag}}', ['a\\b', 'tag']],
  ])('%j is read as %j', (template, expected) => {
    const shown = readSimpleTemplate(template)?.map((piece) =>
      typeof piece === 'string' ? piece : piece.args.length === 0 ? piece.name : `${piece.name}(${piece.args.map((arg) => `'${arg}'`).join(',')})`,
    )
    expect(shown).toEqual(expected)
  })

  it.each([
    '{{#if is_default_branch}}latest{{/if}}',
    '{{^is_default_branch}}x{{/is_default_branch}}',
    '{{else}}',
    '{{!branch}}',
    '{{!-- c --}}{{branch}}',
    '{{{branch}}}',
    '{{&branch}}',
    '{{> branch}}',
    '{{branch}}}',
    '\\{{branch}}',
    'a\\\\{{branch}}',
    '{{~branch}}',
    '{{branch~}}',
    '{{branch.name}}',
    '{{../branch}}',
    '{{this}}',
    '{{@root.branch}}',
    '{{[branch]}}',
    '{{date (branch)}}',
    "{{date 'x' tz='UTC'}}",
    '{{date YYYYMMDD}}',
    '{{date 5}}',
    '{{date true}}',
    "{{date'x'}}",
    "{{date 'a\\'b'}}",
    "{{date 'x}}",
    '{{branch',
    '{{branch}x',
    '{{branchh}}',
    '{{lookup . "branch"}}',
    '{{branch}}\0',
    '{{*branch}}',
  ])('%j goes to Handlebars', (template) => {
    expect(readSimpleTemplate(template)).toBeUndefined()
  })

  it('takes a name only as a whole identifier followed by space, an argument or }}: {{date<c>}} for every UTF-16 code unit c', () => {
    const accepted = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
      (char) => readSimpleTemplate(`{{date${char}}}`) !== undefined,
    )
    expect(accepted.join('')).toBe(
      [...Array(0x10000).keys()]
        .map((code) => String.fromCharCode(code))
        .filter((char) => /\s/.test(char))
        .join(''),
    )
  })
})

/** Text with the characters that matter to the lexer; the noisy kind also NUL and whole `{{`/`}}`. */
const TEXT = ['a', '-', '.', ' ', '{', '}', '\\', "'", '"', '~', '#', '\n', '\r', '\u2028', 'x']
const text = fc.string({ unit: fc.constantFrom(...TEXT), maxLength: 4 })
const noisyText = fc.string({ unit: fc.constantFrom(...TEXT, '\0', '{{', '}}'), maxLength: 6 })
const space = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2028', '\ufeff'), maxLength: 2 })
const NAMES = ['version', 'major', 'raw', 'branch', 'sha', 'date', 'tag', 'is_default_branch', 'branchh', 'upper', 'else', 'if', 'this']
const argBody = (units: readonly string[]) => fc.string({ unit: fc.constantFrom(...units), maxLength: 4 })
const arg = fc.tuple(fc.constantFrom("'", '"'), fc.oneof(argBody(['Y', ' ', '{{', '}}', '\n', ',']), argBody(['Y', "'", '"', '\\'])))
const mustacheOf = (parts: { open: fc.Arbitrary<string>; path: fc.Arbitrary<string>; extra: fc.Arbitrary<string>; close: fc.Arbitrary<string> }) =>
  fc
    .record({ ...parts, before: space, name: fc.constantFrom(...NAMES), args: fc.array(fc.tuple(space, arg), { maxLength: 3 }), after: space })
    .map(
      (m) =>
        `${m.open}${m.before}${m.name}${m.path}${m.args.map(([gap, [quote, body]]) => `${gap}${quote}${body}${quote}`).join('')}${m.extra}${m.after}${m.close}`,
    )
/** A mustache as the subset has it, give or take the space before an argument and the quotes inside one. */
const mustache = mustacheOf({ open: fc.constant('{{'), path: fc.constant(''), extra: fc.constant(''), close: fc.constant('}}') })
/** A mustache bent into something only Handlebars reads (or nothing reads). */
const bentMustache = mustacheOf({
  open: fc.constantFrom('{{', '{{~', '{{#', '{{{', '{{!', '{{&', '{{>', '\\{{', '{{^', '{{/'),
  path: fc.constantFrom('', '.x', '/x', '@', '.'),
  extra: fc.constantFrom('', ' 5', ' true', ' x=1', ' (sha)', ' null', ' x', ' as |x|'),
  close: fc.constantFrom('}}', '}}}', '~}}', '}', ''),
})
/** Mostly templates of the subset, with the names it may or may not know, and arguments for the dates. */
const plainText = fc.string({ unit: fc.constantFrom('a', '-', '.', ' ', '}', "'", '"', '\n', '\r', '\u2028'), maxLength: 3 })
const known = fc.constantFrom('version', 'major', 'raw', 'branch', 'sha', 'tag', 'is_default_branch')
const dateArgs = fc.array(fc.tuple(fc.constantFrom(' ', '\n ', '\t'), fc.constantFrom("'YYYY'", '"a b"', "'{{x}}'", "''", '"\'"')), {
  minLength: 0,
  maxLength: 2,
})
const plainMustache = fc.oneof(
  fc.tuple(space, known, space).map(([before, name, after]) => `{{${before}${name}${after}}}`),
  fc
    .tuple(fc.constantFrom('date', 'commit_date'), dateArgs, space)
    .map(([name, args, after]) => `{{${name}${args.map(([gap, arg]) => gap + arg).join('')}${after}}}`),
)
const parts = (arbitrary: fc.Arbitrary<string>) => fc.array(arbitrary, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(''))
const template = fc.oneof(
  parts(fc.oneof(plainText, plainMustache)),
  parts(
    fc.oneof({ arbitrary: text, weight: 3 }, { arbitrary: mustache, weight: 3 }, { arbitrary: bentMustache, weight: 1 }, { arbitrary: noisyText, weight: 1 }),
  ),
)

/** What an expression returns: each kind Handlebars treats differently. */
const result = fc.oneof(fc.string({ maxLength: 3 }), fc.boolean(), fc.constantFrom(undefined, null, 0, 1, -1, Number.NaN, [], [1, 'a'], {}), fc.integer())
type Expression = (this: unknown, ...args: unknown[]) => unknown
const expression: fc.Arbitrary<Expression | unknown> = fc.oneof(
  result.map((value) => () => value),
  // Every detail of the call, so a difference in `this`, arguments or options shows in the output.
  fc.constant(function (this: unknown, ...args: unknown[]) {
    const options = args.at(-1) as { data: { root: unknown } }
    return JSON.stringify({ self: this === options.data.root, args, keys: Object.keys(options), data: Object.keys(options.data) })
  }),
  fc.string({ maxLength: 3 }).map((message) => () => {
    throw new InputError(AT, `expression failed ${message}`)
  }),
  fc.constant(() => {
    throw new TypeError('not ours')
  }),
  result,
)
const data = fc.dictionary(fc.constantFrom(...NAMES), expression, { maxKeys: 6 })
const KNOWN = [GLOBAL_EXPRESSIONS, SEMVER_EXPRESSIONS, SCHEDULE_EXPRESSIONS]

describe('the simple subset answers exactly as Handlebars', () => {
  it('renders, checks names and tells raw patterns the same, or leaves the template to Handlebars', () => {
    let simple = 0
    let failing = 0
    fc.assert(
      fc.property(template, data, fc.constantFrom(...KNOWN), (template, data, known) => {
        if (readSimpleTemplate(template) === undefined || !template.includes('{{')) return
        simple += 1
        const rendered = outcome(() => renderTemplate(template, data, AT))
        if ('error' in rendered) failing += 1
        const expected = oracle.render(template, data)
        // A version field called with an argument: only the alias in the text of V8's TypeError differs.
        if ('error' in expected && expected.error.endsWith('.call is not a function'))
          expect(rendered).toMatchObject({ error: expect.stringMatching(/\.call is not a function$/) })
        else expect(rendered).toEqual(expected)
        expect(outcome(() => hasExpression(template, AT, 'value', known))).toEqual(oracle.hasExpression(template, known))
        expect(isRawOnly(template)).toBe(oracle.isRawOnly(template))
      }),
      { numRuns: 20_000 },
    )
    // The generators must reach the subset often, and its failures too, or this test proves little.
    expect(simple).toBeGreaterThan(2_000)
    expect(failing).toBeGreaterThan(200)
  })
})
