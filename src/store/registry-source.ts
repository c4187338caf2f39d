import { repositoryName } from '../ref/index.js'
import { PassThrough, pipeline, type Readable } from 'node:stream'
import { GRAPH_LIMITS, parseManifest, walkGraph, type Descriptor, type GraphLimits, type ImageGraph, type ManifestNode } from '../oci/index.js'
import type { FetchedManifest, RepositoryClient } from '../registry/index.js'
import type { BlobSource } from './image-graph.js'
import { settleAll, type Limiter } from './limiter.js'

/**
 * Reads an image's whole graph from a registry, starting from its root manifest already fetched,
 * with the shared bounded walk (`walkGraph`: visited set, depth limit, budgets): each level of
 * distinct child manifests at once, by digest (so every one is verified against its descriptor),
 * never through `subject`, within `limits` (a caller may ask for tighter ones). Children come before parents, the root last (docs/registry-protocol.md#push-order). A child the registry
 * lacks (a sparse index) is listed in `missing`: the destination may hold it.
 */
export async function readRegistryGraph(
  source: RepositoryClient,
  root: FetchedManifest,
  limit: Limiter,
  limits: GraphLimits = GRAPH_LIMITS,
): Promise<ImageGraph> {
  const rootNode = nodeOf({ mediaType: root.mediaType, digest: root.digest, size: root.bytes.length }, root.bytes, source)
  const walk = walkGraph(rootNode, { name: repositoryName(source), hasBlob: () => true }, limits)
  const read = async (descriptor: Descriptor) => {
    const fetched = await limit(() => source.getManifest(descriptor.digest))
    return fetched === undefined ? undefined : nodeOf(descriptor, fetched.bytes, source)
  }
  let step = walk.next([])
  while (!step.done) step = walk.next(await settleAll(step.value.map(read)))
  return step.value
}

function nodeOf(descriptor: Descriptor, bytes: Buffer, source: RepositoryClient): ManifestNode {
  const parsed = parseManifest(bytes, descriptor.mediaType, `manifest ${descriptor.digest} of ${repositoryName(source)}`)
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
    name: repositoryName(source),
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
