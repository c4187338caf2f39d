/** Manifest media types (https://github.com/opencontainers/image-spec/blob/main/media-types.md; Docker: https://distribution.github.io/distribution/spec/manifest-v2-2/). */
export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const

export const INDEX_MEDIA_TYPES: readonly string[] = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]
export const IMAGE_MANIFEST_MEDIA_TYPES: readonly string[] = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]
export const MANIFEST_MEDIA_TYPES: readonly string[] = [...INDEX_MEDIA_TYPES, ...IMAGE_MANIFEST_MEDIA_TYPES]

/**
 * Sent on every manifest GET and HEAD. Without the index types a registry may rewrite the content or
 * answer 404 (distribution 2.8: "OCI index found, but accept header does not support OCI indexes"),
 * so a missing type looks like a missing manifest (docs/registry-protocol.md#manifest-media-types).
 */
export const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ')

export function isIndexMediaType(mediaType: string): boolean {
  return INDEX_MEDIA_TYPES.includes(mediaType)
}

export function isManifestMediaType(mediaType: string): boolean {
  return MANIFEST_MEDIA_TYPES.includes(mediaType)
}

/** `Content-Type` may carry parameters; the spec says to ignore them when comparing. */
export function baseMediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase()
}
