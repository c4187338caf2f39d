import { describe, expect, it } from 'vitest'
import type { BlobOutcome } from '../store/index.js'
import { createProgressLog } from './progress.js'
import { describeTransfer } from './transfer-words.js'

const MiB = 1024 * 1024
const blob = (n: number, size: number) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${String(n).repeat(64)}`, size })
const target = { registry: 'ghcr.io', repository: 'acme/app' }

type Event = readonly [at: number, what: 'started' | 'sent' | 'settled', blob: ReturnType<typeof blob>, extra?: number | Partial<BlobOutcome>]

/** Plays `events` against a progress log whose clock is the events' own times. */
function play(events: readonly Event[], everyMs = 5000): string[] {
  const lines: string[] = []
  let clock = 0
  const log = createProgressLog({
    line: (text) => lines.push(text),
    now: () => clock,
    everyMs,
    begin: () => lines.push('<group>'),
    end: () => lines.push('</group>'),
  })
  const progress = log.forTarget(target)
  for (const [at, what, descriptor, extra] of events) {
    clock = at
    if (what === 'started') progress.started(descriptor)
    if (what === 'sent') progress.sent(descriptor, extra as number)
    if (what === 'settled') progress.settled({ descriptor, action: 'uploaded', bytesSent: descriptor.size, ...(extra as Partial<BlobOutcome>) })
  }
  log.finish()
  return lines
}

describe('createProgressLog', () => {
  it.each<[string, readonly Event[], string[]]>([
    ['nothing to say: no line, no group', [[0, 'settled', blob(1, 10), { action: 'present', bytesSent: 0 }]], []],
    [
      'one line per blob uploaded, with size, time and rate',
      [
        [0, 'started', blob(1, 2 * MiB)],
        [1000, 'settled', blob(1, 2 * MiB)],
      ],
      ['<group>', 'ghcr.io/acme/app: uploaded sha256:111111111111… (2.0 MiB in 1.0 s, 2.0 MiB/s)', '</group>'],
    ],
    [
      'a mounted blob names where it came from',
      [[0, 'settled', blob(2, 512), { action: 'mounted', bytesSent: 0, mountedFrom: 'acme/base' }]],
      ['<group>', 'ghcr.io/acme/app: mounted sha256:222222222222… (512 B) from acme/base', '</group>'],
    ],
    [
      'a long blob: a line every interval with bytes done of total and rate, none in between',
      [
        [0, 'started', blob(3, 100 * MiB)],
        [2000, 'sent', blob(3, 100 * MiB), 10 * MiB],
        [5000, 'sent', blob(3, 100 * MiB), 25 * MiB],
        [7000, 'sent', blob(3, 100 * MiB), 35 * MiB],
        [10_000, 'sent', blob(3, 100 * MiB), 50 * MiB],
        [12_000, 'sent', blob(3, 100 * MiB), 100 * MiB],
        [12_500, 'settled', blob(3, 100 * MiB)],
      ],
      [
        '<group>',
        'ghcr.io/acme/app: uploading sha256:333333333333…: 25 MiB of 100 MiB (25 %), 5.0 MiB/s',
        'ghcr.io/acme/app: uploading sha256:333333333333…: 50 MiB of 100 MiB (50 %), 5.0 MiB/s',
        'ghcr.io/acme/app: uploaded sha256:333333333333… (100 MiB in 13 s, 8.0 MiB/s)',
        '</group>',
      ],
    ],
  ])('%s', (_name, events, lines) => {
    expect(play(events)).toEqual(lines)
  })
})

describe('describeTransfer', () => {
  const totals = {
    blobsUploaded: 3,
    blobsMounted: 2,
    blobsPresent: 1,
    bytesSent: 196 * 1024,
    manifestsPut: 0,
    artifactsCopied: 0,
    referrersTagsWritten: 0,
    tagsCreated: 1,
    tagsMoved: 0,
    tagsUnchanged: 0,
  }
  it.each<[boolean, 'upload' | 'copy', typeof totals, string]>([
    [false, 'upload', totals, '3 blob(s) uploaded (196 KiB), 2 mounted, 1 already there'],
    [true, 'upload', totals, '3 blob(s) to upload (196 KiB), 2 to mount (uploaded instead if the registry refuses the mount), 1 already there'],
    [
      true,
      'copy',
      { ...totals, blobsMounted: 0, manifestsPut: 4 },
      '3 blob(s) to copy (196 KiB), 0 to mount, 1 already there, 4 manifest(s) to write by digest',
    ],
    [false, 'copy', { ...totals, manifestsPut: 4 }, '3 blob(s) copied (196 KiB), 2 mounted, 1 already there, 4 manifest(s) written by digest'],
    [
      true,
      'copy',
      { ...totals, artifactsCopied: 3, referrersTagsWritten: 1 },
      '3 blob(s) to copy (196 KiB), 2 to mount (copied instead if the registry refuses the mount), 1 already there, 3 signature(s), attestation(s) or other artifact(s) to copy, 1 referrers tag(s) to write (the registry has no referrers API)',
    ],
  ])('dry run %s, %s', (dryRun, verb, given, line) => {
    expect(describeTransfer(given, dryRun, verb)).toBe(line)
  })
})
