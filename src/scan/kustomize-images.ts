import type { ImageEntry, Spot } from './kustomize-spec.js'

/**
 * An image as a kustomize build carries it: its current value, and for each part (name, tag,
 * digest) the spot that decided it, so a finding about the tag points at the `newTag:` that set it
 * and one about the registry at the `newName:` (or the manifest's `image:` when nothing changed it).
 */
export interface EffectiveImage {
  readonly text: string
  /** Where the image was first written: a manifest's or a patch's `image:`. */
  readonly origin: Spot
  /** The image as written there. */
  readonly written: string
  readonly name: Spot
  readonly tag: Spot
  readonly digest: Spot
  /** The last spot that changed the value (the origin when nothing did). */
  readonly last: Spot
}

export function writtenImage(text: string, spot: Spot): EffectiveImage {
  return { text, origin: spot, written: text, name: spot, tag: spot, digest: spot, last: spot }
}

/**
 * kustomize's own split of an image (api/image/image.go, `Split`): the digest after `@`, the tag
 * after the last `:` of the last path component (a `host:5000/` port is not a tag), the name before.
 */
export function splitImage(image: string): { name: string; tag?: string; digest?: string } {
  const at = image.indexOf('@')
  const beforeDigest = at === -1 ? image : image.slice(0, at)
  const digest = at === -1 ? undefined : image.slice(at + 1)
  const colon = beforeDigest.lastIndexOf(':')
  const hasTag = colon > beforeDigest.lastIndexOf('/')
  const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest
  return { name, ...(hasTag ? { tag: beforeDigest.slice(colon + 1) } : {}), ...(digest !== undefined ? { digest } : {}) }
}

/** An entry that sets nothing (`name` only) changes no image. */
export function entryChangesImages(entry: ImageEntry): boolean {
  return entry.name !== undefined && (entry.newName !== undefined || entry.newTag !== undefined || entry.digest !== undefined || entry.tagSuffix !== undefined)
}

/**
 * One `images:` entry applied to one image, as kustomize's image tag transformer does
 * (api/filters/imagetag/updater.go): it matches when the image's name without tag and digest is
 * exactly `name`; `newName` replaces the name and keeps the tag and digest; `newTag` replaces the tag
 * and drops the digest; `digest` replaces the digest and drops the tag; both keep both; otherwise
 * `tagSuffix` is appended to the tag (https://github.com/kubernetes-sigs/kustomize/issues/4322). Undefined
 * when the entry does not match.
 */
export function applyImageEntry(image: EffectiveImage, entry: ImageEntry): EffectiveImage | undefined {
  if (!entryChangesImages(entry)) return undefined
  const parts = splitImage(image.text)
  if (parts.name !== entry.name?.text) return undefined
  let { name: nameSpot, tag: tagSpot, digest: digestSpot } = image
  let name = parts.name
  let tag = parts.tag
  let digest = parts.digest
  if (entry.newName) {
    name = entry.newName.text
    nameSpot = entry.newName.spot
  }
  if (entry.newTag) {
    tag = entry.newTag.text
    tagSpot = entry.newTag.spot
    digest = entry.digest?.text
    digestSpot = entry.digest?.spot ?? entry.newTag.spot
  } else if (entry.digest) {
    tag = undefined
    digest = entry.digest.text
    tagSpot = entry.digest.spot
    digestSpot = entry.digest.spot
  } else if (entry.tagSuffix) {
    tag = `${tag ?? ''}${entry.tagSuffix.text}`
    tagSpot = entry.tagSuffix.spot
  }
  const text = `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`
  const last = entry.newTag?.spot ?? entry.digest?.spot ?? entry.tagSuffix?.spot ?? entry.newName?.spot ?? image.last
  return { ...image, text, name: nameSpot, tag: tagSpot, digest: digestSpot, last }
}
