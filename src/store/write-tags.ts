import { repositoryName } from '../ref/index.js'
import type { RepositoryClient } from '../registry/index.js'
import type { ManifestNode } from '../oci/index.js'
import type { Limiter } from './limiter.js'
import { TagOverwrittenError, TagWriteError } from './errors.js'
import { writePhases } from './tag-phases.js'

/** What became of one tag. */
export type TagAction = 'unchanged' | 'created' | 'moved' | 'would-create' | 'would-move'

export interface TagOutcome {
  readonly tag: string
  readonly action: TagAction
  /** The digest the tag pointed at before, when it existed. */
  readonly previous?: string
}

export interface TagWriteOptions {
  readonly limit: Limiter
  readonly dryRun: boolean
  /**
   * The write phase of a tag: its kind (`versioned`, `floating`), or an environment's marker. A run
   * of consecutive tags of one phase is written at once; see `writeTags`. Without it, every tag is
   * a phase of its own, written and read back before the next.
   */
  readonly phaseOf?: (tag: string) => string
  /**
   * The root is already in the repository (a retag, or written by digest first), so the registry
   * has accepted it and every PUT of a phase goes at once. Otherwise the first PUT goes alone: a
   * registry that refuses the manifest refuses it once, not once a tag (issue 13).
   */
  readonly manifestThere?: boolean
}

/** The digest the tag pointed at before, when that was another one (the tag moved); else undefined. */
export function movedFrom(tag: TagOutcome, digest: string): string | undefined {
  return tag.previous && tag.previous !== digest ? tag.previous : undefined
}

/** A tag's entry in the `json` output: its name, what became of it, and where it pointed before a move. */
export function tagOutcomeJson(tag: TagOutcome, digest: string): Record<string, string> {
  const previous = movedFrom(tag, digest)
  return { tag: tag.tag, action: tag.action, ...(previous !== undefined ? { previous } : {}) }
}

/** The digest each tag points at now (HEAD with the full Accept list), undefined where it does not exist. */
export async function readTags(target: RepositoryClient, tags: readonly string[], limit: Limiter): Promise<Map<string, string | undefined>> {
  const entries = await Promise.all(tags.map(async (tag) => [tag, (await limit(() => target.headManifest(tag)))?.digest] as const))
  return new Map(entries)
}

/**
 * Points each tag at the root, phase after phase in the order given (callers put versioned tags
 * before floating ones, docs/policy.md#versioned-tags-first). The tags of one phase are PUT at once,
 * bounded by `limit`, and read back; the next phase starts only when every tag of this one is written
 * and read back, so a failure never leaves `latest` at an image whose version tag is missing. A tag
 * already at the digest is left alone: no PUT, which is what lets a re-run succeed on registries
 * with immutable tags (ECR rejects even a same-digest re-push, https://github.com/aws/containers-roadmap/issues/2380).
 * Outcomes, and a failure's lists of tags written and not, are in the order given, never in the
 * order the registry answered.
 */
export async function writeTags(
  target: RepositoryClient,
  root: ManifestNode,
  tags: readonly string[],
  current: ReadonlyMap<string, string | undefined>,
  options: TagWriteOptions,
): Promise<TagOutcome[]> {
  const digest = root.descriptor.digest
  const planned = tags.map((tag) => plannedOutcome(tag, current.get(tag), digest, options.dryRun))
  if (options.dryRun) return planned
  const outcomes: (TagOutcome | undefined)[] = tags.map(() => undefined)
  const failed = (cause: unknown) =>
    new TagWriteError(
      repositoryName(target),
      digest,
      outcomes.filter((outcome) => outcome !== undefined),
      tags.filter((_tag, i) => outcomes[i] === undefined),
      cause,
    )
  let accepted = options.manifestThere === true
  for (const phase of writePhases(tags, options.phaseOf)) {
    const writing = phase.filter((i) => planned[i]!.action !== 'unchanged')
    for (const i of phase) if (planned[i]!.action === 'unchanged') outcomes[i] = planned[i]
    const batches = accepted || writing.length < 2 ? [writing] : [writing.slice(0, 1), writing.slice(1)]
    for (const batch of batches) {
      // Every PUT of the batch is awaited, failed or not, so the report knows each tag's fate.
      const puts = await Promise.allSettled(batch.map((i) => options.limit(() => target.putManifest(tags[i]!, root.bytes, root.parsed.mediaType))))
      puts.forEach((put, n) => {
        if (put.status === 'fulfilled') outcomes[batch[n]!] = planned[batch[n]!]
      })
      const refused = puts.find((put): put is PromiseRejectedResult => put.status === 'rejected')
      if (refused) throw failed(refused.reason)
      accepted ||= batch.length > 0
    }
    const lost = await confirmTags(
      target,
      digest,
      writing.map((i) => tags[i]!),
      options.limit,
    ).catch((error: unknown) => {
      throw failed(error)
    })
    if (lost.length > 0)
      throw new TagOverwrittenError(
        repositoryName(target),
        digest,
        lost,
        tags.filter((_tag, i) => outcomes[i] === undefined),
      )
  }
  return outcomes.map((outcome, i) => outcome ?? planned[i]!)
}

/** What the reads say will become of a tag: left alone, or created or moved (`would-*` in a dry run). */
function plannedOutcome(tag: string, previous: string | undefined, digest: string, dryRun: boolean): TagOutcome {
  if (previous === digest) return { tag, action: 'unchanged', previous }
  if (previous === undefined) return { tag, action: dryRun ? 'would-create' : 'created' }
  return { tag, action: dryRun ? 'would-move' : 'moved', previous }
}

/**
 * Registries offer no compare-and-swap on tags: another writer may put the same tag between our
 * HEAD and our PUT, or after it, and the last PUT wins. So every tag written is read again, and one
 * that no longer points at the digest is reported as lost to a concurrent writer, never left silent
 * (docs/decisions.md#tag-read-back).
 */
async function confirmTags(target: RepositoryClient, digest: string, written: readonly string[], limit: Limiter) {
  const now = await Promise.all(written.map(async (tag) => ({ tag, digest: (await limit(() => target.headManifest(tag)))?.digest })))
  return now.filter((tag) => tag.digest !== digest)
}
