import { ShiptagError } from '../errors.js'

/** Content whose bytes do not match the descriptor that names them: never pushed, never trusted. */
export class ContentMismatchError extends ShiptagError {
  constructor(
    readonly what: string,
    readonly detail: string,
  ) {
    super(`${what} does not match its descriptor: ${detail}`, {
      hint: 'the content is corrupt or was changed after it was written; rebuild or re-export the image',
    })
  }
}

/** A manifest or index that is not valid JSON of the expected shape. */
export class InvalidManifestError extends ShiptagError {
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, {
      hint: "this is not an image manifest or index: check that the reference or layout names an image (not a chart or another artifact), and that nothing rewrites it on the way (a proxy or login page answering in the registry's place)",
      ...options,
    })
  }
}

/**
 * An image graph over a bound (depth, manifests, bytes, blobs): read no further, write nothing. The
 * bounds are in `GraphLimits` (graph-walk.ts); the message names the one exceeded.
 */
export class GraphLimitError extends ShiptagError {
  constructor(message: string, hint: string) {
    super(message, { hint })
  }
}
