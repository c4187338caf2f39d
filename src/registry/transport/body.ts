import { Readable, Transform, type TransformCallback } from 'node:stream'
import type { Dispatcher } from 'undici'
import { ShiptagError } from '../../errors.js'
import { BodyProgress, type ProgressRule } from './body-progress.js'

/** Error and token bodies are read up to this size, as ggcr's `maxErrorBodySize`/`maxTokenBodySize` (docs/registry-protocol.md#transport). */
export const MAX_SMALL_BODY_BYTES = 64 * 1024

export interface CappedBytes {
  readonly bytes: Buffer
  /** The body was longer than the limit; the rest was discarded. */
  readonly truncated: boolean
}

/** The progress rule of a response body, and the error that ends a body too slow for it. */
export interface BodyRule {
  readonly rule: ProgressRule
  readonly tooSlow: (bytesInWindow: number) => Error
  /** A body read whole must end within this many windows (the budget), else this error. */
  readonly wholeWithinWindows: number
  readonly tooLong: (bytesSoFar: number) => Error
}

/**
 * A response body that counts what is read of it, for the per-registry `stats`, and that is
 * destroyed with a typed error when the registry sends it too slowly (body-progress.ts).
 */
export class ResponseBody {
  /** What `hold` read: every later read gets these bytes. */
  private held: CappedBytes | undefined

  constructor(
    private readonly source: Dispatcher.ResponseData['body'],
    private readonly onBytes: (count: number) => void,
    /**
     * Turns a connection that broke while the body was read (undici's `SocketError: other side
     * closed`, ECONNRESET) into the typed, temporary error the request itself would have given, so
     * callers retry it and users see which registry and operation failed.
     */
    private readonly broken: (error: unknown) => Error = (error) => (error instanceof Error ? error : new Error(String(error))),
    private readonly progressRule?: BodyRule,
  ) {}

  /** Starts the progress rule; the caller counts chunks with `add` and stops it at the end. */
  private watch(readWhole = false): BodyProgress | undefined {
    const bodyRule = this.progressRule
    if (bodyRule === undefined) return undefined
    const source = this.source
    const progress = new BodyProgress({
      rule: bodyRule.rule,
      // Bytes waiting unread: our consumer is the slow side (a pipe that paused the source lets them
      // pile up to the high-water mark, where undici stops reading the socket).
      registryIsBehind: () => source.readableLength === 0,
      tooSlow: (bytes) => source.destroy(bodyRule.tooSlow(bytes)),
      ...(readWhole ? { wholeWithin: { windows: bodyRule.wholeWithinWindows, tooLong: (bytes: number) => source.destroy(bodyRule.tooLong(bytes)) } } : {}),
    })
    progress.start()
    return progress
  }

  /**
   * Reads at most `limit` bytes now and keeps them, so whoever reads the body next gets them: the
   * retry layer looks at an error body before it decides, and the caller still quotes it.
   */
  async hold(limit: number): Promise<string> {
    this.held ??= await this.read(limit)
    return this.held.bytes.toString('utf8')
  }

  /** Reads at most `limit` bytes; a longer body is cut and its connection closed. */
  async read(limit: number): Promise<CappedBytes> {
    if (this.held !== undefined) return { bytes: this.held.bytes.subarray(0, limit), truncated: this.held.truncated || this.held.bytes.length > limit }
    const chunks: Buffer[] = []
    let length = 0
    let truncated = false
    const progress = this.watch(true)
    try {
      for await (const chunk of this.source as AsyncIterable<Buffer>) {
        this.onBytes(chunk.length)
        progress?.add(chunk.length)
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
    } finally {
      progress?.stop()
    }
    return { bytes: Buffer.concat(chunks, length), truncated }
  }

  async text(limit = MAX_SMALL_BODY_BYTES): Promise<string> {
    return (await this.read(limit)).bytes.toString('utf8')
  }

  /** Discards the body so the connection can be reused (undici `dump()`). */
  async dump(): Promise<void> {
    if (this.held !== undefined) return
    // undici reads up to 128 KiB of it: less than a window must move, so a drip ends here too.
    const progress = this.watch(true)
    if (progress !== undefined) this.source.on('data', (chunk: Buffer) => progress.add(chunk.length))
    try {
      await this.source.dump()
    } catch {
      // A body that fails while being thrown away changes nothing: the socket is closed either way.
    } finally {
      progress?.stop()
    }
  }

  /** The body as a stream; the caller must consume or destroy it. */
  stream(): Readable {
    if (this.held !== undefined) return Readable.from([this.held.bytes])
    const onBytes = this.onBytes
    const progress = this.watch()
    const counter = new Transform({
      transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
        onBytes(chunk.length)
        progress?.add(chunk.length)
        callback(null, chunk)
      },
    })
    // A source error reaches the consumer through `counter`, typed; a consumer that stops early
    // destroys the source, which closes the connection instead of leaving it half read.
    const source = this.source
    source.on('error', (error) => counter.destroy(error instanceof ShiptagError ? error : this.broken(error)))
    counter.on('close', () => {
      progress?.stop()
      if (!source.destroyed) source.destroy()
    })
    source.once('end', () => progress?.stop())
    source.pipe(counter)
    return counter
  }
}
