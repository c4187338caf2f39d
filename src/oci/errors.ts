import { ShiptagError } from '../errors.js'

/** Content whose bytes do not match the descriptor that names them: never pushed, never trusted. */
export class ContentMismatchError extends ShiptagError {
  constructor(what: string, detail: string) {
    super(`${what} does not match its descriptor: ${detail}`, {
      hint: 'the content is corrupt or was changed after it was written; rebuild or re-export the image',
    })
  }
}

/** A manifest or index that is not valid JSON of the expected shape. */
export class InvalidManifestError extends ShiptagError {}
