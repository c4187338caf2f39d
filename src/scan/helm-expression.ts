import { splitActions, tokenize, type Token } from './helm-actions.js'
import type { HelmChart } from './helm-chart.js'
import { MAX_VALUES_PATH } from './helm-places.js'
import type { Place } from './types.js'

/**
 * The value of an `image:` line of a Helm template, evaluated without the helm binary: literal text,
 * `.Values.x` looked up in the chart's values.yaml, `.Chart.AppVersion`, string literals, the
 * chart's own named templates called with the root context (`include "app.image" .`), and the
 * functions chart templates use on image values (`default`, `quote`, `printf`, ...; Sprig,
 * https://helm.sh/docs/chart_template_guide/function_list/). Anything else, and any value shaped
 * by control flow, is `unknown` with the reason: a guess would check an image that may not run.
 */

/** A piece of the rendered value; `place` is where it is written when that is not the template line. */
export interface Piece {
  readonly text: string
  readonly place?: Place
}

export type ImageExpression =
  /** Every value it reads belongs to an image the values scan reports itself (at the values lines). */
  | { readonly kind: 'covered' }
  /** `overridable`: empty values that a `default` stepped over, where a user would set one. */
  | { readonly kind: 'resolved'; readonly pieces: readonly Piece[]; readonly overridable: readonly Place[] }
  | { readonly kind: 'unknown'; readonly reason: string }

interface Value {
  readonly pieces: readonly Piece[]
  readonly overridable: readonly Place[]
  readonly covered?: boolean
  /** The root context (`.` or `$` outside any block), which a named template receives. */
  readonly root?: boolean
  /** Why the value is unknown: kept until it is used, so `dict … "global" .Values.global` does not stop a covered `include`. */
  readonly unknown?: string
  /** A `.Values` path that values.yaml does not set: fine under `default`, unknown as the image. */
  readonly missing?: string
}

class Unknown extends Error {}

/** Parentheses, and named templates calling named templates, nest at most this deep. */
const MAX_DEPTH = 16

const IDENTITY = new Set(['quote', 'squote', 'toString', 'trim', 'nospace'])

/** Actions that make the output depend on control flow or variables, which are not evaluated. */
const CONTROL = /^(if|else|end|with|range|define|block|break|continue)\b|^\$\w*\s*:?=/

const EMPTY: Value = { pieces: [], overridable: [] }
const textOf = (value: Value) => value.pieces.map((piece) => piece.text).join('')
const literal = (text: string): Value => ({ pieces: text === '' ? [] : [{ text }], overridable: [] })

/**
 * How much template text one file may make the evaluator read: named templates can call each other
 * so that each call doubles the work, so the reading is charged, in characters, against a budget
 * that grows with the file (issue 12: work bounded by the input's size).
 */
export interface EvaluationBudget {
  left: number
}

export function evaluationBudget(text: string): EvaluationBudget {
  return { left: 64 * 1024 + 4 * text.length }
}

interface Scope {
  readonly chart: HelmChart
  readonly budget: EvaluationBudget
}

export function evaluateImage(value: string, chart: HelmChart, budget: EvaluationBudget): ImageExpression {
  const scope = { chart, budget }
  try {
    const result = evaluateText(value, scope, 0)
    if (result.covered) return { kind: 'covered' }
    return { kind: 'resolved', pieces: result.pieces, overridable: result.overridable }
  } catch (error) {
    if (error instanceof Unknown) return { kind: 'unknown', reason: error.message }
    throw error
  }
}

/** Template text (a line's value, or a named template's body) rendered to pieces. */
function evaluateText(text: string, scope: Scope, depth: number): Value {
  scope.budget.left -= text.length
  if (scope.budget.left < 0)
    throw new Unknown('evaluating it would read more template text than shiptag reads for one file (named templates calling each other)')
  const segments = splitActions(text)
  if (!segments) throw new Unknown('a `{{` is not closed')
  const pieces: Piece[] = []
  const overridable: Place[] = []
  for (const segment of segments) {
    if (segment.kind === 'text') {
      // Between the actions of a named template, whitespace is layout that trim markers remove.
      if (depth === 0 || segment.text.trim() !== '') pieces.push({ text: depth === 0 ? segment.text : segment.text.trim() })
      continue
    }
    if (CONTROL.test(segment.body)) throw new Unknown(`{{ ${segment.body} }} makes the value depend on control flow`)
    const result = evaluateAction(segment.body, scope, depth)
    if (result.covered) return { ...EMPTY, covered: true }
    pieces.push(...usable(result).pieces)
    overridable.push(...result.overridable)
  }
  return { pieces, overridable }
}

/** A value as text: an unknown or missing one stops the evaluation with its reason. */
function usable(value: Value): Value {
  if (value.unknown !== undefined) throw new Unknown(value.unknown)
  if (value.missing !== undefined)
    throw new Unknown(`.Values.${value.missing} is not set in the chart's values.yaml, so only the values given at install time decide it`)
  if (value.root) throw new Unknown('the root context is used as a value')
  return value
}

function evaluateAction(body: string, scope: Scope, depth: number): Value {
  const tokens = tokenize(body)
  if (!tokens || tokens.length === 0) throw new Unknown(`the action {{ ${body} }} is not one shiptag evaluates`)
  const parser = { tokens, at: 0 }
  const result = pipeline(parser, scope, depth)
  if (parser.at !== tokens.length) throw new Unknown(`the action {{ ${body} }} is not one shiptag evaluates`)
  return result
}

interface Parser {
  readonly tokens: readonly Token[]
  at: number
}

const isPunct = (token: Token | undefined, value: string) => token?.kind === 'punct' && token.value === value

function pipeline(parser: Parser, scope: Scope, depth: number): Value {
  if (depth > MAX_DEPTH) throw new Unknown('the expression nests too deeply to evaluate')
  let value = command(parser, scope, depth, undefined)
  while (isPunct(parser.tokens[parser.at], '|')) {
    parser.at++
    value = command(parser, scope, depth, value)
  }
  return value
}

/** One command of a pipeline; `piped` is the previous command's value, passed as the last argument. */
function command(parser: Parser, scope: Scope, depth: number, piped: Value | undefined): Value {
  const operands: (Value | string)[] = []
  for (let token = parser.tokens[parser.at]; token && !isPunct(token, '|') && !isPunct(token, ')'); token = parser.tokens[parser.at]) {
    parser.at++
    if (token.kind === 'string') operands.push(literal(token.value))
    else if (token.kind === 'field') operands.push(field(token.value, scope))
    else if (token.kind === 'word') operands.push(/^\d+$/.test(token.value) ? literal(token.value) : token.value)
    else if (token.value === '(') {
      operands.push(pipeline(parser, scope, depth + 1))
      if (!isPunct(parser.tokens[parser.at], ')')) throw new Unknown('a parenthesis is not closed')
      parser.at++
    } else throw new Unknown('a variable assignment decides the value')
  }
  const [head, ...rest] = operands
  if (head === undefined) throw new Unknown('an empty command in a pipeline')
  const args = [...rest, ...(piped ? [piped] : [])]
  if (typeof head !== 'string') {
    if (args.length > 0) throw new Unknown('a value is called like a function')
    return head
  }
  const values = args.filter((arg): arg is Value => typeof arg !== 'string')
  if (values.length !== args.length) throw new Unknown(`an argument of ${head} is not a value shiptag evaluates`)
  return call(head, values, scope, depth)
}

function call(name: string, args: readonly Value[], scope: Scope, depth: number): Value {
  // `include "common.images.image" (dict "imageRoot" .Values.image ...)` and the like: the values scan has the image.
  if (args.some((value) => value.covered)) return { ...EMPTY, covered: true }
  if ((name === 'include' || name === 'template') && args.length === 2 && args[1]!.root) return named(textOf(usable(args[0]!)), scope, depth)
  // A dict is only ever an argument (of a named template); what it holds is not looked into further.
  if (name === 'dict') return { ...EMPTY, unknown: 'a dict is used as a value' }
  if (name === 'include' || name === 'template') {
    const called = args[0] && args[0].unknown === undefined ? `"${textOf(args[0])}"` : 'a named template'
    throw new Unknown(`${called} is called with other arguments than the root context (.), which shiptag does not evaluate`)
  }
  if (name === 'default' && args.length === 2) {
    const [fallback, given] = args as [Value, Value]
    if (given.missing === undefined && textOf(usable(given)) !== '') return given
    const stepped = given.pieces.flatMap((piece) => (piece.place ? [piece.place] : []))
    return { ...usable(fallback), overridable: [...fallback.overridable, ...stepped] }
  }
  if (IDENTITY.has(name) && args.length === 1) return usable(args[0]!)
  if (name === 'printf' && args.length >= 1) return printf(usable(args[0]!), args.slice(1).map(usable))
  throw new Unknown(`the function "${name}" is not evaluated`)
}

/** A named template of the chart (`{{ define "app.image" }}` in `_helpers.tpl`), called with the root context. */
function named(name: string, scope: Scope, depth: number): Value {
  const body = scope.chart.defines.get(name)
  if (body === undefined) throw new Unknown(`the named template "${name}" is not defined in the chart's templates (a library chart's is not read)`)
  return evaluateText(body, scope, depth + 1)
}

/** `printf` with the verbs image templates use (`%s`, `%v`, `%d`); the pieces keep their places. */
function printf(format: Value, args: readonly Value[]): Value {
  const pieces: Piece[] = []
  let next = 0
  for (const part of textOf(format).split(/(%[svd%])/)) {
    if (part === '%%') pieces.push({ text: '%' })
    else if (/^%[svd]$/.test(part)) {
      const arg = args[next++]
      if (!arg) throw new Unknown('printf has fewer arguments than verbs')
      pieces.push(...arg.pieces)
    } else if (part.includes('%')) throw new Unknown(`the printf verb in "${part}" is not evaluated`)
    else if (part !== '') pieces.push({ text: part })
  }
  return { pieces, overridable: args.flatMap((arg) => arg.overridable) }
}

/** `.Values.a.b`, `$.Values.a.b`, `.Chart.AppVersion`, `.`/`$`; `.x` alone depends on a `with`/`range` block. */
function field(name: string, scope: Scope): Value {
  if (name === '.' || name === '$') return { ...EMPTY, root: true }
  const path = name.startsWith('$.') ? name.slice(1) : name
  if (path === '.Chart.AppVersion') {
    if (!scope.chart.appVersion) return { ...EMPTY, unknown: 'the chart has no appVersion in Chart.yaml' }
    return { pieces: [{ text: scope.chart.appVersion.text, place: scope.chart.appVersion.place }], overridable: [] }
  }
  if (!path.startsWith('.Values.')) return { ...EMPTY, unknown: `${name} is only known when the chart is rendered` }
  const key = path.slice('.Values.'.length)
  if (key.length > MAX_VALUES_PATH) return { ...EMPTY, unknown: `a .Values path of ${key.length} characters is longer than shiptag looks up` }
  if (scope.chart.coversImage(key)) return { ...EMPTY, covered: true }
  const leaf = scope.chart.values.get(key)
  if (leaf) return { pieces: [{ text: leaf.text, place: leaf.place }], overridable: [] }
  if (scope.chart.hasMap(key)) return { ...EMPTY, unknown: `.Values.${key} is a map in values.yaml, not a value` }
  return { ...EMPTY, missing: key }
}
