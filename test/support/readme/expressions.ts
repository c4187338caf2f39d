/**
 * The `${{ … }}` expressions the README's workflows use, evaluated as the runner does
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/expressions): a context
 * property path (`steps.meta.outputs.tags`, `needs.plan.outputs.plan`, `matrix.source`) or
 * `fromJSON(path)`. Anything else, and any path that leads nowhere, is an error rather than the
 * runner's empty string: a README that names an output shiptag does not set must fail its test.
 */

export type ExpressionContext = Readonly<Record<string, unknown>>

export class ExpressionError extends Error {
  override readonly name = 'ExpressionError'
}

const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g
const PATH = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/
const FROM_JSON = /^fromJSON\((.*)\)$/

function lookUp(path: string, context: ExpressionContext): unknown {
  if (!PATH.test(path)) throw new ExpressionError(`\${{ ${path} }}: only context paths and fromJSON(…) are modelled`)
  let value: unknown = context
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !(key in value)) throw new ExpressionError(`\${{ ${path} }}: "${key}" is not set`)
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

export function evaluate(expression: string, context: ExpressionContext): unknown {
  const fromJson = FROM_JSON.exec(expression)
  if (fromJson) return JSON.parse(String(evaluate(fromJson[1]!.trim(), context))) as unknown
  return lookUp(expression, context)
}

/** A string with its expressions replaced; a string that is one expression keeps the value's type (fromJSON → object). */
export function interpolate(text: string, context: ExpressionContext): unknown {
  const whole = /^\$\{\{\s*((?:(?!\}\}).)*?)\s*\}\}$/.exec(text)
  if (whole) return evaluate(whole[1]!, context)
  return text.replace(EXPRESSION, (_match, expression: string) => {
    const value = evaluate(expression, context)
    return typeof value === 'string' ? value : JSON.stringify(value)
  })
}

/** `interpolate`, for values that must come out as a string (step inputs, `run:` lines). */
export function interpolateString(text: string, context: ExpressionContext): string {
  const value = interpolate(text, context)
  return typeof value === 'string' ? value : JSON.stringify(value)
}
