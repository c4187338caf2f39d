import { repositoryName } from '../ref/index.js'
import type { RepositoryClient } from '../registry/index.js'
import type { ManifestNode } from '../oci/index.js'
import type { Limiter } from './limiter.js'
import { TagOverwrittenError, TagWriteError } from './errors.js'

/** What became of one tag. */
export type TagAction = 'unchanged' | 'created' | 'moved' | 'would-create' | 'would-move'

export interface TagOutcome {
  readonly tag: string
  readonly action: TagAction
  /** The digest the tag pointed at before, when it existed. */
  readonly previous?: string
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
 * Points each tag at the root, in the order given (callers put versioned tags before floating
 * ones). A tag already at the digest is left alone: no PUT, which is what lets a re-run succeed on
 * registries with immutable tags (ECR rejects even a same-digest re-push, https://github.com/aws/containers-roadmap/issues/2380).
 * Tags are written one after another so that a failure leaves a clear line between written and not.
 */
export async function writeTags(
  target: RepositoryClient,
  root: ManifestNode,
  tags: readonly string[],
  current: ReadonlyMap<string, string | undefined>,
  options: { readonly limit: Limiter; readonly dryRun: boolean },
): Promise<TagOutcome[]> {
  const digest = root.descriptor.digest
  const outcomes: TagOutcome[] = []
  for (const tag of tags) {
    const previous = current.get(tag)
    if (previous === digest) {
      outcomes.push({ tag, action: 'unchanged', previous })
      continue
    }
    const moving = previous !== undefined
    if (options.dryRun) {
      outcomes.push({ tag, action: moving ? 'would-move' : 'would-create', ...(moving ? { previous } : {}) })
      continue
    }
    try {
      await options.limit(() => target.putManifest(tag, root.bytes, root.parsed.mediaType))
    } catch (error) {
      throw new TagWriteError(repositoryName(target), digest, outcomes, tags.slice(outcomes.length), error)
    }
    outcomes.push({ tag, action: moving ? 'moved' : 'created', ...(moving ? { previous } : {}) })
  }
  await confirmTags(target, digest, outcomes, options.limit)
  return outcomes
}

/**
 * Registries offer no compare-and-swap on tags: another writer may put the same tag between our
 * HEAD and our PUT, or after it, and the last PUT wins. So every tag written is read again, and one
 * that no longer points at the digest is reported as lost to a concurrent writer, never left silent.
 */
async function confirmTags(target: RepositoryClient, digest: string, outcomes: readonly TagOutcome[], limit: Limiter): Promise<void> {
  const written = outcomes.filter((outcome) => outcome.action === 'created' || outcome.action === 'moved')
  const now = await Promise.all(written.map(async (outcome) => ({ tag: outcome.tag, digest: (await limit(() => target.headManifest(outcome.tag)))?.digest })))
  const lost = now.filter((tag) => tag.digest !== digest)
  if (lost.length > 0) throw new TagOverwrittenError(repositoryName(target), digest, lost)
}
