import { repositoryName } from '../ref/index.js'
import { childrenOf, formatPlatform, isManifestMediaType, type Descriptor, type ImageGraph, type ManifestNode } from '../oci/index.js'
import { RegistryError, type RepositoryClient } from '../registry/index.js'
import type { BlobSource } from './image-graph.js'
import { settleAll, type Limiter } from './limiter.js'
import { MissingContentError } from './errors.js'

export interface PlanOptions {
  /** Bounds the requests to the target's registry. */
  readonly limit: Limiter
  /**
   * A repository on the target's registry that holds every blob of the image by the time this copy
   * writes: the promotion's source (a registry refuses a manifest whose blobs it lacks,
   * MANIFEST_BLOB_UNKNOWN), or the first target on the registry, written before this one. Not asked.
   */
  readonly lender?: string
  /** Repositories on the target's registry that may hold some blobs (`mount-from`): asked with a HEAD per blob the target lacks, in order. */
  readonly mountFrom: readonly RepositoryClient[]
  /**
   * Blobs an earlier copy of this run puts at the target (the image before its signatures, one
   * signature's config `{}` before the next's): taken as there without a HEAD, by the dry run, where
   * they are not there yet, and by the real run alike.
   */
  readonly coming?: ReadonlySet<string>
}

/** What will become of one blob: already there, mounted from `from`, or uploaded (its `size` in bytes). */
export type BlobStep =
  | { readonly descriptor: Descriptor; readonly step: 'present' }
  /** `checked`: the target was asked first and lacks it; else a refused mount asks before an upload. */
  | { readonly descriptor: Descriptor; readonly step: 'mount'; readonly from: string; readonly checked: boolean }
  | { readonly descriptor: Descriptor; readonly step: 'upload' }

/** Everything one target will receive, decided from reads alone. The real copy executes it; a dry run reports it. */
export interface ContentPlan {
  /** The root manifest is already at the target: nothing below it was even looked at. */
  readonly rootPresent: boolean
  readonly blobs: readonly BlobStep[]
  /** Child manifests already at the target (each vouches for its whole subtree). */
  readonly presentManifests: readonly Descriptor[]
  /** Child manifests to PUT by digest, children before parents (the root is left to the caller). */
  readonly manifestsToPut: readonly ManifestNode[]
}

/**
 * Decides, with reads only (HEAD), what `target` lacks of `graph` and how each piece gets there: a
 * child manifest already there vouches for its subtree; a blob there is skipped; a blob the lender
 * holds, or a `mountFrom` repository is found to hold, is mounted; the rest is uploaded. A dry run
 * stops here, so its report and the real run come from this one decision (issue 13).
 */
export async function planContent(graph: ImageGraph, source: BlobSource, target: RepositoryClient, options: PlanOptions): Promise<ContentPlan> {
  const { limit } = options
  if (await limit(() => target.headManifest(graph.root.descriptor.digest))) {
    return { rootPresent: true, blobs: [], presentManifests: [], manifestsToPut: [] }
  }
  const children = graph.manifests.filter((node) => node !== graph.root)
  const present = new Set<string>()
  await settleAll(
    children.map(async (node) => {
      if (await limit(() => target.headManifest(node.descriptor.digest))) present.add(node.descriptor.digest)
    }),
  )
  const { blobs: needed, manifestsNotInSource } = contentBelowAbsentManifests(graph, present)
  await settleAll(
    manifestsNotInSource.map(async (descriptor) => {
      if (!(await limit(() => target.headManifest(descriptor.digest)))) throw missingContent(descriptor, source, target)
    }),
  )
  const lender = options.lender !== undefined && options.lender !== target.repository ? options.lender : undefined
  // A mount answers 201 whether or not the target already had the blob, so when a registry source
  // has a lender, a HEAD first is one request too many: mount, and only a refused mount asks. A
  // local source is checked at the target first: its blobs are hashed before the first write.
  const mountUnasked = lender !== undefined && source.verify === undefined
  const blobs = await settleAll(
    needed.map(async (descriptor): Promise<BlobStep> => {
      if (options.coming?.has(descriptor.digest)) return { descriptor, step: 'present' }
      if (mountUnasked) return { descriptor, step: 'mount', from: lender, checked: false }
      return planBlob(descriptor, source, target, lender, options)
    }),
  )
  return {
    rootPresent: false,
    blobs,
    presentManifests: children.filter((node) => present.has(node.descriptor.digest)).map((node) => node.descriptor),
    manifestsToPut: children.filter((node) => !present.has(node.descriptor.digest)),
  }
}

async function planBlob(
  descriptor: Descriptor,
  source: BlobSource,
  target: RepositoryClient,
  lender: string | undefined,
  options: PlanOptions,
): Promise<BlobStep> {
  const { limit } = options
  if (await limit(() => target.hasBlob(descriptor.digest, descriptor.size))) return { descriptor, step: 'present' }
  if (lender !== undefined) return { descriptor, step: 'mount', from: lender, checked: true }
  for (const from of options.mountFrom) {
    if (from.repository === target.repository) continue
    if (await limit(() => lends(from, descriptor))) return { descriptor, step: 'mount', from: from.repository, checked: true }
  }
  if (!source.has(descriptor.digest)) throw missingContent(descriptor, source, target)
  return { descriptor, step: 'upload' }
}

/**
 * Whether a `mount-from` repository holds the blob. One the credentials may not read (401, 403)
 * lends nothing: the registry would refuse the mount too (Harbor and Docker Hub answer 401 for a
 * source they will not mount from, https://github.com/goharbor/harbor/issues/17097), and the blob is uploaded instead.
 */
async function lends(from: RepositoryClient, descriptor: Descriptor): Promise<boolean> {
  try {
    return await from.hasBlob(descriptor.digest, descriptor.size)
  } catch (error) {
    if (error instanceof RegistryError && (error.status === 401 || error.status === 403)) return false
    throw error
  }
}

/**
 * The blobs referenced by the root and by every child manifest the target lacks, once each; and the
 * child manifests the source does not hold at all, which the target must already have. Iterative
 * with a visited set: an index that lists one child twice, level after level, is a DAG, and walking
 * it as a tree took exponential time (issue 12).
 */
function contentBelowAbsentManifests(graph: ImageGraph, present: ReadonlySet<string>) {
  const nodes = new Map(graph.manifests.map((node) => [node.descriptor.digest, node]))
  const known = new Set([...graph.blobs, ...graph.missing].map((blob) => blob.digest))
  const needed = new Map<string, Descriptor>()
  const manifestsNotInSource = new Map<string, Descriptor>()
  const visited = new Set<string>([graph.root.descriptor.digest])
  const stack: ManifestNode[] = [graph.root]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const child of childrenOf(node.parsed)) {
      if (visited.has(child.digest)) continue
      visited.add(child.digest)
      const childNode = nodes.get(child.digest)
      if (childNode !== undefined) {
        if (!present.has(child.digest)) stack.push(childNode)
      } else if (isManifestMediaType(child.mediaType)) {
        manifestsNotInSource.set(child.digest, child)
      } else if (known.has(child.digest)) {
        needed.set(child.digest, child)
      }
    }
  }
  return { blobs: [...needed.values()], manifestsNotInSource: [...manifestsNotInSource.values()] }
}

export function missingContent(descriptor: Descriptor, source: BlobSource, target: RepositoryClient): MissingContentError {
  return new MissingContentError(descriptor, source.name, repositoryName(target), formatPlatform(descriptor.platform))
}
