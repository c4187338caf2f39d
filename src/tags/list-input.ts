/**
 * The shared grammar of metadata-action's list inputs (`images`, `tags`, `flavor`, `labels`,
 * `annotations`): one entry per line, blank lines and `#` lines dropped, each entry trimmed.
 *
 * metadata-action reads these with the toolkit's `Util.getInputList` (one CSV pass over the whole
 * input, fields re-joined with `,`) and then CSV-parses each entry a second time, so a comma inside an
 * attribute needs `"""…"""`. We parse each line as one CSV record exactly once, so `"pattern=a,b"`
 * works, and unwrap a field that is still quoted after that pass so the doubled form keeps working.
 */
import { parse } from 'csv-parse/sync'
import { InputError, type InputLocation, errorMessage } from '../errors.js'
import { listLines, type InputLine as ListLine, type ListInput } from '../input-lines.js'

/** The inputs that use this grammar, as named in errors. */
export type ListInputName = 'images' | 'tags' | 'flavor' | 'labels' | 'annotations'

/** One meaningful line of a list input; line 0 for the built-in default `tags` entries. */
export type InputLine = ListLine<ListInputName>

/** One `key=value` field of a record; `key` is undefined for a field without `=`. */
export interface Field {
  readonly key: string | undefined
  readonly value: string
}

/** The input's meaningful lines, each with its line number (input-lines.ts). */
export function splitLines(input: ListInputName, value: ListInput | undefined): InputLine[] {
  return listLines(input, value)
}

/** Where an entry sits, for errors and warnings; the built-in defaults (line 0) have no line. */
export function locationOf(input: string, line: number): InputLocation {
  return line === 0 ? { input } : { input, line }
}

/** An `InputError` located at `line`. */
export function lineError(line: InputLine, message: string, hint: string): InputError {
  return new InputError(locationOf(line.input, line.line), message, { hint })
}

/**
 * The line's fields after one CSV pass (quotes relaxed, whitespace around fields trimmed). Empty
 * fields are dropped: metadata-action turns a trailing comma into an empty `value` that silently
 * overrides the real one.
 */
export function parseRecord(line: InputLine): string[] {
  return readCsv(line, true)
    .map(unwrapQuoted)
    .filter((field) => field !== '')
}

/**
 * The line after exactly the one CSV pass metadata-action applies to `labels` and `annotations`
 * (fields re-joined with `,`, nothing trimmed), so values keep their commas and spaces.
 */
export function rejoinRecord(line: InputLine): string {
  return readCsv(line, false).join(',')
}

/** Splits a field at its first `=`; the key is trimmed and lower-cased, the value trimmed. */
export function splitField(line: InputLine, field: string): Field {
  const at = field.indexOf('=')
  if (at < 0) return { key: undefined, value: field.trim() }
  const key = field.slice(0, at).trim().toLowerCase()
  if (key === '') {
    throw lineError(line, `field "${field}" has no name before "="`, 'write fields as name=value, e.g. type=raw,value=edge')
  }
  return { key, value: field.slice(at + 1).trim() }
}

function readCsv(line: InputLine, trim: boolean): string[] {
  let records: string[][]
  try {
    records = parse(line.text, { relaxQuotes: true, relaxColumnCount: true, skipEmptyLines: true, trim })
  } catch (error) {
    const reason = errorMessage(error)
    throw new InputError(locationOf(line.input, line.line), `cannot read "${line.text}" as comma-separated fields: ${reason}`, {
      hint: 'quote a field that contains a comma as a whole and close every quote, e.g. type=match,"pattern=(\\d+),(\\d+)",group=1',
      cause: error,
    })
  }
  return records[0] ?? []
}

/**
 * metadata-action's doubled quoting (`"""pattern=a,b"""`) leaves `"pattern=a,b"` after one CSV pass;
 * its second pass would read that as a quoted field, so we do the same: strip the quotes and undouble
 * inner ones.
 */
function unwrapQuoted(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) {
    return field.slice(1, -1).replaceAll('""', '"')
  }
  return field
}
