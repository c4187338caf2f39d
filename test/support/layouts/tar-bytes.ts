/**
 * Tar bytes written by hand, header field by header field, to make the hostile archives a real
 * tar writer refuses to produce (negative sizes, lying PAX lengths, garbled numbers).
 */

export interface HeaderSpec {
  readonly name: string
  /** Type flag: '0' file, 'x' PAX, 'L' GNU long name, '2' symlink… */
  readonly type?: string
  /** The size field as raw bytes or octal text; by default the octal of `data`'s length. */
  readonly size?: string | Buffer
  readonly mode?: string | Buffer
  readonly mtime?: string | Buffer
  readonly linkname?: string
  readonly data?: Buffer | string
}

const BLOCK = 512

function put(header: Buffer, at: number, width: number, value: string | Buffer): void {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'latin1') : value
  bytes.copy(header, at, 0, Math.min(width, bytes.length))
}

/** One header block (checksum computed) followed by its data padded to whole blocks. */
export function tarMember(spec: HeaderSpec): Buffer {
  const data = Buffer.from(spec.data ?? '')
  const header = Buffer.alloc(BLOCK)
  put(header, 0, 100, spec.name)
  put(header, 100, 8, spec.mode ?? '0000644\0')
  put(header, 108, 8, '0000000\0')
  put(header, 116, 8, '0000000\0')
  put(header, 124, 12, spec.size ?? `${data.length.toString(8).padStart(11, '0')}\0`)
  put(header, 136, 12, spec.mtime ?? '00000000000\0')
  put(header, 156, 1, spec.type ?? '0')
  put(header, 157, 100, spec.linkname ?? '')
  put(header, 257, 8, 'ustar\x0000')
  header.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of header) sum += byte
  put(header, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `)
  const padded = Buffer.alloc(Math.ceil(data.length / BLOCK) * BLOCK)
  data.copy(padded)
  return Buffer.concat([header, padded])
}

/** `"<length> key=value\n"` with the length computed, as a PAX record must be. */
export function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  let length = body.length + 1
  while (`${length}${body}`.length !== length) length++
  return `${length}${body}`
}

/** Members followed by the two zero blocks that close an archive. */
export function tarBytes(...members: Buffer[]): Buffer {
  return Buffer.concat([...members, Buffer.alloc(2 * BLOCK)])
}
