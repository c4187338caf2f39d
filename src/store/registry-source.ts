import { PassThrough, pipeline, type Readable } from 'node:stream'
import { childrenOf, isForeignLayer, isManifestMediaType, parseManifest, type Descriptor, type ImageGraph, type ManifestNode } from '../oci/index.js'
import type { FetchedManifest, RepositoryClient } from '../registry/index.js'
import type { BlobSource } from './image-graph.js'
import { settleAll, type Limiter } from './limiter.js'

/**
 * Reads an image's whole graph from a registry, starting from its root manifest already fetched:
 * each level of child manifests at once, by digest (so every one is verified against its
 * descriptor), never through `subject`. Children come before parents, the root last (§6.3). A child
 * the registry lacks (a sparse index) is listed in `missing`: the destination may hold it.
 */
export async function readRegistryGraph(source: RepositoryClient, root: FetchedManifest, limit: Limiter): Promise<ImageGraph> {
  const rootNode = nodeOf({ mediaType: root.mediaType, digest: root.digest, size: root.bytes.length }, root.bytes, source)
  const manifests: ManifestNode[] = []
  const blobs = new Map<string, Descriptor>()
  const missing = new Map<string, Descriptor>()
  const seen = new Set<string>([root.digest])
  const visit = async (node: ManifestNode): Promise<void> => {
    const childManifests: Descriptor[] = []
    for (const child of childrenOf(node.parsed)) {
      if (isForeignLayer(child)) continue
      if (!isManifestMediaType(child.mediaType)) blobs.set(child.digest, child)
      else if (!seen.has(child.digest)) {
        seen.add(child.digest)
        childManifests.push(child)
      }
    }
    await settleAll(
      childManifests.map(async (descriptor) => {
        const fetched = await limit(() => source.getManifest(descriptor.digest))
        if (fetched === undefined) {
          missing.set(descriptor.digest, descriptor)
          return
        }
        const child = nodeOf(descriptor, fetched.bytes, source)
        await visit(child)
        manifests.push(child)
      }),
    )
  }
  await visit(rootNode)
  manifests.push(rootNode)
  return { root: rootNode, manifests, blobs: [...blobs.values()], missing: [...missing.values()] }
}

function nodeOf(descriptor: Descriptor, bytes: Buffer, source: RepositoryClient): ManifestNode {
  const parsed = parseManifest(bytes, descriptor.mediaType, `manifest ${descriptor.digest} of ${source.registry}/${source.repository}`)
  return { descriptor: { ...descriptor, mediaType: parsed.mediaType, size: bytes.length }, bytes, parsed }
}

/**
 * Blobs of a registry repository as an upload body: streamed from the source's GET straight into the
 * destination's PUT, never to disk. The GET verifies size and digest as the bytes pass, and the
 * upload holds back its last chunk until they have hashed right, so a wrong byte never commits.
 * The GET is not put through a limiter: it runs inside an upload that holds the destination's slot,
 * and on one registry waiting for a second slot could deadlock.
 */
export function registryBlobSource(source: RepositoryClient): BlobSource {
  return {
    name: `${source.registry}/${source.repository}`,
    has: () => true,
    open: (descriptor) => {
      const out = new PassThrough()
      // Not hashed here: the upload hashes the stream as it goes and holds back its last bytes until
      // they match, so wrong bytes from the source never commit at the destination (hashed once).
      source.openBlob(descriptor, { verify: false }).then(
        (stream: Readable) => pipeline(stream, out, () => {}),
        (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
      )
      return out
    },
  }
}
