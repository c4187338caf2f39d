import { repositoryName } from '../ref/index.js'
import { GRAPH_LIMITS, GraphLimitError, formatPlatform, isIndexMediaType, type Descriptor, type ImageGraph, type ManifestNode } from '../oci/index.js'
import type { RepositoryClient } from '../registry/index.js'
import { readRegistryGraph } from '../store/index.js'

/** A manifest below an index that `index: every-platform` checks besides the index itself. */
export interface PlatformSubject {
  readonly digest: string
  /** `linux/arm64/v8`, or `unknown` when the index does not say. */
  readonly platform: string
}

/**
 * Platform images `index: every-platform` checks one by one, each costing a few requests: a real
 * index has a handful (Docker's official images list up to 8 platforms, each with BuildKit's
 * attestation manifest beside it). A wider one is refused before anything is looked up.
 */
export const MAX_PLATFORM_SUBJECTS = 256

/** The graph walk for a nested index, within room for the platforms, their attestations and a few indexes. */
const PLATFORM_GRAPH_LIMITS = { ...GRAPH_LIMITS, maxManifests: 4 * MAX_PLATFORM_SUBJECTS }

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
export function platformSubjects(graph: Pick<ImageGraph, 'root' | 'manifests'>, where = 'the registry'): PlatformSubject[] {
  if (graph.root.parsed.kind !== 'index') return []
  const subjects = new Map<string, PlatformSubject>()
  for (const node of graph.manifests) {
    if (node === graph.root || !isPlatformImage(node.descriptor) || node.parsed.kind !== 'image') continue
    subjects.set(node.descriptor.digest, { digest: node.descriptor.digest, platform: formatPlatform(node.descriptor.platform) })
  }
  return bounded([...subjects.values()], graph.root, where)
}

/**
 * `platformSubjects` from the root manifest alone: an index that lists only image manifests (every
 * image a build tool writes) answers without a request; one that nests indexes is read with the
 * shared bounded graph walk (store's `readRegistryGraph`: visited set, depth, and a manifest budget
 * sized for `MAX_PLATFORM_SUBJECTS`).
 */
export async function readPlatformSubjects(repository: RepositoryClient, root: ManifestNode): Promise<PlatformSubject[]> {
  if (root.parsed.kind !== 'index') return []
  const where = repositoryName(repository)
  const children = root.parsed.manifests
  if (!children.some((child) => isIndexMediaType(child.mediaType))) {
    const flat = new Map(children.filter(isPlatformImage).map((child) => [child.digest, { digest: child.digest, platform: formatPlatform(child.platform) }]))
    return bounded([...flat.values()], root, where)
  }
  const fetched = { bytes: root.bytes, mediaType: root.parsed.mediaType, digest: root.descriptor.digest }
  return platformSubjects(await readRegistryGraph(repository, fetched, (task) => task(), PLATFORM_GRAPH_LIMITS), where)
}

function bounded(subjects: PlatformSubject[], root: ManifestNode, where: string): PlatformSubject[] {
  if (subjects.length <= MAX_PLATFORM_SUBJECTS) return subjects
  throw new GraphLimitError(
    `index ${root.descriptor.digest} in ${where} lists ${subjects.length} platform images, more than the ${MAX_PLATFORM_SUBJECTS} shiptag checks one by one for index: every-platform`,
    'a real image has a handful of platforms: look at what built this index, or require the signature of the index digest alone (index: image)',
  )
}
