import { Transform, type TransformCallback } from 'node:stream'

/**
 * A pass-through that keeps the last chunk of a body back until the body has ended and, when given,
 * `until` has settled: resolved, the chunk goes; rejected, the stream fails with its reason. An
 * upload body sent through it never delivers its Content-Length bytes before then, so the registry
 * cannot commit the blob (it checks the digest only over a complete body; docs/registry-protocol.md#reading-blobs),
 * and a failure aborts the request with nothing written. A body of one chunk sends nothing at all
 * before then.
 */
export class HoldLastChunk extends Transform {
  private held: Buffer | undefined

  constructor(private readonly until?: Promise<unknown>) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const previous = this.held
    this.held = chunk
    callback(null, previous)
  }

  override _flush(callback: TransformCallback): void {
    if (this.until === undefined) return callback(null, this.held)
    this.until.then(
      () => callback(null, this.held),
      (reason: unknown) => callback(reason instanceof Error ? reason : new Error(String(reason))),
    )
  }
}
