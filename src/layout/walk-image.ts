import { childrenOf, isForeignLayer, isManifestMediaType, parseManifest, type Descriptor, type ImageGraph, type ManifestNode } from '../oci/index.js'
import { LayoutError } from './errors.js'
import type { ImageLayout } from './open-layout.js'

/**
 * Reads an image's whole graph from a layout, depth first through nested indexes (never through
 * `subject`, which points up), every manifest verified against its descriptor. Children come before
 * their parents and the root last, the order they must be pushed in (oci-client-reference §6.3).
 * Content the layout lacks is listed in `missing`, not refused: `docker save` with the containerd
 * store keeps the full index but only the local platform's blobs (moby/moby#49473), and the
 * destination may already hold the rest.
 */
export function walkImage(layout: ImageLayout, root: Descriptor): ImageGraph {
  const manifests: ManifestNode[] = []
  const blobs = new Map<string, Descriptor>()
  const missing = new Map<string, Descriptor>()
  const seen = new Set<string>()
  const visit = (descriptor: Descriptor, platform: Descriptor['platform']): ManifestNode | undefined => {
    if (seen.has(descriptor.digest)) return manifests.find((node) => node.descriptor.digest === descriptor.digest)
    seen.add(descriptor.digest)
    if (!layout.hasBlob(descriptor)) {
      missing.set(descriptor.digest, { ...descriptor, ...(platform && !descriptor.platform ? { platform } : {}) })
      return undefined
    }
    const bytes = layout.readManifest(descriptor)
    const parsed = parseManifest(bytes, descriptor.mediaType, `${layout.path}: manifest ${descriptor.digest}`)
    for (const child of childrenOf(parsed)) {
      if (isForeignLayer(child)) {
        continue
      } else if (isManifestMediaType(child.mediaType)) {
        visit(child, child.platform ?? platform)
      } else if (!layout.hasBlob(child)) {
        missing.set(child.digest, { ...child, ...(platform ? { platform } : {}) })
      } else {
        blobs.set(child.digest, child)
      }
    }
    const node = { descriptor, bytes, parsed }
    manifests.push(node)
    return node
  }
  const rootNode = visit(root, root.platform)
  if (rootNode === undefined) throw new LayoutError(`${layout.path}: the image's own manifest ${root.digest} is missing from blobs/`)
  return { root: rootNode, manifests, blobs: [...blobs.values()], missing: [...missing.values()] }
}
