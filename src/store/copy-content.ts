import { ContentMismatchError, childrenOf, formatPlatform, isManifestMediaType, manifestLevels, type Descriptor, type ImageGraph, type ManifestNode } from '../oci/index.js'
import type { RepositoryClient } from '../registry/index.js'
import type { BlobSource } from './image-graph.js'
import { settleAll, type Limiter } from './limiter.js'
import { MissingContentError } from './errors.js'

export interface CopyOptions {
  /** Bounds the requests to the target's registry. */
  readonly limit: Limiter
  /** Repositories on the target's registry that may hold the blobs, tried in order (cross-repository mount). */
  readonly mountFrom: readonly string[]
  /** Read only (HEADs): report what would move, write nothing. */
  readonly dryRun: boolean
  /** Called as each blob is settled, for progress lines. */
  readonly onBlob?: (outcome: BlobOutcome) => void
  /**
   * Awaited after the reads (HEADs) and before the first write: reads that run alongside (a
   * promotion's artifacts) and fail stop the copy with nothing written.
   */
  readonly beforeWrite?: () => Promise<unknown>
}

export type BlobAction = 'present' | 'mounted' | 'uploaded' | 'would-mount-or-upload' | 'would-upload'

export interface BlobOutcome {
  readonly descriptor: Descriptor
  readonly action: BlobAction
  /** Blob bytes sent (uploads only). */
  readonly bytesSent: number
  /** The repository a mount came from. */
  readonly mountedFrom?: string
}

export type ManifestAction = 'present' | 'put' | 'would-put'

export interface ContentReport {
  /** True when the root manifest was already at the target: nothing below it was even looked at. */
  readonly rootPresent: boolean
  readonly blobs: readonly BlobOutcome[]
  /** Child manifests (the root is written by the tag step). */
  readonly manifests: readonly { readonly descriptor: Descriptor; readonly action: ManifestAction }[]
}

/**
 * Makes every blob and child manifest of `graph` present in `target`, moving only what it lacks:
 * a child manifest already there vouches for its whole subtree (a registry refuses a manifest whose
 * references are missing: MANIFEST_BLOB_UNKNOWN), a blob there is skipped, a blob in a sibling
 * repository is mounted, and only the rest is uploaded. Children go in before parents; the root is
 * left to the tag step, so nothing is visible under a tag before it is complete.
 */
export async function copyContent(graph: ImageGraph, source: BlobSource, target: RepositoryClient, options: CopyOptions): Promise<ContentReport> {
  const { limit } = options
  if (await limit(() => target.headManifest(graph.root.descriptor.digest))) {
    return { rootPresent: true, blobs: [], manifests: [] }
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
      if (!(await limit(() => target.headManifest(descriptor.digest)))) throw missing(descriptor, source, target)
    }),
  )
  // A mount answers 201 whether or not the target already had the blob, so when every blob comes
  // from a registry that can lend it, a HEAD first is one request too many: mount, and only for a
  // refused mount ask whether the blob is there. Not for a dry run (a mount is a write), and not for
  // a local source, whose blobs are all checked before the first write.
  const mountFirst = options.mountFrom.length > 0 && source.verify === undefined && !options.dryRun
  // Read-only first: which blobs the target lacks. Then every blob that will travel is verified
  // locally before the first write, so corrupt content stops the push with nothing written.
  const absent = mountFirst ? needed : await settleAll(needed.map(async (descriptor) => ((await limit(() => target.hasBlob(descriptor.digest, descriptor.size))) ? undefined : descriptor)))
  const toTransfer = absent.filter((descriptor): descriptor is Descriptor => descriptor !== undefined)
  for (const descriptor of toTransfer) {
    if (!source.has(descriptor.digest) && options.mountFrom.length === 0) throw missing(descriptor, source, target)
  }
  if (source.verify) await settleAll(toTransfer.filter((descriptor) => source.has(descriptor.digest)).map((descriptor) => source.verify!(descriptor)))
  await options.beforeWrite?.()
  const transferring = new Set(toTransfer)
  const presentBlobs = needed.filter((descriptor) => !transferring.has(descriptor)).map((descriptor) => settle(options, { descriptor, action: 'present', bytesSent: 0 }))
  const transferred = await settleAll(toTransfer.map((descriptor) => transferBlob(descriptor, source, target, options, mountFirst)))
  const blobs = [...presentBlobs, ...transferred]
  const manifests = await putManifestsBottomUp(
    children.filter((node) => !present.has(node.descriptor.digest)),
    target,
    options,
  )
  return {
    rootPresent: false,
    blobs,
    manifests: [...children.filter((node) => present.has(node.descriptor.digest)).map((node) => ({ descriptor: node.descriptor, action: 'present' as const })), ...manifests],
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

function settle(options: CopyOptions, outcome: BlobOutcome): BlobOutcome {
  options.onBlob?.(outcome)
  return outcome
}

/**
 * Mounts from a sibling repository when one has it, else uploads. With `unchecked` the blob was not
 * looked for at the target first, so a refused mount is followed by that HEAD before any upload.
 */
async function transferBlob(descriptor: Descriptor, source: BlobSource, target: RepositoryClient, options: CopyOptions, unchecked: boolean): Promise<BlobOutcome> {
  const { limit } = options
  if (options.dryRun) return settle(options, { descriptor, action: options.mountFrom.length > 0 ? 'would-mount-or-upload' : 'would-upload', bytesSent: 0 })
  for (const from of options.mountFrom) {
    if (from === target.repository) continue
    if (await limit(() => target.mountBlob(descriptor.digest, from))) return settle(options, { descriptor, action: 'mounted', bytesSent: 0, mountedFrom: from })
  }
  if (unchecked && (await limit(() => target.hasBlob(descriptor.digest, descriptor.size)))) {
    await target.discardMountSession(descriptor.digest)
    return settle(options, { descriptor, action: 'present', bytesSent: 0 })
  }
  if (!source.has(descriptor.digest)) throw missing(descriptor, source, target)
  // A source with `verify` has hashed every blob before the first write; the upload need not hash it again.
  const bytesSent = await limit(() => target.uploadBlob(descriptor, () => source.open(descriptor), { verified: source.verify !== undefined })).catch((error: unknown) => {
    // The upload found the bytes wrong: say where they came from.
    throw error instanceof ContentMismatchError ? new ContentMismatchError(`blob ${descriptor.digest} read from ${source.name}`, error.detail) : error
  })
  return settle(options, { descriptor, action: 'uploaded', bytesSent })
}

function missing(descriptor: Descriptor, source: BlobSource, target: RepositoryClient): MissingContentError {
  return new MissingContentError(descriptor, source.name, `${target.registry}/${target.repository}`, formatPlatform(descriptor.platform))
}

/**
 * PUTs manifests by digest, deepest first: every manifest whose children are all there at once, then
 * the indexes above them (children before parents, oci-client-reference §4.4; `manifestLevels`).
 */
async function putManifestsBottomUp(nodes: readonly ManifestNode[], target: RepositoryClient, options: CopyOptions) {
  const done: { descriptor: Descriptor; action: ManifestAction }[] = []
  for (const ready of manifestLevels(nodes)) {
    await settleAll(
      ready.map(async (node) => {
        if (!options.dryRun) {
          await options.limit(() => target.putManifest(node.descriptor.digest, node.bytes, node.parsed.mediaType))
        }
        done.push({ descriptor: node.descriptor, action: options.dryRun ? 'would-put' : 'put' })
      }),
    )
  }
  return done
}
