import type { TransferProgress } from '../registry/index.js'
import { formatBytes, type BlobOutcome } from '../store/index.js'

/**
 * A progress line for long transfers: blobs settled and bytes sent with the rate, at most one line
 * every `everyMs` (and only once bytes travel), so a big push shows life in the log without a line
 * per blob.
 */
export function progressLines(log: (line: string) => void, now: () => number = Date.now, everyMs = 5000): (target: { registry: string; repository: string }, outcome: BlobOutcome) => void {
  const start = now()
  let blobs = 0
  let bytes = 0
  let last = start
  return (target, outcome) => {
    blobs++
    bytes += outcome.bytesSent
    const time = now()
    if (outcome.bytesSent === 0 || time - last < everyMs) return
    last = time
    const rate = bytes / Math.max((time - start) / 1000, 0.001)
    log(`${target.registry}/${target.repository}: ${blobs} blob(s) done, ${formatBytes(bytes)} sent (${formatBytes(rate)}/s)`)
  }
}

/**
 * A long upload while it runs: `upload blob sha256:ab12… to ghcr.io/acme/app: 48 MiB of 1.0 GiB
 * (4 %), 2.4 MiB/s`. The per-blob lines above only come when a blob is done, and a single layer of
 * several GiB would leave the log silent for minutes.
 */
export function uploadProgressLine(progress: TransferProgress): string {
  const where = progress.repository === undefined ? progress.registry : `${progress.registry}/${progress.repository}`
  const percent = progress.totalBytes > 0 ? Math.floor((progress.bytesSent / progress.totalBytes) * 100) : 0
  const rate = progress.bytesSent / Math.max(progress.elapsedMs / 1000, 0.001)
  return `${progress.operation} to ${where}: ${formatBytes(progress.bytesSent)} of ${formatBytes(progress.totalBytes)} (${percent} %), ${formatBytes(rate)}/s`
}
