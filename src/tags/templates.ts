/**
 * The `{{…}}` templates (tag values, prefixes, suffixes, `enable`, version patterns, labels): the
 * simple ones read here without Handlebars (below), every other by one Handlebars environment.
 * Like metadata-action, the expressions (`branch`, `date`, …) are passed as functions in the render
 * data rather than registered as helpers, so each template sees exactly the names its context
 * provides: a semver pattern cannot reach `{{branch}}`, which renders empty there as it does in
 * metadata-action.
 *
 * Difference: we render with `noEscape`. metadata-action HTML-escapes expression output, so branch
 * `exp/a=b` via `{{branch}}` becomes tag `exp-a-x3D-b`.
 */
import type Handlebars from 'handlebars'
import { InputError, type InputLocation, errorMessage } from '../errors.js'
import { checkNames, GLOBAL_EXPRESSIONS, rejectUnknownName } from './template-names.js'
import { hasSimpleExpression, isRawPieces, lastUnknownName, renderSimpleTemplate } from './template-subset-render.js'
import { readSimpleTemplate, type SimplePiece } from './template-subset.js'

/**
 * Handlebars is loaded only when some input holds a template outside the simple subset
 * (template-subset.ts: text and `{{name}}` / `{{name 'arg'}}` of our expressions), and the tags
 * command awaits `loadTemplateSupport` then. Every function here answers a template of the subset
 * itself, exactly as Handlebars would, which is safe because the subset is defined by Handlebars'
 * own lexer rules: a template of the subset is lexed into content and plain mustaches only, which
 * Handlebars' compiler turns into the few steps template-subset-render.ts repeats (own property,
 * call with `this` and options, `helperMissing`, `+`, `'' +`); a template that differs in any way
 * (block, comment, escape, `~`, path, hash, literal, unknown name, unbalanced braces) goes to
 * Handlebars. template-subset.test.ts holds Handlebars as the oracle over generated templates and
 * data. Text without `{{` renders to itself in both (there is nothing else Handlebars would
 * interpret). About 23 ms of start-up saved for `type=semver,pattern={{version}}` (docs/decisions.md).
 */
let handlebars: ReturnType<typeof Handlebars.create> | undefined

export async function loadTemplateSupport(): Promise<void> {
  if (handlebars !== undefined) return
  const environment = (await import('handlebars')).default.create()
  // The built-in `log` helper writes to the console; this core does no I/O.
  environment.registerHelper('log', () => '')
  handlebars = environment
}

/**
 * Whether any of these input lines holds a template that only Handlebars reads, so
 * `loadTemplateSupport` must run first. The templates are the line's fields after the CSV pass
 * (list-input.ts) split at their first `=` and trimmed: pieces of the line cut at `,`, `=`, a line
 * break or whitespace at a field's ends, with quotes removed and doubled ones undoubled. A line
 * whose every template is certainly in the subset: no `"` (no quoting, so every field is a piece of
 * the line), no `\r` or `\n`, and the line itself in the subset with no `,` or `=` in a mustache's
 * arguments, so no cut falls inside a mustache and every piece is content and whole mustaches.
 */
export function needsTemplateEngine(...lines: readonly (string | undefined)[]): boolean {
  return lines.some((line) => line !== undefined && isTemplate(line) && !holdsOnlySimpleTemplates(line))
}

function holdsOnlySimpleTemplates(line: string): boolean {
  if (/["\r\n]/.test(line)) return false
  const pieces = readSimpleTemplate(line)
  return pieces !== undefined && pieces.every((piece) => typeof piece === 'string' || piece.args.every((arg) => !/[,=]/.test(arg)))
}

function isTemplate(text: string): boolean {
  return text.includes('{{')
}

/**
 * The longest template read (the simple subset keeps the limit, and its error, unchanged).
 * Handlebars' parser and compiler slow down with nesting
 * (a few thousand `{{#if}}` or `(` levels take seconds, then overflow the stack), and a tag is at
 * most 128 characters anyway; text without `{{` is never a template and has no such limit.
 */
export const MAX_TEMPLATE_LENGTH = 1024

function checkLength(template: string, at: InputLocation, what: string): void {
  if (template.length <= MAX_TEMPLATE_LENGTH) return
  throw new InputError(at, `${what} "${template.slice(0, 40)}…" is a template of ${template.length} characters; at most ${MAX_TEMPLATE_LENGTH} are allowed`, {
    hint: 'shorten the template, or split it over several entries',
  })
}

function engine(): ReturnType<typeof Handlebars.create> {
  if (handlebars === undefined)
    throw new Error(
      'template support is not loaded: the tags command awaits loadTemplateSupport() when needsTemplateEngine() says an input holds a template outside the simple subset',
    )
  return handlebars
}

/**
 * Throws an `InputError` at `at` if `template` is not valid Handlebars or uses an expression
 * outside `known` (the global expressions unless the template is a version or schedule pattern).
 */
export function checkTemplate(template: string, at: InputLocation, what: string, known: readonly string[] = GLOBAL_EXPRESSIONS): void {
  if (!isTemplate(template)) return
  const simple = simplePieces(template, at, what)
  if (simple !== undefined) rejectUnknownName(lastUnknownName(simple, known), template, known, at, what)
  else checkNames(parseTemplate(template, at, what), template, known, at, what)
}

/** True when the template holds at least one `{{…}}` expression (not only text and comments); checked as `checkTemplate` does. */
export function hasExpression(template: string, at: InputLocation, what: string, known: readonly string[] = GLOBAL_EXPRESSIONS): boolean {
  if (!isTemplate(template)) return false
  const simple = simplePieces(template, at, what)
  if (simple !== undefined) {
    rejectUnknownName(lastUnknownName(simple, known), template, known, at, what)
    return hasSimpleExpression(simple)
  }
  const program = parseTemplate(template, at, what)
  checkNames(program, template, known, at, what)
  return program.body.some((statement) => statement.type !== 'ContentStatement' && statement.type !== 'CommentStatement')
}

/**
 * metadata-action's `isRawStatement`: the pattern is exactly one `{{raw}}` (spaces allowed). Only
 * such a pattern is honoured for semver/PEP 440 pre-releases; any other is replaced by the version.
 */
export function isRawOnly(template: string): boolean {
  if (!isTemplate(template) || template.length > MAX_TEMPLATE_LENGTH) return false
  const simple = readSimpleTemplate(template)
  if (simple !== undefined) return isRawPieces(simple)
  try {
    const [only, ...rest] = engine().parseWithoutProcessing(template).body
    if (only === undefined || rest.length > 0 || only.type !== 'MustacheStatement') return false
    const path = (only as hbs.AST.MustacheStatement).path
    return path.type === 'PathExpression' && (path as hbs.AST.PathExpression).original === 'raw'
  } catch {
    return false
  }
}

/**
 * Renders `template` with `data`. Errors thrown by expression functions (already `InputError`s)
 * pass through; anything Handlebars itself throws becomes an `InputError` at `at`.
 */
export function renderTemplate(template: string, data: object, at: InputLocation): string {
  if (!isTemplate(template)) return template
  checkLength(template, at, 'template')
  const simple = readSimpleTemplate(template)
  const render = simple === undefined ? engine().compile(template, { noEscape: true }) : (input: object) => renderSimpleTemplate(simple, input)
  try {
    return render(data)
  } catch (error) {
    if (error instanceof InputError) throw error
    const reason = errorMessage(error)
    throw new InputError(at, `cannot render "${template}": ${reason}`, {
      hint: "use only the documented expressions: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{head_ref}}, {{is_default_branch}}, {{is_not_default_branch}}, {{date 'FORMAT'}}, {{commit_date 'FORMAT'}}",
      cause: error,
    })
  }
}

/** The template's pieces when it is in the simple subset, after the same length check as Handlebars' path. */
function simplePieces(template: string, at: InputLocation, what: string): SimplePiece[] | undefined {
  checkLength(template, at, what)
  return readSimpleTemplate(template)
}

function parseTemplate(template: string, at: InputLocation, what: string): hbs.AST.Program {
  checkLength(template, at, what)
  const environment = engine()
  try {
    return environment.parse(template)
  } catch (error) {
    const reason = error instanceof Error ? error.message.replaceAll('\n', ' ') : String(error)
    throw new InputError(at, `${what} "${template}" is not a valid template: ${reason}`, {
      hint: "close every {{ with }} and quote arguments, e.g. {{date 'YYYYMMDD'}}",
      cause: error,
    })
  }
}
