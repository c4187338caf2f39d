import { createReadStream, createWriteStream, statfsSync } from 'node:fs'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { LayoutError } from './errors.js'

/** How far a gzip source may inflate on disk before it is refused (issue 12: a 5 MB bomb became 5 GiB). */
export interface InflateLimits {
  /** Bytes allowed per compressed byte: a layout's layers are already compressed, so a layout tar gains little from gzip. */
  readonly maxRatio: number
  /** Allowed whatever the ratio: a small layout of mostly tar padding compresses beyond any ratio. */
  readonly minBytes: number
  /** Never more than this, however large the source. */
  readonly maxBytes: number
  /** Left free on the disk of the temporary directory. */
  readonly diskReserveBytes: number
}

const MiB = 1 << 20
const GiB = 1 << 30

/**
 * 20x: gzip of an OCI tar whose layers are uncompressed (buildx compression=uncompressed) gains
 * 2-5x on binaries and text, so 20x leaves room; a bomb of zeros gains 1000x. 256 MiB below any
 * ratio: a 1 MB bomb then stops in about 2 s of inflating to disk (docs/decisions.md#budgets: no 1 MB input takes
 * more than a few seconds), where 1 GiB took 7 s here. 64 GiB at most (larger than any image a CI
 * runner's disk holds twice).
 */
export const DEFAULT_INFLATE_LIMITS: InflateLimits = { maxRatio: 20, minBytes: 256 * MiB, maxBytes: 64 * GiB, diskReserveBytes: 512 * MiB }

export interface InflateBudget {
  readonly bytes: number
  /** Why this many, for the error: the ratio, the floor, the absolute limit or the disk. */
  readonly reason: string
}

/** The decompressed size a gzip source of `compressedBytes` may reach, with `freeDiskBytes` free where it is written. */
export function inflateBudget(compressedBytes: number, freeDiskBytes: number, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): InflateBudget {
  const byRatio = limits.maxRatio * compressedBytes
  const candidates: InflateBudget[] = [
    byRatio >= limits.minBytes
      ? { bytes: byRatio, reason: `${limits.maxRatio} times its ${formatSize(compressedBytes)} compressed` }
      : { bytes: limits.minBytes, reason: `the ${formatSize(limits.minBytes)} any gzip source may inflate to` },
    { bytes: limits.maxBytes, reason: `the ${formatSize(limits.maxBytes)} limit of a gzip source` },
    {
      bytes: Math.max(0, freeDiskBytes - limits.diskReserveBytes),
      reason: `the free space of the temporary directory less ${formatSize(limits.diskReserveBytes)}`,
    },
  ]
  return candidates.reduce((least, candidate) => (candidate.bytes < least.bytes ? candidate : least))
}

/** Decompresses `source` into `target` as a stream, stopping with a LayoutError at the budget. */
export async function inflateGzip(
  source: string,
  target: string,
  compressedBytes: number,
  tempDir: string,
  limits: InflateLimits = DEFAULT_INFLATE_LIMITS,
): Promise<void> {
  const { bavail, bsize } = statfsSync(tempDir)
  const budget = inflateBudget(compressedBytes, bavail * bsize, limits)
  let total = 0
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length
      if (total <= budget.bytes) return done(null, chunk)
      done(
        new LayoutError(
          `${source} inflates to more than ${formatSize(budget.bytes)} (${budget.reason}); decompression was stopped there`,
          'give shiptag the uncompressed tar (gunzip it where you can watch its size) or the layout directory: both are read in place, without a temporary copy',
        ),
      )
    },
  })
  await pipeline(createReadStream(source), createGunzip(), cap, createWriteStream(target))
}

function formatSize(bytes: number): string {
  if (bytes >= GiB) return `${+(bytes / GiB).toFixed(1)} GiB`
  if (bytes >= MiB) return `${+(bytes / MiB).toFixed(1)} MiB`
  return `${bytes} bytes`
}
