import type { ImageLayout } from '../layout/index.js'
import type { ImageGraph } from '../oci/index.js'
import type { BlobSource } from './image-graph.js'

/** The blobs of one image in an OCI layout, as the copy routine reads them. */
export function layoutBlobSource(layout: ImageLayout, graph: ImageGraph): BlobSource {
  const blobs = new Map(graph.blobs.map((descriptor) => [descriptor.digest, descriptor]))
  const verified = new Set<string>()
  return {
    name: `layout ${layout.path}`,
    has: (digest) => blobs.has(digest),
    // A blob checked by `verify` streams without a second hash; any other is checked as it streams.
    open: (descriptor) => layout.openBlob(descriptor, { verify: !verified.has(descriptor.digest) }),
    verify: async (descriptor) => {
      await layout.verifyBlob(descriptor)
      verified.add(descriptor.digest)
    },
  }
}
