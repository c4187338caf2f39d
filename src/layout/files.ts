import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { indexTar, resolveTarEntry } from './tar-index.js'

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
  read(name: string): Buffer
  stream(name: string): Readable
  /** Where the file's bytes lie on disk, for hashing them elsewhere (a worker thread). */
  locate(name: string): { path: string; start: number; length: number } | undefined
}

export function directoryFiles(root: string): LayoutFiles {
  const at = (name: string) => join(root, name)
  const size = (name: string) => {
    try {
      const stat = statSync(at(name))
      return stat.isFile() ? stat.size : undefined
    } catch {
      return undefined
    }
  }
  return {
    size,
    read: (name) => readFileSync(at(name)),
    stream: (name) => createReadStream(at(name), { highWaterMark: BLOB_READ_CHUNK }),
    locate: (name) => {
      const length = size(name)
      return length === undefined ? undefined : { path: at(name), start: 0, length }
    },
  }
}

/** Random access into an uncompressed tar: one scan of the headers, then ranged reads. */
export function tarFiles(tarPath: string): LayoutFiles {
  const entries = indexTar(tarPath)
  const member = (name: string) => {
    const entry = resolveTarEntry(entries, name)
    if (entry === undefined) throw new Error(`${name} is not in ${tarPath}`)
    return entry
  }
  return {
    size: (name) => resolveTarEntry(entries, name)?.size,
    read: (name) => {
      const { offset, size } = member(name)
      const bytes = Buffer.alloc(size)
      const fd = openSync(tarPath, 'r')
      try {
        readSync(fd, bytes, 0, size, offset)
      } finally {
        closeSync(fd)
      }
      return bytes
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
