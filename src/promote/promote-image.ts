import { isSameRegistry, isSameRepository, type Repository } from '../ref/index.js'
import type { RegistryClient, RepositoryClient } from '../registry/index.js'
import { copyContent, readRegistryGraph, readTags, registryBlobSource, settleAll, writeTags, type BlobProgress, type Limiter } from '../store/index.js'
import { copyArtifacts, findArtifacts, type FoundArtifact } from './artifacts.js'
import type { PromotionPath, PromotionReport, RepositoryPromoteReport, ResolvedSource, TargetPlan } from './types.js'

export interface PromoteOptions {
  /** Tags to point at the digest in every target, in write order (versioned before floating). */
  readonly tags: readonly string[]
  /** Each tag's write phase (its kind, or the marker): the tags of one phase are written at once (store's `writeTags`). */
  readonly phaseOf?: (tag: string) => string
  readonly dryRun: boolean
  /** One limiter per registry host. */
  readonly limiterFor: (registry: string) => Limiter
  /** Copy signatures, attestations and other referrers with the image (default true). */
  readonly artifacts?: boolean
  /**
   * Sees every target's plan (its tags and what they point at now) after all reads and before the
   * first write; throwing refuses the promotion with nothing written. Policy plugs in here.
   */
  readonly beforeWrite?: (plans: readonly TargetPlan[]) => void | Promise<void>
  readonly warn?: (message: string) => void
  /** Told what happens to each blob at each target, for progress lines. */
  readonly progress?: (target: Repository) => BlobProgress
  /**
   * The blobs the run's copies upload to each target, for a client that shares uploads within the
   * run (`withRunCache`): a dry run reports a blob another image uploads as present (store's `uploadsOfRun`).
   */
  readonly uploadsOfRun?: (target: Repository) => Set<string>
}

/** The path content takes to a target: chosen from where the target is, never configured. */
export function promotionPath(source: Repository, target: Repository): PromotionPath {
  if (!isSameRegistry(source, target)) return 'copy'
  return isSameRepository(source, target) ? 'same-repository' : 'mount'
}

/**
 * Promotes one resolved digest to every target in two phases. Reads: each target's tags (one HEAD
 * each); a target whose tags all point at the digest is done. Writes, only after `beforeWrite`
 * approved the plan: content (nothing in the same repository, mounts on the same registry, streamed
 * copies across registries; a second target on a registry mounts from the first), then artifacts,
 * then tags. The source's graph and artifacts are read once, and only when some target needs them.
 * The source may still be resolving: the targets' tags need nothing from it and are read meanwhile
 * (a failed resolution is reported before a failed target read).
 */
export async function promoteImage(
  client: RegistryClient,
  resolving: ResolvedSource | Promise<ResolvedSource>,
  listed: readonly Repository[],
  options: PromoteOptions,
): Promise<PromotionReport> {
  // A repository named twice is promoted to once: the dry run, which writes nothing, could not
  // foresee what a second pass would find.
  const targets = listed.filter((target, i) => listed.findIndex((other) => isSameRepository(other, target)) === i)
  const warn = options.warn ?? (() => {})
  const reads = targets.map((target) => {
    const repo = client.repository(target, { intent: 'push' })
    return { target, repo, current: readTags(repo, options.tags, options.limiterFor(target.registry)) }
  })
  const [resolved, current] = await Promise.allSettled([resolving, settleAll(reads.map((read) => read.current))])
  if (resolved.status === 'rejected') throw resolved.reason
  if (current.status === 'rejected') throw current.reason
  const source = resolved.value
  const sourceRepo = client.repository(source)
  const sourceLimit = options.limiterFor(source.registry)
  const plans = reads.map(({ target, repo }, i): TargetPlan & { repo: RepositoryClient } => {
    const tags = current.value[i]!
    return {
      source,
      target,
      repo,
      path: promotionPath(source, target),
      digest: source.digest,
      tags: options.tags.map((tag) => ({ tag, current: tags.get(tag) })),
    }
  })
  await options.beforeWrite?.(plans)

  const graph = once(() =>
    readRegistryGraph(sourceRepo, { bytes: source.root.bytes, mediaType: source.root.parsed.mediaType, digest: source.digest }, sourceLimit),
  )
  const artifacts = once(async (): Promise<FoundArtifact[]> => (options.artifacts === false ? [] : findArtifacts(sourceRepo, await graph(), sourceLimit)))

  const promoteTo = async (plan: (typeof plans)[number], lender: string | undefined): Promise<RepositoryPromoteReport> => {
    const base = { target: plan.target, path: plan.path, digest: source.digest }
    const upToDate =
      plan.path === 'same-repository'
        ? plan.tags.every((t) => t.current === source.digest)
        : plan.tags.length > 0 && plan.tags.every((t) => t.current === source.digest)
    const current = new Map(plan.tags.map((t) => [t.tag, t.current]))
    if (upToDate)
      return {
        ...base,
        upToDate: true,
        content: undefined,
        artifacts: [],
        referrersTags: [],
        tags: plan.tags.map((t) => ({ tag: t.tag, action: 'unchanged', previous: t.current })),
      }
    const limit = options.limiterFor(plan.target.registry)
    if (plan.path === 'same-repository') {
      // A retag: the manifest already there under its digest, so no blob request at all.
      const tags = await writeTags(plan.repo, source.root, options.tags, current, {
        limit,
        dryRun: options.dryRun,
        phaseOf: options.phaseOf,
        manifestThere: true,
      })
      return { ...base, upToDate: false, content: undefined, artifacts: [], referrersTags: [], tags }
    }
    const sourceGraph = await graph()
    const runUploads = options.uploadsOfRun ? { uploadsOfRun: options.uploadsOfRun(plan.target) } : {}
    // Finding artifacts only reads the source, so it runs while the copy reads the target; the copy
    // waits for it before its first write, so a source that lists artifacts without end (or in a
    // loop) is refused with nothing written (issue 12).
    const finding = artifacts()
    finding.catch(() => {}) // awaited below; a failed copy must not leave it unobserved
    const copied = await copyContent(sourceGraph, registryBlobSource(sourceRepo), plan.repo, {
      limit,
      mountFrom: [],
      ...(lender !== undefined ? { lender } : {}),
      dryRun: options.dryRun,
      beforeWrite: () => finding,
      ...(options.progress ? { progress: options.progress(plan.target) } : {}),
      ...runUploads,
    })
    const found = await finding
    // Referrers are written after their subject (Docker Hub refuses them before, https://github.com/docker/hub-feedback/issues/2372),
    // and an image without tags still lands by digest.
    const byDigest = !copied.rootPresent && (found.length > 0 || options.tags.length === 0)
    if (byDigest && !options.dryRun) await limit(() => plan.repo.putManifest(source.digest, source.root.bytes, source.root.parsed.mediaType))
    const content = byDigest
      ? {
          ...copied,
          manifests: [...copied.manifests, { descriptor: source.root.descriptor, action: options.dryRun ? ('would-put' as const) : ('put' as const) }],
        }
      : copied
    const imageBlobs = copied.rootPresent ? sourceGraph.blobs.map((blob) => blob.digest) : copied.blobs.map((blob) => blob.descriptor.digest)
    const { artifacts: artifactOutcomes, referrersTags } = await copyArtifacts(found, sourceRepo, plan.repo, {
      path: plan.path,
      limit,
      dryRun: options.dryRun,
      warn,
      imageBlobs,
      ...runUploads,
    })
    const tags = await writeTags(plan.repo, source.root, options.tags, current, {
      limit,
      dryRun: options.dryRun,
      phaseOf: options.phaseOf,
      manifestThere: copied.rootPresent || byDigest,
    })
    return { ...base, upToDate: false, content, artifacts: artifactOutcomes, referrersTags, tags }
  }

  const byRegistry = new Map<string, (typeof plans)[number][]>()
  for (const plan of plans) byRegistry.set(plan.target.registry, [...(byRegistry.get(plan.target.registry) ?? []), plan])
  const perRegistry = await settleAll(
    [...byRegistry.values()].map(async (group) => {
      if (group[0]!.path !== 'copy') {
        // Same registry as the source: every target mounts from it.
        return settleAll(group.map((plan) => promoteTo(plan, source.repository)))
      }
      // Another registry: the first target receives the bytes, the others mount from it.
      const [first, ...rest] = group
      const firstReport = await promoteTo(first!, undefined)
      return [firstReport, ...(await settleAll(rest.map((plan) => promoteTo(plan, first!.target.repository))))]
    }),
  )
  const reports = perRegistry.flat()
  return { source, targets: targets.map((target) => reports.find((r) => isSameRepository(r.target, target))!) }
}

/** A lazy value computed at most once, shared by concurrent callers. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => (value ??= compute())
}
