import { formatPlatform, isIndexMediaType, type Descriptor, type ImageGraph, type ManifestNode } from '../oci/index.js'
import type { RepositoryClient } from '../registry/index.js'
import { readRegistryGraph } from '../store/index.js'

/** A manifest below an index that `index: every-platform` checks besides the index itself. */
export interface PlatformSubject {
  readonly digest: string
  /** `linux/arm64/v8`, or `unknown` when the index does not say. */
  readonly platform: string
}

/**
 * BuildKit lists its provenance and SBOM manifests in the index beside the platforms, marked with
 * this annotation (https://github.com/moby/buildkit/blob/master/docs/attestations/attestation-storage.md):
 * they are not platforms, and nothing signs them.
 */
const BUILDKIT_REFERENCE_TYPE = 'vnd.docker.reference.type'

function isPlatformImage(descriptor: Descriptor): boolean {
  return !isIndexMediaType(descriptor.mediaType) && descriptor.annotations?.[BUILDKIT_REFERENCE_TYPE] !== 'attestation-manifest'
}

/**
 * Every platform image below the root of a graph already read (promote reads it anyway), each once:
 * what `index: every-platform` requires a signature on besides the index digest (cosign signs the
 * digest it is given; `cosign sign --recursive` also signs each of these). Nested indexes are walked
 * through, not listed. An image that is not an index has none.
 */
export function platformSubjects(graph: Pick<ImageGraph, 'root' | 'manifests'>): PlatformSubject[] {
  if (graph.root.parsed.kind !== 'index') return []
  const subjects = new Map<string, PlatformSubject>()
  for (const node of graph.manifests) {
    if (node === graph.root || !isPlatformImage(node.descriptor)) continue
    if (node.parsed.kind !== 'image') continue
    subjects.set(node.descriptor.digest, { digest: node.descriptor.digest, platform: formatPlatform(node.descriptor.platform) })
  }
  return [...subjects.values()]
}

/**
 * `platformSubjects` from the root manifest alone: an index that lists only image manifests (every
 * image a build tool writes) answers without a request; one that nests indexes is read with the
 * shared bounded graph walk (store's `readRegistryGraph`: visited set, depth and size budgets).
 */
export async function readPlatformSubjects(repository: RepositoryClient, root: ManifestNode): Promise<PlatformSubject[]> {
  if (root.parsed.kind !== 'index') return []
  const children = root.parsed.manifests
  if (!children.some((child) => isIndexMediaType(child.mediaType))) {
    const flat = new Map(children.filter(isPlatformImage).map((child) => [child.digest, { digest: child.digest, platform: formatPlatform(child.platform) }]))
    return [...flat.values()]
  }
  const graph = await readRegistryGraph(repository, { bytes: root.bytes, mediaType: root.parsed.mediaType, digest: root.descriptor.digest }, (task) => task())
  return platformSubjects(graph)
}
