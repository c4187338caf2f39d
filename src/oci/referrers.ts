import type { Descriptor } from './descriptor.js'
import type { ParsedManifest } from './manifest.js'

/**
 * The referrers tag of a subject digest (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#referrers-tag-schema,
 * docs/registry-protocol.md#referrers): the algorithm cut to 32 characters, `-`, the encoded part cut to 64, every character a tag
 * cannot hold replaced by `-`.
 */
export function referrersTag(digest: string): string {
  const colon = digest.indexOf(':')
  const algorithm = digest.slice(0, colon).slice(0, 32)
  const encoded = digest.slice(colon + 1).slice(0, 64)
  return `${algorithm}-${encoded}`.replace(/[^a-zA-Z0-9_.-]/g, '-')
}

/** The cosign tag-schema attachments of a digest: signature, attestation, SBOM (cosign `pkg/oci/remote`). */
export const COSIGN_TAG_SUFFIXES = ['.sig', '.att', '.sbom'] as const

export function cosignTags(digest: string): string[] {
  return COSIGN_TAG_SUFFIXES.map((suffix) => `${referrersTag(digest)}${suffix}`)
}

/**
 * The descriptor a referrers index lists for a manifest (spec "Pushing Manifests with Subject"):
 * `artifactType` is the manifest's own, else its config's media type; annotations are the manifest's.
 */
export function referrerDescriptor(manifest: { digest: string; size: number }, parsed: ParsedManifest): Descriptor {
  const artifactType = parsed.artifactType ?? (parsed.kind === 'image' ? parsed.config.mediaType : undefined)
  const annotations = parsed.annotations
  return {
    mediaType: parsed.mediaType,
    digest: manifest.digest,
    size: manifest.size,
    ...(artifactType !== undefined ? { artifactType } : {}),
    ...(annotations !== undefined && Object.keys(annotations).length > 0 ? { annotations } : {}),
  }
}
