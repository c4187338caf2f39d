import { Transform, type Readable, type TransformCallback } from 'node:stream'
import type { Dispatcher } from 'undici'
import { ShiptagError } from '../../errors.js'

/** Error and token bodies are read up to this size, as ggcr's `maxErrorBodySize`/`maxTokenBodySize` (§1). */
export const MAX_SMALL_BODY_BYTES = 64 * 1024

export interface CappedBytes {
  readonly bytes: Buffer
  /** The body was longer than the limit; the rest was discarded. */
  readonly truncated: boolean
}

/** A response body that counts what is read of it, for the per-registry `stats`. */
export class ResponseBody {
  constructor(
    private readonly source: Dispatcher.ResponseData['body'],
    private readonly onBytes: (count: number) => void,
    /**
     * Turns a connection that broke while the body was read (undici's `SocketError: other side
     * closed`, ECONNRESET) into the typed, temporary error the request itself would have given, so
     * callers retry it and users see which registry and operation failed.
     */
    private readonly broken: (error: unknown) => Error = (error) => (error instanceof Error ? error : new Error(String(error))),
  ) {}

  /** Reads at most `limit` bytes; a longer body is cut and its connection closed. */
  async read(limit: number): Promise<CappedBytes> {
    const chunks: Buffer[] = []
    let length = 0
    let truncated = false
    try {
      for await (const chunk of this.source as AsyncIterable<Buffer>) {
        this.onBytes(chunk.length)
        const room = limit - length
        if (chunk.length > room) {
          chunks.push(chunk.subarray(0, room))
          length += room
          truncated = true
          break
        }
        chunks.push(chunk)
        length += chunk.length
      }
    } catch (error) {
      throw error instanceof ShiptagError ? error : this.broken(error)
    }
    return { bytes: Buffer.concat(chunks, length), truncated }
  }

  async text(limit = MAX_SMALL_BODY_BYTES): Promise<string> {
    return (await this.read(limit)).bytes.toString('utf8')
  }

  /** Discards the body so the connection can be reused (undici `dump()`). */
  async dump(): Promise<void> {
    try {
      await this.source.dump()
    } catch {
      // A body that fails while being thrown away changes nothing: the socket is closed either way.
    }
  }

  /** The body as a stream; the caller must consume or destroy it. */
  stream(): Readable {
    const onBytes = this.onBytes
    const counter = new Transform({
      transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
        onBytes(chunk.length)
        callback(null, chunk)
      },
    })
    // A source error reaches the consumer through `counter`, typed; a consumer that stops early
    // destroys the source, which closes the connection instead of leaving it half read.
    const source = this.source
    source.on('error', (error) => counter.destroy(error instanceof ShiptagError ? error : this.broken(error)))
    counter.on('close', () => {
      if (!source.destroyed) source.destroy()
    })
    source.pipe(counter)
    return counter
  }
}
