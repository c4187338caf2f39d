/**
 * Renders a template of the simple subset (template-subset.ts) as Handlebars 4.7 renders it with
 * `noEscape`, step by step as its compiler writes the code for a plain mustache (compare
 * `Handlebars.precompile("a{{b}}c{{d 'x'}}", { noEscape: true })`):
 *
 * - `{{name}}` without arguments: the data's own property `name` (Handlebars looks up own
 *   properties only, and none of our names is one of its helpers); a function is called with the
 *   data as `this` and the options object alone, anything else is used as it is, and a missing
 *   name renders empty (its `helperMissing` returns nothing when there are no arguments);
 * - `{{name 'a' 'b'}}`: the property is called with the arguments and the options object; a
 *   missing or falsy one is Handlebars' "Missing helper" error, anything else without a `call`
 *   method its TypeError;
 * - each value that is null or undefined becomes '', the pieces are joined with `+` from left to
 *   right (so two numbers add up, as in Handlebars), and the result is turned into a string last.
 *
 * The options object is the one Handlebars builds: `name`, an empty `hash`, `data` (`{ root }`, the
 * frame of a template rendered without data) and `loc` (where the mustache stands).
 */
import type { SimpleExpression, SimplePiece } from './template-subset.js'

/**
 * Handlebars' TypeError for a value that is not a function called with arguments, as V8 words it
 * for the generated code of a template with one mustache (a longer one names an alias instead of
 * `container.hooks.helperMissing`). Only `date` and `commit_date` take arguments in the subset, and
 * they are functions wherever they are defined, so no real template meets it.
 */
const NOT_CALLABLE = '(lookupProperty(...) || (depth0 && lookupProperty(...)) || container.hooks.helperMissing).call is not a function'

export function renderSimpleTemplate(pieces: readonly SimplePiece[], data: object): string {
  const frame = { root: data }
  let output: unknown
  pieces.forEach((piece, index) => {
    const value = typeof piece === 'string' ? piece : valueOf(piece, data, frame)
    // `+` as the compiled template does: number + number adds, anything else concatenates.
    output = index === 0 ? value : (output as string) + (value as string)
  })
  return '' + (output as string)
}

function valueOf(expression: SimpleExpression, data: object, frame: object): unknown {
  const { name, args, loc } = expression
  const own: unknown = Object.hasOwn(data, name) ? (data as Record<string, unknown>)[name] : undefined
  const options = { name, hash: {}, data: frame, loc }
  let value: unknown
  if (args.length === 0) {
    value = typeof own === 'function' ? own.call(data, options) : own
  } else {
    if (!own) throw new Error(`Missing helper: "${name}"`)
    const call = (own as { call?: unknown }).call
    if (typeof call !== 'function') throw new TypeError(NOT_CALLABLE)
    value = call.call(own, data, ...args, options)
  }
  return value === null || value === undefined ? '' : value
}

/** The name Handlebars' path would report first (template-names.ts walks the statements from the last). */
export function lastUnknownName(pieces: readonly SimplePiece[], known: readonly string[]): string | undefined {
  for (let index = pieces.length - 1; index >= 0; index -= 1) {
    const piece = pieces[index]
    if (piece !== undefined && typeof piece !== 'string' && !known.includes(piece.name)) return piece.name
  }
  return undefined
}

/** metadata-action's `isRawStatement` on the pieces: exactly one mustache, named `raw`. */
export function isRawPieces(pieces: readonly SimplePiece[]): boolean {
  const [only, ...rest] = pieces
  return rest.length === 0 && only !== undefined && typeof only !== 'string' && only.name === 'raw'
}

/** Whether the pieces hold a mustache, which every template of the subset with `{{` does. */
export function hasSimpleExpression(pieces: readonly SimplePiece[]): boolean {
  return pieces.some((piece) => typeof piece !== 'string')
}
