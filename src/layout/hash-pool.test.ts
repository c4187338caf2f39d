import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileRangeHasher, hashFileRange } from './hash-pool.js'

describe.each([
  ['this machine', hashFileRange],
  // Two workers whatever the machine: ranges above 32 MiB then go to a worker.
  ['two workers', createFileRangeHasher(2)],
  ['no workers', createFileRangeHasher(0)],
])('hashFileRange, %s', (_name, hashFileRange) => {
  // 40 MiB: ranges below 32 MiB are always hashed on the main thread.
  const bytes = randomBytes(40 << 20)
  const file = join(mkdtempSync(join(tmpdir(), 'shiptag-hash-')), 'blob')
  writeFileSync(file, bytes)
  const expected = (start: number, length: number, algorithm = 'sha256') => ({
    hex: createHash(algorithm)
      .update(bytes.subarray(start, start + length))
      .digest('hex'),
    size: length,
  })

  it.each([
    ['an empty range', 5, 0],
    ['a small range inside the file (main thread)', 1234, 5 << 20],
    ['a range just under the worker size', 0, 32 << 20],
    ['a range just above it', 7, (32 << 20) + 1],
    ['the whole file', 0, 40 << 20],
  ])('hashes %s', async (_name, start, length) => {
    expect(await hashFileRange(file, start, length, 'sha256')).toEqual(expected(start, length))
  })

  it('hashes with sha512 on both paths', async () => {
    expect(await hashFileRange(file, 0, 1 << 20, 'sha512')).toEqual(expected(0, 1 << 20, 'sha512'))
    expect(await hashFileRange(file, 0, 40 << 20, 'sha512')).toEqual(expected(0, 40 << 20, 'sha512'))
  })

  it('reports a file shorter than the range by the size it read', async () => {
    expect((await hashFileRange(file, (40 << 20) - 10, 100, 'sha256')).size).toBe(10)
    expect((await hashFileRange(file, 4 << 20, 40 << 20, 'sha256')).size).toBe(36 << 20)
  })
})
