/**
 * Env files as docker compose reads them for interpolation (https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file-syntax):
 * `NAME=value` (or `NAME: value`) a line, an optional `export ` prefix, `#` comment lines, blank
 * lines; unquoted values end at the line or at ` #`; single quotes are literal; double quotes take
 * `\n`, `\t`, `\\`, `\"` and may span lines; unquoted and double-quoted values are interpolated
 * from the variables set before them (in this file and the env files read before it). A bare
 * `NAME` takes the value from the shell, which shiptag never reads, so it leaves NAME unset.
 *
 * No parser from node_modules fits: the dotenv dialects differ (inline comments, quotes, `:`), and
 * findings need each value's line and column. Written as one linear pass; no regex backtracks.
 */
import { interpolate, MAX_INTERPOLATED_LENGTH, type Variable, type Variables } from './compose-interpolation.js'

export interface DotenvProblem {
  readonly line: number
  readonly column: number
  readonly message: string
}

export interface Dotenv {
  /** `earlier` with this file's variables set over it. */
  readonly variables: Map<string, Variable>
  readonly problems: readonly DotenvProblem[]
}

/** All values of one file together, once interpolated: a file can double a value on every line. */
export const MAX_DOTENV_EXPANSION = 8 * 1024 * 1024

const KEY = /^[\p{L}\p{N}_.-]+$/u
const DOUBLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', $: '\\$' }

const isBlank = (char: string | undefined) => char === ' ' || char === '\t' || char === '\r' || char === '\f' || char === '\v'

/** Parses one env file; `file` names it in messages and origins (e.g. `deploy/.env`). Never throws. */
export function parseDotenv(file: string, text: string, earlier: Variables = new Map()): Dotenv {
  const variables = new Map(earlier)
  const problems: DotenvProblem[] = []
  let expansion = MAX_DOTENV_EXPANSION
  // A byte order mark is not part of the first name, nor a column an editor counts.
  let i = text.startsWith('\uFEFF') ? 1 : 0
  let line = 1
  let lineStart = i
  const column = (at: number) => at - lineStart + 1
  const skipBlanks = () => {
    while (isBlank(text[i])) i++
  }
  const toLineEnd = () => {
    const newline = text.indexOf('\n', i)
    i = newline === -1 ? text.length : newline
  }
  const problem = (at: number, message: string) => {
    problems.push({ line, column: column(at), message })
    toLineEnd()
  }
  while (i < text.length) {
    skipBlanks()
    if (i >= text.length) break
    if (text[i] === '\n') {
      i++
      line++
      lineStart = i
      continue
    }
    if (text[i] === '#') {
      toLineEnd()
      continue
    }
    if (text.startsWith('export', i) && isBlank(text[i + 6])) {
      i += 6
      skipBlanks()
    }
    const keyStart = i
    while (i < text.length && text[i] !== '=' && text[i] !== ':' && text[i] !== '\n') i++
    const key = text.slice(keyStart, i).trimEnd()
    if (!KEY.test(key)) {
      // Not quoted: env files hold passwords, and a line that is not NAME=value may be one.
      problem(keyStart, 'this line is not NAME=value: the text before "=" is not a variable name (letters, digits, _ . -); a comment starts with #')
      continue
    }
    // A bare NAME passes the shell's value through: unset here, as the shell is not read.
    if (i >= text.length || text[i] === '\n') continue
    i++
    skipBlanks()
    const valueLine = line
    const valueStart = i
    const valueColumn = column(valueStart)
    const quote = text[i] === '"' || text[i] === "'" ? text[i]! : undefined
    let raw: string
    let endColumn: number
    if (quote === undefined) {
      toLineEnd()
      raw = unquotedValue(text.slice(valueStart, i))
      endColumn = valueColumn + raw.length
    } else {
      const close = closingQuote(text, valueStart + 1, quote)
      if (close === -1) {
        problem(valueStart, `the ${quote === '"' ? 'double' : 'single'}-quoted value of ${key} is never closed`)
        break
      }
      raw = text.slice(valueStart + 1, close)
      const firstLineEnd = raw.indexOf('\n')
      endColumn = valueColumn + 1 + (firstLineEnd === -1 ? raw.length : firstLineEnd)
      for (let at = raw.indexOf('\n'); at !== -1; at = raw.indexOf('\n', at + 1)) {
        line++
        lineStart = valueStart + 1 + at + 1
      }
      i = close + 1
      skipBlanks()
      if (i < text.length && text[i] !== '\n' && text[i] !== '#') {
        problem(i, `text after the closing quote of ${key}; put a comment after " #"`)
        continue
      }
      toLineEnd()
    }
    const origin = { file, line: valueLine, column: valueColumn + (quote === undefined ? 0 : 1), endColumn }
    const literal = quote === "'" ? raw.replaceAll("\\'", "'") : quote === '"' ? unescapeDouble(raw) : raw
    if (quote === "'" || !literal.includes('$')) {
      variables.set(key, { name: key, value: literal, unknown: [], origin })
      continue
    }
    if (expansion <= 0) {
      variables.set(key, { name: key, value: '', unknown: [`${file} fills in more than ${MAX_DOTENV_EXPANSION} characters of variables`], origin })
      continue
    }
    const filled = interpolate(literal, { variables, label: file, maxLength: Math.min(MAX_INTERPOLATED_LENGTH, expansion) })
    expansion -= filled.value.length + literal.length
    variables.set(key, { name: key, value: filled.value, unknown: filled.unknown, origin })
  }
  return { variables, problems }
}

/** An unquoted value: up to a `#` that follows a blank (an inline comment), trailing blanks dropped. */
function unquotedValue(rest: string): string {
  let end = rest.length
  for (let at = rest.indexOf('#'); at !== -1; at = rest.indexOf('#', at + 1)) {
    if (at === 0 || isBlank(rest[at - 1])) {
      end = at
      break
    }
  }
  return rest.slice(0, end).trimEnd()
}

/** The index of the quote that closes a value opened before `from`; a backslash escapes one. */
function closingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === quote) return i
  }
  return -1
}

/** Double-quoted escapes; `\$` stays as written, so the `$` is still seen by interpolation as compose does. */
function unescapeDouble(raw: string): string {
  let out = ''
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\' && i + 1 < raw.length) {
      out += DOUBLE_ESCAPES[raw[i + 1]!] ?? `\\${raw[i + 1]}`
      i++
    } else {
      out += raw[i]
    }
  }
  return out
}
