import { pipeline, Transform, type Readable } from 'node:stream'
import { ContentMismatchError, HoldLastChunk, childrenOf, manifestLevels, type Descriptor, type ImageGraph, type ManifestNode } from '../oci/index.js'
import type { RepositoryClient } from '../registry/index.js'
import type { BlobSource } from './image-graph.js'
import { settleAll, type Limiter } from './limiter.js'
import { missingContent, planContent, type BlobStep, type ContentPlan, type PlanOptions } from './plan-content.js'

export interface CopyOptions extends PlanOptions {
  /** Read only (HEADs): report the plan, write nothing. */
  readonly dryRun: boolean
  /** Told what happens to each blob, for progress lines; never in a dry run, where nothing happens. */
  readonly progress?: BlobProgress
  /**
   * Awaited after the reads (HEADs) and before the first write: reads that run alongside (a
   * promotion's artifacts) and fail stop the copy with nothing written.
   */
  readonly beforeWrite?: () => Promise<unknown>
  /**
   * The blobs other copies of this run to the same repository upload (images on one base layer),
   * when the run's client shares their uploads (registry/run-cache.ts: a second upload of a blob
   * waits for the first and sends nothing). A dry run then reports the blob to upload once and
   * present for every later copy, as the real run will; the copies fill it in as they plan.
   */
  readonly uploadsOfRun?: Set<string>
}

/** `would-*`: the plan of a dry run, each the step the real run will take first. */
export type BlobAction = 'present' | 'mounted' | 'uploaded' | 'would-mount' | 'would-upload'

export interface BlobOutcome {
  readonly descriptor: Descriptor
  readonly action: BlobAction
  /** Blob bytes sent by an upload; for `would-upload`, the bytes the upload will send (the blob's size). */
  readonly bytesSent: number
  /** The repository a mount came (or will come) from. */
  readonly mountedFrom?: string
}

/** What a copy tells about its blobs as they travel. */
export interface BlobProgress {
  /** An upload starts: it holds a slot of the limiter, so its time is its own. */
  started(descriptor: Descriptor): void
  /** Bytes of the upload's body handed to the registry so far (again from 0 when the upload is retried whole). */
  sent(descriptor: Descriptor, bytesSoFar: number): void
  /** The blob is there: uploaded, mounted or found present. */
  settled(outcome: BlobOutcome): void
}

export type ManifestAction = 'present' | 'put' | 'would-put'

export interface ContentReport {
  /** True when the root manifest was already at the target: nothing below it was even looked at. */
  readonly rootPresent: boolean
  readonly blobs: readonly BlobOutcome[]
  /** Child manifests, and the root when it is written by digest (an image without tags, or before its referrers). */
  readonly manifests: readonly { readonly descriptor: Descriptor; readonly action: ManifestAction }[]
}

/**
 * Makes every blob and child manifest of `graph` present in `target`, moving only what it lacks, as
 * `planContent` decided; a dry run reports that plan and writes nothing. Children go in before
 * parents; the root is left to the tag step, so nothing is visible under a tag before it is complete.
 */
export async function copyContent(graph: ImageGraph, source: BlobSource, target: RepositoryClient, options: CopyOptions): Promise<ContentReport> {
  const plan = await planContent(graph, source, target, options)
  const verification = verifyTravelling(plan, source)
  if (options.dryRun || plan.rootPresent) {
    await verification
    return planReport(plan, options.uploadsOfRun)
  }
  // Observed at once: a failure is reported below, after whatever it stopped has ended.
  verification.catch(() => {})
  await options.beforeWrite?.()
  const blobs = plan.blobs.map((blob) => executeBlob(blob, source, target, { ...options, verification }))
  const putting = putManifestsAfterContent(
    plan.manifestsToPut,
    new Map(plan.blobs.map((blob, i) => [blob.descriptor.digest, blobs[i]!])),
    verification,
    target,
    options.limit,
  )
  // All awaited whole, failed or not, so no request is left running unobserved. A failed check of
  // the source is reported first, then a blob's failure (which also fails the manifests above it).
  const [checked, copied, manifests] = await Promise.allSettled([verification, settleAll(blobs), putting])
  if (checked.status === 'rejected') throw checked.reason
  if (copied.status === 'rejected') throw copied.reason
  if (manifests.status === 'rejected') throw manifests.reason
  return {
    rootPresent: false,
    blobs: copied.value,
    manifests: [...plan.presentManifests.map((descriptor) => ({ descriptor, action: 'present' as const })), ...manifests.value],
  }
}

/**
 * Blobs of at least this size start uploading while the source's blobs are still being hashed
 * (docs/decisions.md#hashing-layout-blobs): hashing 512 MiB took 0.6 s before the first byte left,
 * time the registry spent idle. Their last chunk is held back until every blob checked out, so
 * corrupt content still stops the push with nothing committed; smaller blobs, mounts and manifests
 * wait for the hashes as before.
 */
export const EARLY_UPLOAD_MIN_BYTES = 32 << 20

/**
 * Hashes every blob that may travel (a refused mount falls back to an upload), all at once; resolved
 * when the source has no `verify` (a registry source's blobs are verified as they stream).
 */
async function verifyTravelling(plan: ContentPlan, source: BlobSource): Promise<void> {
  if (!source.verify) return
  await settleAll(plan.blobs.filter((blob) => blob.step !== 'present' && source.has(blob.descriptor.digest)).map((blob) => source.verify!(blob.descriptor)))
}

/** The dry run's report: the plan in the words of the real run's report, so the two compare one to one. */
function planReport(plan: ContentPlan, uploadsOfRun: Set<string> | undefined): ContentReport {
  const uploadedBefore = (digest: string): boolean => {
    if (uploadsOfRun === undefined) return false
    if (uploadsOfRun.has(digest)) return true
    uploadsOfRun.add(digest)
    return false
  }
  return {
    rootPresent: plan.rootPresent,
    blobs: plan.blobs.map((blob): BlobOutcome => {
      if (blob.step === 'mount') return { descriptor: blob.descriptor, action: 'would-mount', bytesSent: 0, mountedFrom: blob.from }
      return blob.step === 'upload' && !uploadedBefore(blob.descriptor.digest)
        ? { descriptor: blob.descriptor, action: 'would-upload', bytesSent: blob.descriptor.size }
        : { descriptor: blob.descriptor, action: 'present', bytesSent: 0 }
    }),
    manifests: [
      ...plan.presentManifests.map((descriptor) => ({ descriptor, action: 'present' as const })),
      ...plan.manifestsToPut.map((node) => ({ descriptor: node.descriptor, action: 'would-put' as const })),
    ],
  }
}

function settle(options: CopyOptions, outcome: BlobOutcome): BlobOutcome {
  options.progress?.settled(outcome)
  return outcome
}

/** The upload's body, counted as the registry takes it, for the progress of a long blob. */
function counted(body: Readable, descriptor: Descriptor, progress: BlobProgress): Readable {
  let bytes = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length
      progress.sent(descriptor, bytes)
      callback(null, chunk)
    },
  })
  return pipeline(body, counter, () => {})
}

/**
 * One step of the plan. A mount the registry refuses falls back to an upload (the report says so:
 * `uploaded`); when the target was not asked first, it is asked then, and a blob it has is `present`.
 */
async function executeBlob(
  blob: BlobStep,
  source: BlobSource,
  target: RepositoryClient,
  options: CopyOptions & { readonly verification: Promise<void> },
): Promise<BlobOutcome> {
  const { limit, verification } = options
  const { descriptor } = blob
  if (blob.step === 'present') return settle(options, { descriptor, action: 'present', bytesSent: 0 })
  const early = source.verify !== undefined && blob.step === 'upload' && descriptor.size >= EARLY_UPLOAD_MIN_BYTES && source.has(descriptor.digest)
  if (!early) await verification
  if (blob.step === 'mount') {
    if (await limit(() => target.mountBlob(descriptor.digest, blob.from)))
      return settle(options, { descriptor, action: 'mounted', bytesSent: 0, mountedFrom: blob.from })
    if (!blob.checked && (await limit(() => target.hasBlob(descriptor.digest, descriptor.size)))) {
      await target.discardMountSession(descriptor.digest)
      return settle(options, { descriptor, action: 'present', bytesSent: 0 })
    }
  }
  if (!source.has(descriptor.digest)) throw missingContent(descriptor, source, target)
  // A source with `verify` hashes every blob that travels, and no upload ends before that is done
  // (gated): the upload need not hash it again.
  const { progress } = options
  const gated = (): Readable => (early ? pipeline(source.open(descriptor), new HoldLastChunk(verification), () => {}) : source.open(descriptor))
  const body = progress === undefined ? gated : () => counted(gated(), descriptor, progress)
  const bytesSent = await limit(() => {
    progress?.started(descriptor)
    return target.uploadBlob(descriptor, body, { verified: source.verify !== undefined })
  }).catch((error: unknown) => {
    // The upload found the bytes wrong: say where they came from.
    throw error instanceof ContentMismatchError ? new ContentMismatchError(`blob ${descriptor.digest} read from ${source.name}`, error.detail) : error
  })
  // Nothing sent for a blob with bytes: another image of the run put it there meanwhile (registry/run-cache.ts).
  return settle(options, { descriptor, action: bytesSent === 0 && descriptor.size > 0 ? 'present' : 'uploaded', bytesSent })
}

type PutManifest = { readonly descriptor: Descriptor; readonly action: 'put' }

/**
 * PUTs manifests by digest, each as soon as everything it references is in: its own blobs and child
 * manifests (children before parents, docs/registry-protocol.md#manifest-put), not every blob of the
 * image, so one platform's manifest goes while another's layers still upload. `manifestLevels`
 * lists children before parents, so each parent finds its children's PUTs already under way.
 * Reported in the plan's order, not the order the registry answered.
 */
async function putManifestsAfterContent(
  nodes: readonly ManifestNode[],
  blobs: ReadonlyMap<string, Promise<unknown>>,
  verification: Promise<void>,
  target: RepositoryClient,
  limit: Limiter,
): Promise<PutManifest[]> {
  const inPlace = new Map(blobs)
  for (const level of manifestLevels(nodes)) {
    for (const node of level) {
      const needs = [verification, ...childrenOf(node.parsed).flatMap((child) => inPlace.get(child.digest) ?? [])]
      const put = settleAll(needs).then(() => limit(() => target.putManifest(node.descriptor.digest, node.bytes, node.parsed.mediaType)))
      inPlace.set(node.descriptor.digest, put)
    }
  }
  await settleAll(nodes.map((node) => inPlace.get(node.descriptor.digest)!))
  return nodes.map((node) => ({ descriptor: node.descriptor, action: 'put' }))
}
