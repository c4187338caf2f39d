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
