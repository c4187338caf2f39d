import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ImageLayout } from '../layout/index.js'
import type { ImageGraph } from '../oci/index.js'
import type { BlobSource } from './image-graph.js'

/** The blobs of one image in an OCI layout, as the copy routine reads them. */
export function layoutBlobSource(layout: ImageLayout, graph: ImageGraph): BlobSource {
  const blobs = new Map(graph.blobs.map((descriptor) => [descriptor.digest, descriptor]))
  return {
    name: `layout ${layout.path}`,
    has: (digest) => blobs.has(digest),
    open: (descriptor) => layout.openBlob(descriptor),
    verify: (descriptor) => pipeline(layout.openBlob(descriptor), discard()),
  }
}

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, callback) => callback() })
}
