import { repositoryName } from '../ref/index.js'
import { GraphLimitError, MEDIA_TYPES, cosignTags, referrerDescriptor, type Descriptor, type ImageGraph } from '../oci/index.js'
import type { FetchedManifest, RepositoryClient, TagsPage } from '../registry/index.js'
import { planReferrersIndex, copyContent, readReferrers, readRegistryGraph, registryBlobSource, settleAll, type Limiter } from '../store/index.js'
import type { Artifact, ArtifactOutcome, PromotionPath, ReferrersTagOutcome } from './types.js'

/** An artifact found at the source, with its manifest when it was already read (tag artifacts). */
export interface FoundArtifact extends Artifact {
  readonly manifest?: FetchedManifest
}

/**
 * Artifacts of one image, all its manifests together: a signature, an attestation and an SBOM per
 * platform are a few dozen; each is copied with its own graph, one after another, so a registry
 * that lists thousands per digest would otherwise make one promotion copy without end.
 */
export const MAX_ARTIFACTS = 10_000

/**
 * Everything attached to the image and to its child manifests at the source: cosign tags
 * (`sha256-<hex>.sig`, `.att`, `.sbom`, docs/registry-protocol.md#attachments) and OCI referrers (the
 * API, else the referrers tag, docs/registry-protocol.md#referrers). Their names follow from the
 * digests, so no more than the first page of the tag list is read (once per run when the client is
 * the run's, registry/run-cache.ts): when it is the whole list, a name it lacks is not asked for; when
 * the registry pages further, each name is asked for by itself, at most four per digest, instead of
 * reading every page for every image (docs/registry-protocol.md#attachments).
 */
export async function findArtifacts(source: RepositoryClient, graph: Pick<ImageGraph, 'root' | 'manifests'>, limit: Limiter): Promise<FoundArtifact[]> {
  const subjects = [graph.root.descriptor.digest, ...graph.manifests.filter((node) => node !== graph.root).map((node) => node.descriptor.digest)]
  const tags = mayExist(await limit(() => source.listTagsFirstPage()))
  const found: FoundArtifact[] = []
  const byName = await settleAll(
    subjects.flatMap((subject) =>
      cosignTags(subject)
        .filter((tag) => tags.has(tag))
        .map(async (tag) => {
          const manifest = await limit(() => source.getManifest(tag))
          return manifest === undefined ? [] : [{ kind: 'tag' as const, subject, tag, digest: manifest.digest, manifest }]
        }),
    ),
  )
  found.push(...byName.flat())
  // The first query learns whether the API exists; the others then go one way at once.
  const api: { supported?: boolean } = {}
  const [first, ...rest] = subjects
  const referrers = [
    await readReferrers(source, first!, tags, limit, api),
    ...(await settleAll(rest.map((subject) => readReferrers(source, subject, tags, limit, api)))),
  ]
  subjects.forEach((subject, i) => {
    for (const descriptor of referrers[i]!) {
      found.push({ kind: 'referrer', subject, digest: descriptor.digest, ...(descriptor.artifactType ? { artifactType: descriptor.artifactType } : {}) })
    }
  })
  if (found.length > MAX_ARTIFACTS) {
    throw new GraphLimitError(
      `image ${graph.root.descriptor.digest} in ${repositoryName(source)} has ${found.length} signatures, attestations and other referrers, more than shiptag's budget of ${MAX_ARTIFACTS} for one image`,
      'look at what attaches so many artifacts to the image (or whether the registry lists them in a loop); promote the image alone with artifacts: false',
    )
  }
  return found
}

/** Whether a tag may exist, as a tag list page tells: a complete list rules out what it lacks; a partial one rules out nothing. */
function mayExist(page: TagsPage): { has(tag: string): boolean } {
  return page.complete ? page.tags : { has: () => true }
}

export interface ArtifactCopyOptions {
  readonly path: PromotionPath
  readonly limit: Limiter
  readonly dryRun: boolean
  readonly warn: (message: string) => void
  /** The image's blobs, at the target once its content is copied (or, in a dry run, planned). */
  readonly imageBlobs: readonly string[]
  /** Blobs other images of the run upload to the target (store's `uploadsOfRun`): every signature's config `{}`, say. */
  readonly uploadsOfRun?: Set<string>
}

/**
 * Copies artifacts byte for byte (their `subject` digests stay valid, docs/registry-protocol.md#referrers): content first, then the
 * manifest by its tag or digest. A referrer PUT that the registry did not index (no `OCI-Subject`)
 * is added to the referrers tag, once per subject after all artifacts. A cosign tag that the target already has at another digest is left
 * alone and reported: overwriting it could drop signatures made at the target.
 */
export async function copyArtifacts(
  artifacts: readonly FoundArtifact[],
  source: RepositoryClient,
  target: RepositoryClient,
  options: ArtifactCopyOptions,
): Promise<{ readonly artifacts: ArtifactOutcome[]; readonly referrersTags: ReferrersTagOutcome[] }> {
  const unindexed = new Map<string, Descriptor[]>()
  // One after another: artifacts share blobs (every cosign signature has the config `{}`), and two
  // copies of one blob into one repository at once race in the registry (BLOB_LINK_RACE_RETRY_MS).
  // They are small, and few per image.
  const outcomes: ArtifactOutcome[] = []
  // What the image and the artifacts before put at the target: a dry run, which writes none of it,
  // still plans each blob once, as the real run then moves it once.
  const coming = new Set(options.imageBlobs)
  // A dry run cannot PUT a referrer to see whether the registry indexes it (`OCI-Subject`): a
  // registry does exactly when it has the referrers API (distribution-spec, "Pushing Manifests with
  // Subject"), which one GET tells.
  let indexes: Promise<boolean> | undefined
  const indexesReferrers = (subject: string) => (indexes ??= options.limit(() => target.listReferrers(subject)).then((listed) => listed !== undefined))
  for (const artifact of artifacts) outcomes.push(await copyArtifact(artifact, source, target, options, unindexed, coming, indexesReferrers))
  const referrersTags: ReferrersTagOutcome[] = []
  for (const [subject, entries] of unindexed) {
    const index = await planReferrersIndex(target, subject, entries, options.limit)
    if (index === undefined) continue
    if (!options.dryRun) await options.limit(() => target.putManifest(index.tag, index.bytes, MEDIA_TYPES.ociIndex))
    referrersTags.push({ subject, tag: index.tag, action: options.dryRun ? 'would-write' : 'written' })
  }
  return { artifacts: outcomes, referrersTags }
}

async function copyArtifact(
  artifact: FoundArtifact,
  source: RepositoryClient,
  target: RepositoryClient,
  options: ArtifactCopyOptions,
  unindexed: Map<string, Descriptor[]>,
  coming: Set<string>,
  indexesReferrers: (subject: string) => Promise<boolean>,
): Promise<ArtifactOutcome> {
  const { limit } = options
  const reference = artifact.kind === 'tag' ? artifact.tag! : artifact.digest
  const there = await limit(() => target.headManifest(reference))
  if (there?.digest === artifact.digest) return { ...artifact, action: 'present' }
  if (there !== undefined) {
    options.warn(`${repositoryName(target)}:${reference} already points at ${there.digest}, not at the source's ${artifact.digest}; it was left alone`)
    return { ...artifact, action: 'kept-different', targetDigest: there.digest }
  }
  const manifest = artifact.manifest ?? (await limit(() => source.getManifest(artifact.digest)))
  if (manifest === undefined) return { ...artifact, action: 'present' }
  const graph = await readRegistryGraph(source, manifest, limit)
  const content = await copyContent(graph, registryBlobSource(source), target, {
    limit,
    mountFrom: [],
    ...(options.path === 'mount' ? { lender: source.repository } : {}),
    coming,
    dryRun: options.dryRun,
    ...(options.uploadsOfRun ? { uploadsOfRun: options.uploadsOfRun } : {}),
  })
  for (const blob of content.blobs) coming.add(blob.descriptor.digest)
  const unindex = () =>
    unindexed.set(artifact.subject, [
      ...(unindexed.get(artifact.subject) ?? []),
      referrerDescriptor({ digest: manifest.digest, size: manifest.bytes.length }, graph.root.parsed),
    ])
  if (options.dryRun) {
    if (artifact.kind === 'referrer' && !(await indexesReferrers(artifact.subject))) unindex()
    return { ...artifact, action: 'would-copy', content }
  }
  const put = await limit(() => target.putManifest(reference, manifest.bytes, manifest.mediaType))
  if (artifact.kind === 'referrer' && !put.subjectProcessed) unindex()
  return { ...artifact, action: 'copied', content }
}
