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
 * little progress in a window is the registry's fault (a slow source is not).
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
    ...(options.onWindow === undefined ? {} : { onWindow: options.onWindow }),
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
