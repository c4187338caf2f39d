/**
 * The one Handlebars environment used for every `{{…}}` template (tag values, prefixes, suffixes,
 * `enable`, version patterns, labels). Like metadata-action, the expressions (`branch`, `date`, …)
 * are passed as functions in the render data rather than registered as helpers, so each template
 * sees exactly the names its context provides: a semver pattern cannot reach `{{branch}}`, which
 * renders empty there as it does in metadata-action.
 *
 * Difference: we render with `noEscape`. metadata-action HTML-escapes expression output, so branch
 * `exp/a=b` via `{{branch}}` becomes tag `exp-a-x3D-b`.
 */
import type Handlebars from 'handlebars'
import { InputError, type InputLocation, errorMessage } from '../errors.js'
import { checkNames, GLOBAL_EXPRESSIONS } from './template-names.js'

/**
 * Handlebars is loaded only when some input holds `{{` (the tags command awaits
 * `loadTemplateSupport` then): plain tags such as `v1.2.3` or `type=sha` need no template engine,
 * and a text without `{{` renders to itself in Handlebars (there is nothing else it would
 * interpret), so every function here answers such text without it. About 20 ms of start-up.
 */
let handlebars: ReturnType<typeof Handlebars.create> | undefined

export async function loadTemplateSupport(): Promise<void> {
  if (handlebars !== undefined) return
  const environment = (await import('handlebars')).default.create()
  // The built-in `log` helper writes to the console; this core does no I/O.
  environment.registerHelper('log', () => '')
  handlebars = environment
}

/** Whether any of these inputs holds a template, so `loadTemplateSupport` must run first. */
export function usesTemplates(...texts: readonly (string | undefined)[]): boolean {
  return texts.some((text) => text !== undefined && isTemplate(text))
}

function isTemplate(text: string): boolean {
  return text.includes('{{')
}

/**
 * The longest template handed to Handlebars. Its parser and compiler slow down with nesting
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
  if (handlebars === undefined) throw new Error('template support is not loaded: the tags command awaits loadTemplateSupport() when an input holds {{')
  return handlebars
}

/**
 * Throws an `InputError` at `at` if `template` is not valid Handlebars or uses an expression
 * outside `known` (the global expressions unless the template is a version or schedule pattern).
 */
export function checkTemplate(template: string, at: InputLocation, what: string, known: readonly string[] = GLOBAL_EXPRESSIONS): void {
  if (isTemplate(template)) checkNames(parseTemplate(template, at, what), template, known, at, what)
}

/** True when the template holds at least one `{{…}}` expression (not only text and comments); checked as `checkTemplate` does. */
export function hasExpression(template: string, at: InputLocation, what: string, known: readonly string[] = GLOBAL_EXPRESSIONS): boolean {
  if (!isTemplate(template)) return false
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
  const environment = engine()
  try {
    return environment.compile(template, { noEscape: true })(data)
  } catch (error) {
    if (error instanceof InputError) throw error
    const reason = errorMessage(error)
    throw new InputError(at, `cannot render "${template}": ${reason}`, {
      hint: "use only the documented expressions: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{head_ref}}, {{is_default_branch}}, {{is_not_default_branch}}, {{date 'FORMAT'}}, {{commit_date 'FORMAT'}}",
      cause: error,
    })
  }
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
