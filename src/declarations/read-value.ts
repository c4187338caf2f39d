import { InputError } from '../errors.js'
import { flagLines, inputLines } from '../input-lines.js'
import { parseTimeout } from './duration.js'
import { OPTIONS, type OptionName } from './options.js'
import type { KindValues, OptionDeclaration } from './types.js'

type AnyValue = KindValues[keyof KindValues]

/**
 * One option's value from the action: `text` is the input as the runner passed it (trimmed, except
 * separators), '' when not set, in which case the declared default applies. Errors name the input.
 */
export function actionValue(name: OptionName, text: string): AnyValue {
  const option: OptionDeclaration = OPTIONS[name]
  // A default that is an expression (`${{ github.token }}`) is the runner's to expand: an input left
  // empty on purpose means empty, never the expression's own text (which would be sent as a password).
  const fallback = option.action?.default ?? ''
  const given = text === '' ? (fallback.includes('${{') ? '' : fallback) : text
  switch (option.kind) {
    case 'lines':
      return inputLines(name, text)
    case 'boolean':
      return readBoolean(name, given)
    case 'duration':
      return parseTimeout(given, name)
    case 'choice':
      return readChoice(name, given, option.choices ?? [])
    case 'count':
      return readCount(name, text)
    case 'separator':
      return text === '' ? '\n' : text
    default:
      return given
  }
}

/**
 * One option's value from the CLI, as node:util's parseArgs returned it: a string, a list for a
 * repeatable flag, `true` for a boolean flag, undefined when absent. Errors name the flag
 * (`--timeout`); the CLI turns them into usage errors.
 */
export function cliValue(name: OptionName, raw: string | boolean | (string | boolean)[] | undefined): AnyValue {
  const option: OptionDeclaration = OPTIONS[name]
  const flag = `--${option.cli?.flag ?? name}`
  const text = typeof raw === 'string' ? raw : ''
  switch (option.kind) {
    case 'lines':
      return flagLines(name, Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [])
    case 'boolean':
      return option.negatedFlag === true ? raw !== true : raw === true
    case 'duration':
      return parseTimeout(text, flag)
    case 'choice':
      return raw === undefined ? '' : readChoice(flag, text, option.choices ?? [])
    case 'count':
      return readCount(flag, text)
    default:
      return text
  }
}

function readChoice(input: string, value: string, choices: readonly string[]): string {
  if (choices.includes(value)) return value
  throw new InputError({ input }, `"${value}" is not allowed; expected one of ${choices.join(', ')}`, {
    hint: input.startsWith('--') ? `e.g. ${input} ${choices[0]}` : `set ${input}: ${choices[0]}`,
  })
}

/** YAML 1.2 core-schema booleans, like `core.getBooleanInput`, but with an error that names the input. */
function readBoolean(input: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError({ input }, `"${value}" is not a boolean`, { hint: `set ${input}: true or ${input}: false` })
}

/** A whole number of at least 1; '' is undefined, the default of whoever reads it. */
function readCount(input: string, value: string): number | undefined {
  if (value === '') return undefined
  const count = Number(value)
  if (Number.isInteger(count) && count >= 1) return count
  throw new InputError({ input }, `"${value}" is not a whole number of at least 1`, { hint: 'leave it out for the default, which suits most registries' })
}
