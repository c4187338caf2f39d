import type { Readable } from 'node:stream'
import type { Descriptor } from '../oci/index.js'

/** Where blob bytes come from. Streams fail at their end when size or digest differ. */
export interface BlobSource {
  /** Human name for messages: `layout ./image.tar`, `ghcr.io/acme/app`. */
  readonly name: string
  has(digest: string): boolean
  /** Sync so it can serve as an upload's replayable body factory; a remote source returns a stream it fills later. */
  open(descriptor: Descriptor): Readable
  /** Reads the whole blob and checks size and digest; local sources offer it so nothing corrupt is ever sent. */
  verify?(descriptor: Descriptor): Promise<void>
}
