import { repositoryName, type Repository } from '../ref/index.js'
import { formatBytes, type BlobOutcome, type BlobProgress } from '../store/index.js'
import type { Descriptor } from '../oci/index.js'

export interface ProgressLogOptions {
  /** Writes one line to the log. */
  readonly line: (text: string) => void
  /** The clock, in milliseconds (a test passes its own). */
  readonly now: () => number
  /** A blob still uploading gets a line at most this often (default 5 s). */
  readonly everyMs?: number
  /** Before the first line (the action opens a log group here). */
  readonly begin?: () => void
  /** After the last line, when there was one (the action closes its group). */
  readonly end?: () => void
}

export interface ProgressLog {
  /** The callbacks a copy to `target` tells about its blobs. */
  forTarget(target: Repository): BlobProgress
  /** The transfers are over (or failed): closes what `begin` opened. */
  finish(): void
}

/**
 * Transfers as lines a person can follow in a log (issue 13): one line per blob uploaded or mounted,
 * with its size, and for an upload its time and rate; a blob still uploading after `everyMs` gets a
 * line every `everyMs` with the bytes done of its size and the rate. A blob already there says
 * nothing, so a run with nothing to send prints nothing (and opens no group).
 */
export function createProgressLog(options: ProgressLogOptions): ProgressLog {
  const everyMs = options.everyMs ?? 5000
  let begun = false
  const write = (text: string) => {
    if (!begun) {
      begun = true
      options.begin?.()
    }
    options.line(text)
  }
  return {
    forTarget(target) {
      const where = repositoryName(target)
      const uploads = new Map<string, { started: number; lastLine: number }>()
      return {
        started(descriptor: Descriptor) {
          const time = options.now()
          uploads.set(descriptor.digest, { started: time, lastLine: time })
        },
        sent(descriptor: Descriptor, bytesSoFar: number) {
          const upload = uploads.get(descriptor.digest)
          const time = options.now()
          if (upload === undefined || time - upload.lastLine < everyMs || bytesSoFar >= descriptor.size) return
          upload.lastLine = time
          const percent = descriptor.size > 0 ? Math.floor((bytesSoFar / descriptor.size) * 100) : 0
          write(
            `${where}: uploading ${shortDigest(descriptor.digest)}: ${formatBytes(bytesSoFar)} of ${formatBytes(descriptor.size)} (${percent} %), ${rate(bytesSoFar, time - upload.started)}`,
          )
        },
        settled(outcome: BlobOutcome) {
          const digest = shortDigest(outcome.descriptor.digest)
          const size = formatBytes(outcome.descriptor.size)
          if (outcome.action === 'mounted') write(`${where}: mounted ${digest} (${size}) from ${outcome.mountedFrom}`)
          if (outcome.action !== 'uploaded') return
          const upload = uploads.get(outcome.descriptor.digest)
          uploads.delete(outcome.descriptor.digest)
          const elapsedMs = upload === undefined ? 0 : options.now() - upload.started
          write(`${where}: uploaded ${digest} (${size} in ${seconds(elapsedMs)}, ${rate(outcome.bytesSent, elapsedMs)})`)
        },
      }
    },
    finish() {
      if (begun) options.end?.()
      begun = false
    },
  }
}

/** `sha256:` and the first 12 hex digits, as the registry client's messages shorten a digest. */
function shortDigest(digest: string): string {
  const colon = digest.indexOf(':')
  return digest.length > colon + 13 ? `${digest.slice(0, colon + 13)}…` : digest
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`
}

function rate(bytes: number, ms: number): string {
  return `${formatBytes(Math.round(bytes / Math.max(ms / 1000, 0.001)))}/s`
}
