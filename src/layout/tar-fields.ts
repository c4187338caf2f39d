/**
 * The numeric fields and PAX records of tar headers, read strictly. A tar is a build output, not
 * trusted input: every number is checked before it moves the reader (a negative PAX `size` once
 * sent the reader backwards into the same headers for ever, issue 12). Fields follow POSIX
 * pax/ustar (https://pubs.opengroup.org/onlinepubs/9799919799/utilities/pax.html) and GNU's
 * base-256 extension (https://www.gnu.org/software/tar/manual/html_node/Standard.html).
 * Functions return a problem text instead of throwing: the caller knows the file and the byte.
 */

export type FieldRead = { readonly value: number } | { readonly problem: string }

/**
 * An octal number (leading spaces, then digits, then NULs or spaces to the end of the field) or,
 * when the first byte has its high bit set, a base-256 big-endian number (0x80: positive, 0xff:
 * negative two's complement). Values beyond Number.MAX_SAFE_INTEGER are refused.
 */
export function readNumericField(field: Uint8Array, options: { readonly signed: boolean }): FieldRead {
  const first = field[0] ?? 0
  if (first & 0x80) return readBase256(field, options.signed)
  const text = Buffer.from(field).toString('latin1')
  const match = /^ *([0-7]*)[\0 ]*$/.exec(text)
  if (match === null) return { problem: `is ${JSON.stringify(text.replace(/\0+$/, ''))}, not an octal number` }
  return { value: match[1] === '' ? 0 : parseInt(match[1]!, 8) }
}

function readBase256(field: Uint8Array, signed: boolean): FieldRead {
  const negative = field[0] === 0xff
  if (negative && !signed) return { problem: 'is a negative base-256 number' }
  if (!negative && field[0] !== 0x80) return { problem: `starts with byte 0x${field[0]!.toString(16)}, neither octal nor base-256` }
  let value = 0n
  for (let i = 1; i < field.length; i++) value = (value << 8n) | BigInt(negative ? field[i]! ^ 0xff : field[i]!)
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return { problem: 'is a base-256 number beyond 2^53' }
  return { value: negative ? -Number(value) - 1 : Number(value) }
}

/** Limits of one PAX extended header's records. */
export const PAX_LIMITS = {
  /** Real writers put a handful of records (path, linkpath, size, times, ids, xattrs) in far less. */
  maxRecords: 1024,
} as const

export type PaxRead = { readonly records: ReadonlyMap<string, string> } | { readonly problem: string; readonly at: number }

/**
 * PAX records: `"<length> <key>=<value>\n"`, the decimal length counting the whole record. Each
 * length must be plain digits, end inside the header's data on the newline; the record count is
 * bounded. `size` must be a non-negative whole number and names hold no NUL; an empty value
 * deletes the key.
 */
export function parsePaxRecords(data: Buffer): PaxRead {
  const records = new Map<string, string>()
  let at = 0
  for (let count = 0; at < data.length; count++) {
    if (count >= PAX_LIMITS.maxRecords) return { problem: `has more than ${PAX_LIMITS.maxRecords} records`, at }
    const space = data.indexOf(0x20, at)
    const digits = data.subarray(at, space < 0 ? at : space).toString('latin1')
    if (space < 0 || space - at > 16 || !/^[1-9][0-9]*$/.test(digits)) return { problem: 'has a record whose length is not a decimal number', at }
    const length = Number(digits)
    const end = at + length
    if (end > data.length) return { problem: `has a record of ${length} bytes where only ${data.length - at} remain`, at }
    if (space + 2 >= end || data[end - 1] !== 0x0a) return { problem: `has a record of length ${length} that does not end with a newline there`, at }
    const record = data.subarray(space + 1, end - 1).toString('utf8')
    const equals = record.indexOf('=')
    if (equals <= 0) return { problem: 'has a record without "key="', at }
    const key = record.slice(0, equals)
    const value = record.slice(equals + 1)
    const problem = paxValueProblem(key, value)
    if (problem !== undefined) return { problem, at }
    // An empty value deletes the key (POSIX pax, "extended header keyword values").
    if (value === '') records.delete(key)
    else records.set(key, value)
    at = end
  }
  return { records }
}

function paxValueProblem(key: string, value: string): string | undefined {
  if (value === '') return undefined
  if (key === 'size' && !(/^[0-9]{1,16}$/.test(value) && Number(value) <= Number.MAX_SAFE_INTEGER)) {
    return `gives size=${JSON.stringify(value.slice(0, 40))}, not a non-negative whole number`
  }
  if ((key === 'path' || key === 'linkpath') && value.includes('\0')) return `gives a ${key} holding a NUL byte`
  return undefined
}
