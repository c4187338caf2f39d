import { DEFAULT_TAG } from './tag.js'
import type { ImageReference } from './types.js'

/**
 * What a registry is asked for. A digest wins over a tag written next to it: normalize.go
 * `ParseDockerRef` drops the tag of `name:tag@digest`, so the tag is only a label there. Without
 * either, the tag is `latest` and `implicit` says that nobody wrote it.
 */
export type ResolutionTarget =
  | { readonly kind: 'digest'; readonly digest: string; readonly ignoredTag: string | undefined }
  | { readonly kind: 'tag'; readonly tag: string; readonly implicit: boolean }

export function resolutionTarget(ref: Pick<ImageReference, 'tag' | 'digest'>): ResolutionTarget {
  if (ref.digest !== undefined) return { kind: 'digest', digest: ref.digest, ignoredTag: ref.tag }
  return ref.tag === undefined ? { kind: 'tag', tag: DEFAULT_TAG, implicit: true } : { kind: 'tag', tag: ref.tag, implicit: false }
}

/** True when neither a tag nor a digest was written, so the reference means the mutable `latest`. */
export function isImplicitLatest(ref: Pick<ImageReference, 'tag' | 'digest'>): boolean {
  return ref.tag === undefined && ref.digest === undefined
}

/**
 * The tag the reference names: the written one, `latest` when neither tag nor digest was written,
 * undefined for a digest-only reference. With both, this is the written tag, which is not what gets
 * resolved (see `resolutionTarget`).
 */
export function effectiveTag(ref: Pick<ImageReference, 'tag' | 'digest'>): string | undefined {
  return isImplicitLatest(ref) ? DEFAULT_TAG : ref.tag
}
