import { Transform, type Readable, type TransformCallback } from 'node:stream'
import { BodyProgress, type ProgressRule } from './body-progress.js'

/** A long upload's progress, for the log (issue 12: "long transfers print progress"). */
export interface TransferProgress {
  readonly registry: string
  readonly repository: string | undefined
  /** e.g. `upload blob sha256:ab12cd34ef56…`. */
  readonly operation: string
  readonly bytesSent: number
  readonly totalBytes: number
  readonly elapsedMs: number
}

/** Uploads this large report their progress at the end of every progress window; smaller ones never do. */
export const REPORTED_UPLOAD_BYTES = 32 * 1024 * 1024

export interface RequestBodyWatchOptions {
  readonly rule: ProgressRule
  /** The registry took a chunk: a sign of life for the silence budget. */
  readonly heard: () => void
  readonly tooSlow: (bytesInWindow: number) => Error
  /** Called at each window with the bytes taken so far. */
  readonly onWindow?: (bytesSoFar: number) => void
}

export interface WatchedBody {
  readonly stream: Readable
  /** Every byte was handed to undici: from now on the wait is for the response headers. */
  readonly finished: () => boolean
}

/**
 * The request body as undici reads it, counted. undici pauses it while the socket will not drain,
 * so bytes waiting in its buffer mean the registry is not taking them: then, and only then, too
 * little progress in a window is the registry's fault (a slow source is not), and only then does a
 * window without bytes count towards the registry's silence.
 */
export function watchRequestBody(body: Readable, options: RequestBodyWatchOptions): WatchedBody {
  let finished = false
  const monitor: Transform = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      options.heard()
      progress.add(chunk.length)
      callback(null, chunk)
    },
    flush(callback: TransformCallback) {
      finished = true
      progress.stop()
      callback()
    },
  })
  const progress = new BodyProgress({
    rule: options.rule,
    registryIsBehind: () => monitor.readableLength > 0,
    tooSlow: (bytes) => monitor.destroy(options.tooSlow(bytes)),
    onWindow: (bytesSoFar) => {
      // Nothing waits for the registry and our own side has nothing to give it (a body held back
      // until shiptag's checks end, store/copy-content.ts): the registry took all it was given and
      // owes no answer yet, so the wait is ours, not its silence (silence.ts). A registry that is
      // really gone shows once the body moves again.
      if (!finished && monitor.readableLength === 0 && monitor.writableLength === 0) options.heard()
      options.onWindow?.(bytesSoFar)
    },
  })
  body.on('error', (error) => monitor.destroy(error))
  monitor.on('close', () => {
    progress.stop()
    if (!body.destroyed) body.destroy()
  })
  body.pipe(monitor)
  progress.start()
  return { stream: monitor, finished: () => finished }
}
