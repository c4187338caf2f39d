import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { posix } from 'node:path'
import { LayoutError } from './errors.js'

/** Where one archive member's bytes are: read them with `createReadStream(path, {start, end})`. */
export type TarEntry =
  | { readonly kind: 'file'; readonly offset: number; readonly size: number }
  | { readonly kind: 'symlink'; readonly target: string }
  | { readonly kind: 'hardlink'; readonly target: string }

const BLOCK = 512

/**
 * Indexes an uncompressed tar without extracting it (oci-client-reference §6.5): ustar headers, PAX
 * `x` records (path, size, linkpath) and `g` globals, GNU `L`/`K` long names, base-256 sizes.
 * Names are normalised (`./` stripped, `//` collapsed); `..` and absolute paths are refused.
 */
export function indexTar(path: string): Map<string, TarEntry> {
  const fd = openSync(path, 'r')
  try {
    return scan(fd, path)
  } finally {
    closeSync(fd)
  }
}

function scan(fd: number, path: string): Map<string, TarEntry> {
  const entries = new Map<string, TarEntry>()
  const fileSize = fstatSync(fd).size
  const header = Buffer.alloc(BLOCK)
  let offset = 0
  let pax: Record<string, string> = {}
  let longName: string | undefined
  let longLink: string | undefined
  for (;;) {
    const read = readSync(fd, header, 0, BLOCK, offset)
    // Some writers omit the two closing zero blocks; an archive that stops inside a member's padding is cut short.
    if (read === 0 && offset === fileSize) break
    if (read === 0) throw new LayoutError(`${path} is truncated: it ends at byte ${fileSize}, inside the block that ends at ${offset}`)
    if (read < BLOCK) throw new LayoutError(`${path} is truncated: a tar header at byte ${offset} has only ${read} bytes`)
    if (header.every((byte) => byte === 0)) break
    if (!checksumMatches(header)) throw new LayoutError(`${path} is not a valid tar: the header at byte ${offset} has a bad checksum`)
    const type = String.fromCharCode(header[156]!)
    const size = readSize(header, offset, path)
    const dataStart = offset + BLOCK
    if (dataStart + size > fileSize) {
      throw new LayoutError(`${path} is truncated: the member whose header is at byte ${offset} needs ${size} bytes of data, the file ends after ${fileSize - dataStart}`)
    }
    const next = dataStart + Math.ceil(size / BLOCK) * BLOCK
    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      const data = readData(fd, dataStart, size, path)
      if (type === 'x') pax = parsePax(data, dataStart, path)
      if (type === 'L') longName = cString(data)
      if (type === 'K') longLink = cString(data)
      offset = next
      continue
    }
    const name = normalise(pax.path ?? longName ?? ustarName(header), dataStart, path)
    const linkTarget = pax.linkpath ?? longLink ?? cString(header.subarray(157, 257))
    const entrySize = pax.size !== undefined ? Number(pax.size) : size
    if (dataStart + entrySize > fileSize) {
      throw new LayoutError(`${path} is truncated: ${name} (header at byte ${offset}) needs ${entrySize} bytes of data, the file ends after ${fileSize - dataStart}`)
    }
    if (type === '0' || type === '\0' || type === '7') entries.set(name, { kind: 'file', offset: dataStart, size: entrySize })
    else if (type === '2') entries.set(name, { kind: 'symlink', target: linkTarget })
    else if (type === '1') entries.set(name, { kind: 'hardlink', target: linkTarget })
    pax = {}
    longName = undefined
    longLink = undefined
    offset = dataStart + Math.ceil(entrySize / BLOCK) * BLOCK
  }
  return entries
}

/**
 * Follows symlinks (relative to the link's directory) and hardlinks (archive paths) to the file
 * holding the bytes; `docker save` dedupes layers with symlinks (moby/moby#24003).
 */
export function resolveTarEntry(entries: ReadonlyMap<string, TarEntry>, name: string): (TarEntry & { kind: 'file' }) | undefined {
  let current = name
  for (let hop = 0; hop < 16; hop++) {
    const entry = entries.get(current)
    if (entry === undefined || entry.kind === 'file') return entry
    current = entry.kind === 'symlink' ? posix.normalize(posix.join(posix.dirname(current), entry.target)) : posix.normalize(entry.target)
    current = current.replace(/^\.\//, '')
  }
  return undefined
}

function ustarName(header: Buffer): string {
  const name = cString(header.subarray(0, 100))
  const magic = header.subarray(257, 262).toString('latin1')
  const prefix = magic === 'ustar' ? cString(header.subarray(345, 500)) : ''
  return prefix ? `${prefix}/${name}` : name
}

/** Octal ASCII, or base-256 when the first byte has its high bit set (GNU, files of 8 GiB and more). */
function readSize(header: Buffer, offset: number, path: string): number {
  const field = header.subarray(124, 136)
  if (field[0]! & 0x80) {
    let value = field[0]! & 0x7f
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!
    return value
  }
  const text = cString(field).trim()
  if (!/^[0-7]*$/.test(text)) throw new LayoutError(`${path} is not a valid tar: the size at byte ${offset + 124} is "${text}"`)
  return text === '' ? 0 : parseInt(text, 8)
}

function checksumMatches(header: Buffer): boolean {
  const stored = parseInt(cString(header.subarray(148, 156)).trim(), 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!
  return stored === sum
}

/** PAX records: `"<length> <key>=<value>\n"`, the length counting the whole record. */
function parsePax(data: Buffer, offset: number, path: string): Record<string, string> {
  const records: Record<string, string> = {}
  let at = 0
  while (at < data.length) {
    const space = data.indexOf(0x20, at)
    const length = Number(data.subarray(at, space).toString('latin1'))
    if (space < 0 || !Number.isInteger(length) || length <= 0) throw new LayoutError(`${path} has a malformed PAX header at byte ${offset + at}`)
    const record = data.subarray(space + 1, at + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    records[record.slice(0, equals)] = record.slice(equals + 1)
    at += length
  }
  return records
}

function readData(fd: number, offset: number, size: number, path: string): Buffer {
  const data = Buffer.alloc(size)
  if (readSync(fd, data, 0, size, offset) < size) throw new LayoutError(`${path} is truncated at byte ${offset}`)
  return data
}

function normalise(name: string, offset: number, path: string): string {
  const clean = posix.normalize(name).replace(/^(\.\/)+/, '').replace(/\/$/, '')
  if (clean.startsWith('/') || clean.split('/').includes('..')) {
    throw new LayoutError(`${path} holds an unsafe member name "${name}" (at byte ${offset}): absolute paths and ".." are refused`)
  }
  return clean
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0)
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8')
}
