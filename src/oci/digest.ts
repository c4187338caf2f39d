import { createHash, type Hash } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { parseDigest } from '../ref/index.js'
import { ContentMismatchError } from './errors.js'

/** `sha256:<hex>` of exact bytes: the only way a manifest digest is ever computed (never from re-serialized JSON). */
export function digestOf(bytes: Uint8Array, algorithm: 'sha256' | 'sha512' = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`
}

/** Throws unless `bytes` has exactly `expected` digest and, when given, size. */
export function verifyBytes(bytes: Uint8Array, expected: { digest: string; size?: number }, what: string): void {
  if (expected.size !== undefined && bytes.length !== expected.size) {
    throw new ContentMismatchError(what, `size ${bytes.length} bytes, expected ${expected.size}`)
  }
  const { algorithm } = parseDigest(expected.digest)
  const actual = digestOf(bytes, algorithm)
  if (actual !== expected.digest) throw new ContentMismatchError(what, `digest ${actual}, expected ${expected.digest}`)
}

/**
 * A pass-through stream that hashes and counts what flows through it and fails the stream at the
 * end when the content is not the expected one, so a consumer (an upload body) is aborted before the
 * registry commits the blob (docs/registry-protocol.md#reading-blobs).
 */
export class VerifyingStream extends Transform {
  private readonly hash: Hash
  private seen = 0

  constructor(
    private readonly expected: { digest: string; size: number },
    private readonly what: string,
  ) {
    super()
    this.hash = createHash(parseDigest(expected.digest).algorithm)
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length
    if (this.seen > this.expected.size) {
      callback(new ContentMismatchError(this.what, `more than the expected ${this.expected.size} bytes`))
      return
    }
    this.hash.update(chunk)
    callback(null, chunk)
  }

  override _flush(callback: TransformCallback): void {
    if (this.seen !== this.expected.size) {
      callback(new ContentMismatchError(this.what, `size ${this.seen} bytes, expected ${this.expected.size}`))
      return
    }
    const actual = `${parseDigest(this.expected.digest).algorithm}:${this.hash.digest('hex')}`
    callback(actual === this.expected.digest ? null : new ContentMismatchError(this.what, `digest ${actual}, expected ${this.expected.digest}`))
  }
}
