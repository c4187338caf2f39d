/**
 * Generators of hostile-shaped input shared by the fuzz files: not only random strings, but text
 * built from the pieces parsers split on (`:`, `@`, `/`, quotes, brackets), long runs of one piece
 * (where quadratic work shows), control characters, lone surrogates and deep nesting.
 */
import fc from 'fast-check'

/** Characters that are rarely typed but often mishandled. */
export const ODD_CHARACTERS = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u00a0',
  '\u2028',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udfff',
  '😀',
  'é',
  'İ',
  'ß',
  'Ａ',
  '\\',
  '"',
  "'",
  '`',
  '$',
  '%',
  '\u202e',
]

/** Any string: ASCII, full Unicode incl. lone surrogates, and the odd characters above. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...ODD_CHARACTERS), maxLength: 12 }),
)

/** Text made of the given pieces (separators, keywords, odd characters), in random order. */
export function piecesText(pieces: readonly string[], maxLength = 24): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: anyText }), { maxLength })
    .map((parts) => parts.join(''))
}

/** One piece repeated up to `max` times, wrapped in a prefix and suffix: the shape that makes backtracking and naive loops quadratic. */
export function longRun(prefixes: readonly string[], pieces: readonly string[], suffixes: readonly string[], max = 20_000): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...prefixes), fc.constantFrom(...pieces), fc.integer({ min: 1, max }), fc.constantFrom(...suffixes))
    .map(([prefix, piece, times, suffix]) => prefix + piece.repeat(times) + suffix)
}

/** `text` with one piece spliced in at a random place: a near-miss of something valid. */
export function mutated(valid: fc.Arbitrary<string>, pieces: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(valid, fc.nat(), fc.nat(), fc.constantFrom(...pieces, ...ODD_CHARACTERS, '')).map(([text, at, cut, piece]) => {
    const start = at % (text.length + 1)
    return text.slice(0, start) + piece + text.slice(start + (cut % 3))
  })
}

/** `[[[[…]]]]` / `{"a":{"a":…}}` `depth` levels deep: parses, then blows any recursive walk's stack. */
export function deepJson(maxDepth = 200_000): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('[', '{"a":', '{"manifests":', '{"errors":'), fc.integer({ min: 1, max: maxDepth }), fc.constantFrom('1', '"x"', 'null', '{}'))
    .map(([open, depth, leaf]) => {
      const close = open === '[' ? ']' : '}'
      return open.repeat(depth) + leaf + close.repeat(depth)
    })
}

/** JSON values with odd numbers (huge, negative, fractional, exponents) and odd keys. */
export const oddJsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1e308, -0, 2 ** 53 + 1, 1.5, Number.MAX_SAFE_INTEGER, '', '__proto__', 'constructor'),
    anyText,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(anyText, fc.constantFrom('__proto__', 'constructor', 'toString', 'mediaType', 'digest', 'size', 'errors', 'auths')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value

/** Huge and odd JSON number spellings, as text. */
export const oddNumberText: fc.Arbitrary<string> = fc.constantFrom(
  '1e999',
  '-1e999',
  '1' + '0'.repeat(400),
  '-0',
  '0.5',
  '1e-400',
  '9007199254740993',
  '-1',
  '1E+2',
  '0x10',
  '01',
)

/** An alias bomb: each level is a list of `width` aliases of the one before (billion laughs). */
export const yamlAliasBomb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 2, max: 12 }), fc.constantFrom('', 'version: 1\n', 'services:\n  x:\n    image: '))
  .map(([width, depth, prefix]) => {
    const lines = [`a0: &a0 ["lol"]`]
    for (let level = 1; level <= depth; level++) lines.push(`a${level}: &a${level} [${Array.from({ length: width }, () => `*a${level - 1}`).join(', ')}]`)
    return `${prefix}${prefix.endsWith(': ') ? '*a0\n' : ''}${lines.join('\n')}\n`
  })

/** Deep nesting, in flow (`[[[…]]]`, `{a: {a: …}}`) and block (indentation) style. */
export const yamlDeep: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('flow-seq', 'flow-map', 'block-map', 'block-seq'), fc.integer({ min: 1, max: 20_000 }))
  .map(([style, depth]) => {
    switch (style) {
      case 'flow-seq':
        return `image: ${'['.repeat(depth)}x${']'.repeat(depth)}\n`
      case 'flow-map':
        return `image: ${'{a: '.repeat(depth)}x${'}'.repeat(depth)}\n`
      case 'block-map':
        return Array.from({ length: Math.min(depth, 2000) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n'
      default:
        return Array.from({ length: Math.min(depth, 2000) }, (_, i) => `${'  '.repeat(i)}-`).join('\n') + ' x\n'
    }
  })

/** Pieces of YAML syntax, for text that is almost YAML. */
export const YAML_PIECES = [
  '\n',
  '  ',
  '- ',
  ': ',
  '---\n',
  '...\n',
  '&a ',
  '*a',
  '<<: *a\n',
  '!!binary ',
  '!tag ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '|\n',
  '>-\n',
  '#',
  '%YAML 1.2\n',
  '\t',
  'image',
  'images',
  'name',
  'newName',
  'newTag',
  'digest',
  'repository',
  'tag',
  'services',
  'containers',
  'spec',
  'template',
  'kind: Deployment\n',
  'apiVersion: apps/v1\n',
  'ghcr.io/acme/app:1.2.3',
  '${IMAGE:-nginx}',
  '$$',
  '1e999',
  '0x1F',
  '~',
  'null',
  'true',
]

export function yamlText(valid: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: mutated(fc.constantFrom(...valid), YAML_PIECES) },
    { weight: 2, arbitrary: piecesText(YAML_PIECES, 40) },
    { weight: 1, arbitrary: yamlAliasBomb },
    { weight: 1, arbitrary: yamlDeep },
    {
      weight: 1,
      arbitrary: longRun(
        ['', 'a: ', '- ', 'image: "', 'k: |\n'],
        ['- ', 'a: ', '[', '{', '"', ' ', '\\', '&a *a ', '? ', '---\n'],
        ['', '\n', ']', '"'],
        20_000,
      ),
    },
  )
}
