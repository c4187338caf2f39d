import { isSameRepository, repositoryKey, type Repository } from '../ref/index.js'
import type { RegistryClient, RepositoryClient } from '../registry/index.js'
import {
  copyContent,
  readTags,
  settleAll,
  writeTags,
  type BlobProgress,
  type BlobSource,
  type ContentReport,
  type ImageGraph,
  type Limiter,
  type TagOutcome,
} from '../store/index.js'

export interface PushOptions {
  /** Tags to point at the image, in write order (versioned before floating). */
  readonly tags: readonly string[]
  /** Each tag's write phase (its kind): the tags of one phase are written at once (store's `writeTags`). */
  readonly phaseOf?: (tag: string) => string
  readonly dryRun: boolean
  /** One limiter per registry host. */
  readonly limiterFor: (registry: string) => Limiter
  /** Extra repositories per registry known to hold the blobs (mount sources). */
  readonly mountFrom?: (registry: string) => readonly string[]
  /**
   * Sees every target's tags as they are now, after all reads and before the first write; throwing
   * stops the push with nothing written. Policy (`tag.immutable`) plugs in here.
   */
  readonly beforeWrite?: (plans: readonly PushPlan[]) => void | Promise<void>
  /** Told what happens to each blob at each target, for progress lines. */
  readonly progress?: (target: Repository) => BlobProgress
}

/** One target's tags before the push: what each points at now. */
export interface PushPlan {
  readonly target: Repository
  readonly digest: string
  readonly tags: readonly { readonly tag: string; readonly current: string | undefined }[]
}

export interface RepositoryPushReport {
  readonly target: Repository
  readonly digest: string
  /** True when every tag already pointed at the digest: the push was a handful of HEADs. */
  readonly upToDate: boolean
  readonly content: ContentReport | undefined
  readonly tags: readonly TagOutcome[]
}

/**
 * Pushes one image to every target. Targets on one registry go one after another only as far as
 * needed: the first receives the blobs, the others mount them from it (same registry only; a mount
 * across registries breaks pushes, https://github.com/google/go-containerregistry/issues/1741). Registries run in parallel.
 */
export async function pushImage(
  client: RegistryClient,
  graph: ImageGraph,
  source: BlobSource,
  listed: readonly Repository[],
  options: PushOptions,
): Promise<RepositoryPushReport[]> {
  // A repository named twice (two spellings of one name) is pushed once: a second pass would
  // find what the first wrote, and a dry run, which writes nothing, could not say so.
  const targets = listed.filter((target, i) => listed.findIndex((other) => repositoryKey(other) === repositoryKey(target)) === i)
  const digest = graph.root.descriptor.digest
  // Reads first, for every target: the tags as they are now.
  const current = new Map(
    await settleAll(
      targets.map(
        async (target) => [repositoryKey(target), await readTags(client.repository(target), options.tags, options.limiterFor(target.registry))] as const,
      ),
    ),
  )
  await options.beforeWrite?.(
    targets.map((target) => ({ target, digest, tags: options.tags.map((tag) => ({ tag, current: current.get(repositoryKey(target))!.get(tag) })) })),
  )
  const byRegistry = new Map<string, Repository[]>()
  for (const target of targets) byRegistry.set(target.registry, [...(byRegistry.get(target.registry) ?? []), target])
  const perRegistry = await settleAll(
    [...byRegistry.entries()].map(async ([registry, group]) => {
      const [first, ...rest] = group
      const mountFrom = (options.mountFrom?.(registry) ?? []).map((repository) => client.repository({ registry, repository }))
      const to = (target: Repository, lender: string | undefined) =>
        pushToRepository(client.repository({ registry, repository: target.repository }), graph, source, current.get(repositoryKey(target))!, {
          ...options,
          mountFrom,
          ...(lender !== undefined ? { lender } : {}),
        })
      const firstReport = await to(first!, undefined)
      // The first target holds every blob now: the others mount from it.
      const others = await settleAll(rest.map((target) => to(target, first!.repository)))
      return [firstReport, ...others]
    }),
  )
  const reports = perRegistry.flat()
  // Report in the order the user listed the targets.
  return targets.map((target) => reports.find((report) => isSameRepository(report.target, target))!)
}

async function pushToRepository(
  target: RepositoryClient,
  graph: ImageGraph,
  source: BlobSource,
  current: ReadonlyMap<string, string | undefined>,
  options: Omit<PushOptions, 'mountFrom'> & { readonly mountFrom: readonly RepositoryClient[]; readonly lender?: string },
): Promise<RepositoryPushReport> {
  const limit = options.limiterFor(target.registry)
  const digest = graph.root.descriptor.digest
  const where = { registry: target.registry, repository: target.repository }
  // Re-push of an image the registry has: one HEAD per tag and nothing else (docs/decisions.md#budgets).
  if (options.tags.length > 0 && options.tags.every((tag) => current.get(tag) === digest)) {
    return { target: where, digest, upToDate: true, content: undefined, tags: options.tags.map((tag) => ({ tag, action: 'unchanged', previous: digest })) }
  }
  const copied = await copyContent(graph, source, target, {
    limit,
    mountFrom: options.mountFrom,
    ...(options.lender !== undefined ? { lender: options.lender } : {}),
    dryRun: options.dryRun,
    ...(options.progress ? { progress: options.progress(where) } : {}),
  })
  // No tag: the image is still pushed, by digest.
  const byDigest = options.tags.length === 0 && !copied.rootPresent
  if (byDigest && !options.dryRun) await limit(() => target.putManifest(digest, graph.root.bytes, graph.root.parsed.mediaType))
  const content = byDigest
    ? { ...copied, manifests: [...copied.manifests, { descriptor: graph.root.descriptor, action: options.dryRun ? ('would-put' as const) : ('put' as const) }] }
    : copied
  const tags = await writeTags(target, graph.root, options.tags, current, {
    limit,
    dryRun: options.dryRun,
    phaseOf: options.phaseOf,
    manifestThere: copied.rootPresent,
  })
  return { target: where, digest, upToDate: false, content, tags }
}
