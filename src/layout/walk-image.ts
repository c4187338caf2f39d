import { parseManifest, walkGraphSync, type Descriptor, type ImageGraph, type ManifestNode } from '../oci/index.js'
import { LayoutError } from './errors.js'
import type { ImageLayout } from './open-layout.js'

/**
 * Reads an image's whole graph from a layout with the shared bounded walk (`walkGraph`: visited
 * set, depth limit, budgets; never through `subject`, which points up), every manifest verified
 * against its descriptor. Children come before their parents and the root last, the order they must
 * be pushed in (docs/registry-protocol.md#push-order). Content the layout lacks is listed in `missing`, not
 * refused: `docker save` with the containerd store keeps the full index but only the local
 * platform's blobs (https://github.com/moby/moby/issues/49473), and the destination may already hold the rest.
 */
export function walkImage(layout: ImageLayout, root: Descriptor): ImageGraph {
  const read = (descriptor: Descriptor): ManifestNode | undefined => {
    if (!layout.hasBlob(descriptor)) return undefined
    const bytes = layout.readManifest(descriptor)
    return { descriptor, bytes, parsed: parseManifest(bytes, descriptor.mediaType, `${layout.path}: manifest ${descriptor.digest}`) }
  }
  const rootNode = read(root)
  if (rootNode === undefined) throw new LayoutError(`${layout.path}: the image's own manifest ${root.digest} is missing from blobs/`)
  return walkGraphSync(rootNode, { name: `layout ${layout.path}`, hasBlob: (descriptor) => layout.hasBlob(descriptor) }, read)
}
