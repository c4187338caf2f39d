/**
 * Tar archives with hostile headers, byte by byte: sizes that are negative, not octal, base-256 or
 * larger than the file; PAX records with wrong lengths and negative sizes; GNU long names; odd
 * type flags; names with `..` and absolute paths. Checksums are computed so that the reader gets
 * past them to the fields under test (a wrong checksum is one of the choices).
 */
import fc from 'fast-check'

const BLOCK = 512

export interface TarMember {
  readonly name: string
  readonly type: string
  /** The 12-byte size field as written, or `base256` with a number. */
  readonly sizeField: string | { readonly base256: number }
  readonly data: Buffer
  readonly linkName: string
  readonly badChecksum: boolean
}

function header(member: TarMember): Buffer {
  const block = Buffer.alloc(BLOCK)
  block.write(member.name.slice(0, 100), 0, 'utf8')
  block.write('0000644\0', 100, 'latin1')
  block.write('0000000\0', 108, 'latin1')
  block.write('0000000\0', 116, 'latin1')
  if (typeof member.sizeField === 'string') block.write(member.sizeField.slice(0, 12), 124, 'latin1')
  else {
    block[124] = 0x80
    block.writeUIntBE(Math.min(member.sizeField.base256, 2 ** 48 - 1), 130, 6)
  }
  block.write('00000000000\0', 136, 'latin1')
  block.write(member.type.slice(0, 1) || '\0', 156, 'latin1')
  block.write(member.linkName.slice(0, 100), 157, 'utf8')
  block.write('ustar\0' + '00', 257, 'latin1')
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!
  block.write(`${(member.badChecksum ? sum + 1 : sum).toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
  return block
}

/** The archive: each member's header and data padded to whole blocks, then (usually) two zero blocks. */
export function tarBytes(members: readonly TarMember[], end: 'zeros' | 'none' | 'cut'): Buffer {
  const parts: Buffer[] = []
  for (const member of members) {
    parts.push(header(member), member.data, Buffer.alloc((BLOCK - (member.data.length % BLOCK)) % BLOCK))
  }
  if (end === 'zeros') parts.push(Buffer.alloc(2 * BLOCK))
  const whole = Buffer.concat(parts)
  return end === 'cut' ? whole.subarray(0, Math.max(0, whole.length - 700)) : whole
}

const PAX_RECORDS = [
  'path=oci-layout',
  'path=../../etc/passwd',
  'path=/abs',
  'size=-1024',
  'size=-1',
  'size=abc',
  'size=1e3',
  'size=99999999999999999999',
  'size=0x10',
  'linkpath=index.json',
  'path=',
  '=x',
  'x',
  'path=a\nb',
]

/** A PAX record with a right or a wrong length prefix. */
const paxRecord = fc.tuple(fc.constantFrom(...PAX_RECORDS), fc.constantFrom('right', '-5', '0', '99999', '1e9', 'x', '')).map(([record, length]) => {
  // The length counts the whole record, its own digits included.
  const base = Buffer.byteLength(record) + 2
  let right = base + 1
  while (right !== base + String(right).length) right++
  return `${length === 'right' ? right : length} ${record}\n`
})

const NAMES = [
  'oci-layout',
  'index.json',
  'blobs/sha256/' + 'a'.repeat(64),
  './index.json',
  'blobs//sha256/x',
  '../x',
  '/etc/passwd',
  'a/../../b',
  '',
  'é/ñ',
  'x'.repeat(100),
]

const member: fc.Arbitrary<TarMember> = fc
  .record({
    name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 20 })),
    type: fc.constantFrom('0', '\0', '2', '1', '5', '7', 'x', 'g', 'L', 'K', 'S', 'Z'),
    size: fc.oneof(
      fc.constant('auto'),
      fc.constantFrom('-0000001\0', '777777777777', '0000000008\0', '   12   \0', 'zz\0', '', '00000001000\0'),
      fc.record({ base256: fc.oneof(fc.nat(4096), fc.constant(2 ** 40)) }),
    ),
    data: fc.oneof(
      fc.constantFrom('{"imageLayoutVersion":"1.0.0"}', '{"schemaVersion":2,"manifests":[]}', '', 'x'.repeat(600)),
      fc.array(paxRecord, { minLength: 1, maxLength: 4 }).map((records) => records.join('')),
    ),
    linkName: fc.constantFrom('', 'index.json', '../../x', 'a', 'loop'),
    badChecksum: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  })
  .map(({ name, type, size, data, linkName, badChecksum }) => {
    const bytes = Buffer.from(data, 'utf8')
    const sizeField = size === 'auto' ? `${bytes.length.toString(8).padStart(11, '0')}\0` : size
    return { name, type, sizeField, data: bytes, linkName, badChecksum }
  })

/** Archives of 1–5 members, checksums right unless chosen otherwise, ending in zero blocks or not. */
export const tarArchive: fc.Arbitrary<Buffer> = fc
  .tuple(fc.array(member, { minLength: 1, maxLength: 5 }), fc.constantFrom('zeros', 'none', 'cut'))
  .map(([members, end]) => tarBytes(members, end as 'zeros' | 'none' | 'cut'))
