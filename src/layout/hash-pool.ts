import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { BLOB_READ_CHUNK } from './files.js'

/**
 * Hashes byte ranges of files on worker threads when there are cores to spare, so that checking
 * every blob of a layout before the first write uses them. The worker is a script of node
 * built-ins only, passed as source: nothing for the bundler to find or to get wrong.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { openSync, readSync, closeSync } = require('node:fs')
const { createHash } = require('node:crypto')
parentPort.on('message', ({ id, path, start, length, algorithm, chunk }) => {
  let fd
  try {
    const hash = createHash(algorithm)
    const buffer = Buffer.allocUnsafeSlow(Math.max(1, Math.min(length, chunk)))
    let size = 0
    if (length > 0) fd = openSync(path, 'r')
    while (size < length) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, length - size), start + size)
      if (read === 0) break
      hash.update(buffer.subarray(0, read))
      size += read
    }
    parentPort.postMessage({ id, hex: hash.digest('hex'), size })
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) })
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
})
`

interface Pending {
  resolve: (result: { hex: string; size: number }) => void
  reject: (error: Error) => void
}

interface PoolWorker {
  readonly worker: Worker
  busy: number
}

/**
 * Below this size a blob is hashed on the main thread: a worker takes 33 ms to start on Node 20
 * (45 ms on Node 24), in which the main thread hashes about 45 MiB. A push that changed one layer
 * then starts no worker at all.
 */
const MAIN_THREAD_MAX_BYTES = 32 << 20

/**
 * Workers only pay where there are cores to spare beside the main thread. On 2 cores a first push
 * of 200 MiB took as long with two workers as with the main thread alone (1.25 s both, 6 runs) and
 * peaked at 192 MiB instead of 107 (Node 24: 290 against 157), so there everything is hashed here.
 */
const WORKERS = Math.min(4, availableParallelism() - 1)

/**
 * Reads into one buffer, reused from read to read: a stream's fresh 1 MiB buffer per read made a
 * 512 MiB blob cost 512 MiB of allocations and about 150 ms of garbage collection, and raised the
 * peak memory by 40 MiB (docs/decisions.md#hashing-layout-blobs).
 */
async function hashHere(path: string, start: number, length: number, algorithm: string): Promise<{ hex: string; size: number }> {
  const hash = createHash(algorithm)
  if (length === 0) return { hex: hash.digest('hex'), size: 0 }
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafeSlow(Math.min(length, BLOB_READ_CHUNK))
    let size = 0
    while (size < length) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, length - size), start + size)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      size += bytesRead
    }
    return { hex: hash.digest('hex'), size }
  } finally {
    await handle.close()
  }
}

/** Hashes file ranges: on the main thread below `MAIN_THREAD_MAX_BYTES` or with fewer than two workers, else on the least busy worker. */
export type FileRangeHasher = (path: string, start: number, length: number, algorithm: string) => Promise<{ hex: string; size: number }>

export function createFileRangeHasher(workerCount: number): FileRangeHasher {
  const pending = new Map<number, Pending>()
  let workers: PoolWorker[] | undefined
  let nextId = 0

  const pool = (): PoolWorker[] => {
    workers ??= Array.from({ length: workerCount }, () => {
      const worker = new Worker(WORKER_SOURCE, { eval: true })
      // Idle workers must not keep a finished command alive.
      worker.unref()
      const entry: PoolWorker = { worker, busy: 0 }
      worker.on('message', (message: { id: number; hex?: string; size?: number; error?: string }) => {
        entry.busy--
        if (entry.busy === 0) worker.unref()
        const job = pending.get(message.id)
        pending.delete(message.id)
        if (message.error !== undefined) job?.reject(new Error(message.error))
        else job?.resolve({ hex: message.hex!, size: message.size! })
      })
      return entry
    })
    return workers
  }

  return (path, start, length, algorithm) => {
    if (length <= MAIN_THREAD_MAX_BYTES || workerCount < 2) return hashHere(path, start, length, algorithm)
    const entry = pool().reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least))
    const id = nextId++
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject })
      entry.busy++
      entry.worker.ref()
      entry.worker.postMessage({ id, path, start, length, algorithm, chunk: BLOB_READ_CHUNK })
    })
  }
}

/** The hex digest (`algorithm`) and the number of bytes of `length` bytes of `path` from `start`, with this machine's workers. */
export const hashFileRange: FileRangeHasher = createFileRangeHasher(WORKERS)
