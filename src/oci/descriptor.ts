/** An OCI content descriptor (image-spec, https://github.com/opencontainers/image-spec/blob/main/descriptor.md), as read from a manifest or index. */
export interface Descriptor {
  readonly mediaType: string
  readonly digest: string
  readonly size: number
  readonly annotations?: Readonly<Record<string, string>>
  readonly platform?: Platform
  readonly artifactType?: string
  /** Embedded content, base64 (https://github.com/opencontainers/image-spec/blob/main/descriptor.md#embedded-content). */
  readonly data?: string
  /** Foreign/non-distributable layers carry URLs instead of living in the registry. */
  readonly urls?: readonly string[]
}

export interface Platform {
  readonly architecture: string
  readonly os: string
  readonly variant?: string
  readonly 'os.version'?: string
}

/** `linux/arm64/v8` */
export function formatPlatform(platform: Platform | undefined): string {
  if (platform === undefined) return 'unknown'
  return [platform.os, platform.architecture, platform.variant].filter((part) => part).join('/')
}

/**
 * Foreign (non-distributable) layers live outside registries: descriptors with `urls`, Docker's
 * foreign media type, OCI's deprecated nondistributable types (docs/registry-protocol.md#reading-blobs).
 */
export function isForeignLayer(descriptor: Descriptor): boolean {
  return (descriptor.urls?.length ?? 0) > 0 || /foreign|nondistributable/.test(descriptor.mediaType)
}
