/**
 * The simple templates that almost every workflow writes (`{{version}}`, `{{major}}.{{minor}}`,
 * `{{branch}}-{{sha}}`, `{{date 'YYYYMMDD'}}`), read without Handlebars (743 KB, about 23 ms of
 * start-up; issue 18). The subset is what Handlebars 4.7's own lexer
 * (https://github.com/handlebars-lang/handlebars.js/blob/v4.x/src/handlebars.l) turns into nothing
 * but content and plain mustaches, so it is provably read the same way:
 *
 * - content: any text without NUL (the lexer has no rule for it outside a string) and without a
 *   `\` right before `{{` (`\{{` escapes a mustache, `\\{{` strips a backslash);
 * - a mustache: `{{`, optional whitespace (JavaScript's `\s`, which the lexer skips), one of our
 *   expression names as a whole identifier, then for `date` and `commit_date` optionally quoted
 *   arguments, the first after
 *   whitespace (an identifier must be followed by whitespace, `}` and a few others), each `'…'` or
 *   `"…"` without a backslash (the lexer's only escape) and without its own quote, then optional
 *   whitespace and `}}` not followed by a third `}` (the lexer reads `}}}` as the close of `{{{`).
 *
 * Anything else (`{{#if}}`, `{{else}}`, `{{!`, `{{{`, `{{&`, `{{>`, `~`, paths with `.` or `/`,
 * `@data`, sub-expressions, hash arguments, numbers, booleans, unknown names...) is not in the
 * subset and goes to Handlebars. `template-subset.test.ts` compares both on generated templates.
 */
import { GLOBAL_EXPRESSIONS, PEP440_EXPRESSIONS, SCHEDULE_EXPRESSIONS, SEMVER_EXPRESSIONS } from './template-names.js'

/** Every expression name a template may use somewhere; none is a Handlebars helper or keyword. */
const NAMES: ReadonlySet<string> = new Set<string>([...GLOBAL_EXPRESSIONS, ...SCHEDULE_EXPRESSIONS, ...SEMVER_EXPRESSIONS, ...PEP440_EXPRESSIONS])

/**
 * The expressions that take an argument (a format). Another name called with arguments goes to
 * Handlebars: a version's fields are plain values, and calling one is a TypeError whose text quotes
 * Handlebars' generated code (its aliases vary with the template), which is not worth repeating.
 */
const TAKE_ARGUMENTS: ReadonlySet<string> = new Set<string>(SCHEDULE_EXPRESSIONS)

/** Handlebars' `ID` token (its lexer's character class); read whole, so `{{branches}}` is not `{{branch}}`. */
const IDENTIFIER = /[^\s!"#%-,./;->@[-^`{-~]+/y
const WHITESPACE = /\s*/y

/** A position as Handlebars' lexer (jison) counts it: 1-based line, 0-based column. */
export interface Position {
  readonly line: number
  readonly column: number
}

/** `{{name 'arg' …}}` with where it stands, as Handlebars passes it to the expression (`options.loc`). */
export interface SimpleExpression {
  readonly name: string
  readonly args: readonly string[]
  readonly loc: { readonly start: Position; readonly end: Position }
}

/** Content (a string) and expressions, in template order. */
export type SimplePiece = string | SimpleExpression

/**
 * The template's pieces when it is in the subset (see above), else undefined. A template without
 * `{{` is a single piece of content.
 */
export function readSimpleTemplate(template: string): SimplePiece[] | undefined {
  if (template.includes('\0')) return undefined
  const pieces: SimplePiece[] = []
  const lexer = new Positions()
  let at = 0
  while (at < template.length) {
    const open = template.indexOf('{{', at)
    if (open < 0) {
      pieces.push(template.slice(at))
      break
    }
    if (open > at) {
      const content = template.slice(at, open)
      if (content.endsWith('\\')) return undefined
      lexer.advance(content)
      pieces.push(content)
    }
    const read = readExpression(template, open, lexer)
    if (read === undefined) return undefined
    pieces.push(read.expression)
    at = read.end
  }
  return pieces
}

/** The mustache at `open` (which holds `{{`) and the index after it, or undefined when it is outside the subset. */
function readExpression(template: string, open: number, lexer: Positions): { expression: SimpleExpression; end: number } | undefined {
  const start = lexer.position
  lexer.advance('{{')
  let at = skipWhitespace(template, open + 2, lexer)
  IDENTIFIER.lastIndex = at
  const name = IDENTIFIER.exec(template)?.[0]
  if (name === undefined || !NAMES.has(name)) return undefined
  lexer.advance(name)
  at += name.length
  const args: string[] = []
  for (;;) {
    WHITESPACE.lastIndex = at
    const space = WHITESPACE.exec(template)?.[0] ?? ''
    const next = at + space.length
    const quote = template[next]
    if (quote === "'" || quote === '"') {
      if (!TAKE_ARGUMENTS.has(name) || (args.length === 0 && space === '')) return undefined
      const close = template.indexOf(quote, next + 1)
      if (close < 0) return undefined
      const arg = template.slice(next + 1, close)
      if (arg.includes('\\')) return undefined
      lexer.advance(space)
      lexer.advance(template.slice(next, close + 1))
      args.push(arg)
      at = close + 1
      continue
    }
    if (!template.startsWith('}}', next) || template[next + 2] === '}') return undefined
    lexer.advance(space)
    lexer.advance('}}')
    return { expression: { name, args, loc: { start, end: lexer.position } }, end: next + 2 }
  }
}

function skipWhitespace(template: string, at: number, lexer: Positions): number {
  WHITESPACE.lastIndex = at
  const space = WHITESPACE.exec(template)?.[0] ?? ''
  lexer.advance(space)
  return at + space.length
}

/**
 * jison's line and column count, token by token (its `next()`): a token with line breaks moves to
 * the column after its last one, and a column after `\u2028` is still counted from the last `\n`
 * or `\r`, as jison does. Tokens never split a `\r\n` in the subset.
 */
class Positions {
  private line = 1
  private column = 0

  get position(): Position {
    return { line: this.line, column: this.column }
  }

  advance(token: string): void {
    const lines = token.match(/(?:\r\n?|\n).*/g)
    if (lines === null) {
      this.column += token.length
      return
    }
    const last = lines[lines.length - 1] ?? ''
    this.line += lines.length
    this.column = last.length - (/^\r?\n?/.exec(last)?.[0].length ?? 0)
  }
}
