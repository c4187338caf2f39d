import { closeSync, createReadStream, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { Readable } from 'node:stream'
import { LayoutError } from './errors.js'
import { DEFAULT_TAR_LIMITS, indexTar, resolveTarEntry } from './tar-index.js'

/**
 * Blobs are read in 1 MiB pieces: with fs streams' default of 64 KiB, reading 200 MiB costs about
 * 320 ms of the main thread's CPU (3,200 reads through the thread pool) against 90 ms at 1 MiB,
 * and every piece becomes a socket write. Measured with the bench's 5-layer layout.
 */
export const BLOB_READ_CHUNK = 1 << 20

/** The files of a layout, whether they lie in a directory or inside a tar. Names are layout-relative. */
export interface LayoutFiles {
  /** Size in bytes, undefined when the file is absent. */
  size(name: string): number | undefined
  /** The whole file, refused with a LayoutError past `maxBytes` before anything is read. */
  read(name: string, maxBytes: number): Buffer
  stream(name: string): Readable
  /** Where the file's bytes lie on disk, for hashing them elsewhere (a worker thread). */
  locate(name: string): { path: string; start: number; length: number } | undefined
}

/**
 * A layout directory's files, each resolved to its real path first: a symbolic link that leads
 * out of the layout (index.json -> /etc/passwd) is refused, never read or quoted (issue 12).
 * Links inside the layout are followed; anything but a regular file (a FIFO, a device) counts as
 * absent, so nothing blocks on it.
 */
export function directoryFiles(root: string): LayoutFiles {
  const realRoot = realpathSync(root)
  const resolve = (name: string): { path: string; size: number } | undefined => {
    let real: string
    try {
      real = realpathSync(join(root, name))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
      throw new LayoutError(`${root}: ${name} cannot be resolved (${code ?? String(error)})`, 'replace the symbolic link with the file it should point to')
    }
    if (!isInside(realRoot, real)) {
      throw new LayoutError(
        `${root}: ${name} is a symbolic link that leads outside the layout, to ${JSON.stringify(real)}; it is not read`,
        'a layout must hold its own files: copy them in (cp -L) instead of linking to files elsewhere',
      )
    }
    const stat = statSync(real)
    return stat.isFile() ? { path: real, size: stat.size } : undefined
  }
  const found = (name: string) => {
    const file = resolve(name)
    if (file === undefined) throw new LayoutError(`${root}: ${name} is missing`)
    return file
  }
  return {
    size: (name) => resolve(name)?.size,
    read: (name, maxBytes) => {
      const { path } = found(name)
      const fd = openSync(path, 'r')
      try {
        // The size that counts is the open file's: the path may have been replaced since it was resolved.
        return readBounded(fd, 0, fstatSync(fd).size, maxBytes, `${root}: ${name}`)
      } finally {
        closeSync(fd)
      }
    },
    stream: (name) => createReadStream(found(name).path, { highWaterMark: BLOB_READ_CHUNK }),
    locate: (name) => {
      const file = resolve(name)
      return file === undefined ? undefined : { path: file.path, start: 0, length: file.size }
    },
  }
}

/** Random access into an uncompressed tar: one scan of the headers, then ranged reads. Errors name it `label`. */
export function tarFiles(tarPath: string, label = tarPath): LayoutFiles {
  const entries = indexTar(tarPath, DEFAULT_TAR_LIMITS, label)
  const member = (name: string) => {
    const entry = resolveTarEntry(entries, name)
    if (entry === undefined) throw new LayoutError(`${label}: ${name} is missing`)
    return entry
  }
  return {
    size: (name) => resolveTarEntry(entries, name)?.size,
    read: (name, maxBytes) => {
      const { offset, size } = member(name)
      const fd = openSync(tarPath, 'r')
      try {
        return readBounded(fd, offset, size, maxBytes, `${label}: ${name}`)
      } finally {
        closeSync(fd)
      }
    },
    locate: (name) => {
      const entry = resolveTarEntry(entries, name)
      return entry === undefined ? undefined : { path: tarPath, start: entry.offset, length: entry.size }
    },
    stream: (name) => {
      const { offset, size } = member(name)
      // createReadStream's `end` is inclusive and may not precede `start`.
      return size === 0 ? Readable.from([]) : createReadStream(tarPath, { start: offset, end: offset + size - 1, highWaterMark: BLOB_READ_CHUNK })
    },
  }
}

function readBounded(fd: number, offset: number, size: number, maxBytes: number, what: string): Buffer {
  if (size > maxBytes)
    throw new LayoutError(
      `${what} is ${size} bytes, more than the ${maxBytes} allowed for it; it is not read`,
      'check that the layout was written by an image builder; such files are a few KiB',
    )
  const bytes = Buffer.alloc(size)
  let done = 0
  while (done < size) {
    const read = readSync(fd, bytes, done, size - done, offset + done)
    if (read === 0) throw new LayoutError(`${what} ends after ${done} of its ${size} bytes`)
    done += read
  }
  return bytes
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}
