import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { posix } from 'node:path'
import { LayoutError } from './errors.js'
import { parsePaxRecords, readNumericField } from './tar-fields.js'

/** Where one archive member's bytes are: read them with `createReadStream(path, {start, end})`. */
export type TarEntry =
  | { readonly kind: 'file'; readonly offset: number; readonly size: number }
  | { readonly kind: 'symlink'; readonly target: string }
  | { readonly kind: 'hardlink'; readonly target: string }

const BLOCK = 512

/** Budgets of one tar scan, each with a clear error when exceeded. */
export interface TarLimits {
  /** Headers of every kind (members, PAX, long names). A layout holds a few per blob; docker save of many images, thousands. */
  readonly maxHeaders: number
  /** Data of one PAX extended header (`x`, `g`): real ones carry a few short records. */
  readonly maxPaxBytes: number
  /** A GNU long name or link target (`L`, `K`): Linux paths end at 4 KiB (PATH_MAX). */
  readonly maxLongNameBytes: number
}

export const DEFAULT_TAR_LIMITS: TarLimits = { maxHeaders: 200_000, maxPaxBytes: 1 << 20, maxLongNameBytes: 64 << 10 }

/** Numeric header fields that are validated though only `size` is used: a garbled one means a garbled header. */
const NUMERIC_FIELDS = [
  { name: 'mode', start: 100, end: 108, signed: false },
  { name: 'uid', start: 108, end: 116, signed: true },
  { name: 'gid', start: 116, end: 124, signed: true },
  { name: 'size', start: 124, end: 136, signed: false },
  { name: 'mtime', start: 136, end: 148, signed: true },
] as const

/**
 * Indexes an uncompressed tar without extracting it (docs/registry-protocol.md#reading-a-tar): ustar headers, PAX
 * `x` records (path, size, linkpath) and `g` globals, GNU `L`/`K` long names, base-256 sizes.
 * Names are normalised (`./` stripped, `//` collapsed); `..` and absolute paths are refused. Every
 * header field is validated and the reader only moves forward, so a hostile tar costs at most one
 * pass over its file (issue 12: a negative PAX size looped for ever). Errors name the file as
 * `label` (a decompressed copy by its source).
 */
export function indexTar(path: string, limits: TarLimits = DEFAULT_TAR_LIMITS, label = path): Map<string, TarEntry> {
  const fd = openSync(path, 'r')
  try {
    return scan(fd, label, limits)
  } finally {
    closeSync(fd)
  }
}

function scan(fd: number, path: string, limits: TarLimits): Map<string, TarEntry> {
  const entries = new Map<string, TarEntry>()
  const fileSize = fstatSync(fd).size
  const header = Buffer.alloc(BLOCK)
  const invalid = (offset: number, problem: string) => new LayoutError(`${path} is not a valid tar: the header at byte ${offset} ${problem}`)
  let offset = 0
  let headers = 0
  let pax: ReadonlyMap<string, string> = new Map()
  let longName: string | undefined
  let longLink: string | undefined
  for (;;) {
    const read = readSync(fd, header, 0, BLOCK, offset)
    // Some writers omit the two closing zero blocks; an archive that stops inside a member's padding is cut short.
    if (read === 0 && offset === fileSize) break
    if (read === 0) throw new LayoutError(`${path} is truncated: it ends at byte ${fileSize}, inside the block that ends at ${offset}`)
    if (read < BLOCK) throw new LayoutError(`${path} is truncated: a tar header at byte ${offset} has only ${read} bytes`)
    if (header.every((byte) => byte === 0)) break
    if (++headers > limits.maxHeaders) {
      throw new LayoutError(
        `${path} has more than ${limits.maxHeaders} tar headers, more than any image layout`,
        'check that the file is the OCI layout tar of an image, not an archive of something else',
      )
    }
    if (!checksumMatches(header)) throw invalid(offset, 'has a bad checksum')
    const size = readFields(header, (problem) => invalid(offset, problem))
    const type = String.fromCharCode(header[156]!)
    const dataStart = offset + BLOCK
    if (size > fileSize - dataStart) {
      throw new LayoutError(
        `${path} is truncated: the member whose header is at byte ${offset} needs ${size} bytes of data, the file ends after ${fileSize - dataStart}`,
      )
    }
    const next = dataStart + Math.ceil(size / BLOCK) * BLOCK
    if (type === 'x' || type === 'g') {
      if (size > limits.maxPaxBytes) throw invalid(offset, `is a PAX header of ${size} bytes, more than the ${limits.maxPaxBytes} allowed`)
      const parsed = parsePaxRecords(readData(fd, dataStart, size, path))
      if ('problem' in parsed) throw new LayoutError(`${path} has a malformed PAX header at byte ${dataStart + parsed.at}: it ${parsed.problem}`)
      // Global (`g`) records are validated but not applied: no layout writer uses them for names or sizes.
      if (type === 'x') pax = parsed.records
      offset = next
      continue
    }
    if (type === 'L' || type === 'K') {
      if (size > limits.maxLongNameBytes) throw invalid(offset, `is a GNU long name of ${size} bytes, more than the ${limits.maxLongNameBytes} allowed`)
      const data = cString(readData(fd, dataStart, size, path))
      if (type === 'L') longName = data
      else longLink = data
      offset = next
      continue
    }
    const name = normalise(pax.get('path') ?? longName ?? ustarName(header), dataStart, path)
    const linkTarget = pax.get('linkpath') ?? longLink ?? cString(header.subarray(157, 257))
    const entrySize = pax.has('size') ? Number(pax.get('size')) : size
    if (entrySize > fileSize - dataStart) {
      throw new LayoutError(
        `${path} is truncated: ${JSON.stringify(name)} (header at byte ${offset}) needs ${entrySize} bytes of data, the file ends after ${fileSize - dataStart}`,
      )
    }
    if (type === '0' || type === '\0' || type === '7') entries.set(name, { kind: 'file', offset: dataStart, size: entrySize })
    else if (type === '2') entries.set(name, { kind: 'symlink', target: linkTarget })
    else if (type === '1') entries.set(name, { kind: 'hardlink', target: linkTarget })
    pax = new Map()
    longName = undefined
    longLink = undefined
    // entrySize is a validated non-negative number, so the scan always moves forward by at least a block.
    offset = dataStart + Math.ceil(entrySize / BLOCK) * BLOCK
  }
  return entries
}

/**
 * Follows symlinks (relative to the link's directory) and hardlinks (archive paths) to the file
 * holding the bytes; `docker save` dedupes layers with symlinks (https://github.com/moby/moby/issues/24003).
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

/** Validates the numeric fields; returns `size`. */
function readFields(header: Buffer, invalid: (problem: string) => LayoutError): number {
  let size = 0
  for (const field of NUMERIC_FIELDS) {
    const read = readNumericField(header.subarray(field.start, field.end), field)
    if ('problem' in read) throw invalid(`has a ${field.name} field that ${read.problem}`)
    if (field.name === 'size') size = read.value
  }
  return size
}

function checksumMatches(header: Buffer): boolean {
  const stored = readNumericField(header.subarray(148, 156), { signed: false })
  if ('problem' in stored) return false
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!
  return stored.value === sum
}

function readData(fd: number, offset: number, size: number, path: string): Buffer {
  const data = Buffer.alloc(size)
  if (readSync(fd, data, 0, size, offset) < size) throw new LayoutError(`${path} is truncated at byte ${offset}`)
  return data
}

function normalise(name: string, offset: number, path: string): string {
  const clean = posix
    .normalize(name)
    .replace(/^(\.\/)+/, '')
    .replace(/\/$/, '')
  if (clean.startsWith('/') || clean.split('/').includes('..')) {
    throw new LayoutError(`${path} holds an unsafe member name ${JSON.stringify(name)} (at byte ${offset}): absolute paths and ".." are refused`)
  }
  return clean
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0)
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8')
}
