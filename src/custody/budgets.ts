/**
 * How much of a registry custody reads for one subject digest: signatures and bundles are a few
 * kilobytes each (a simple-signing payload is under 1 KiB, a bundle with its certificate and
 * transparency-log entry 4 to 10 KiB), and an image carries a handful. A registry that answers with
 * more (a huge layer, thousands of referrers, a tag with thousands of layers) is refused part by
 * part, each refusal said in words, so looking costs a bounded number of requests and bytes.
 */
export interface EvidenceLimits {
  /** One signature layer or bundle, in bytes (1 MiB). Past it the blob is not read. */
  readonly maxBlobBytes: number
  /** A referrer's manifest, by its descriptor's size, before it is read (64 KiB). */
  readonly maxReferrerManifestBytes: number
  /** Signature layers and bundles read for one subject (64). */
  readonly maxItems: number
  /** Bundle referrers read for one subject, after filtering by artifact type (64). */
  readonly maxReferrers: number
  /** Manifests and blobs read for one subject together, in bytes (16 MiB). */
  readonly maxTotalBytes: number
}

export const EVIDENCE_LIMITS: EvidenceLimits = {
  maxBlobBytes: 1024 * 1024,
  maxReferrerManifestBytes: 64 * 1024,
  maxItems: 64,
  maxReferrers: 64,
  maxTotalBytes: 16 * 1024 * 1024,
}

/** `1 MiB`, `300 KiB`, `12 bytes`: sizes in custody's messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`
  return `${bytes} bytes`
}

/** `size`, said so that it reads as more than `limit` (`1 MiB` past `1 MiB` would not). */
export function sizeAbove(size: number, limit: number): string {
  return formatSize(size) === formatSize(limit) ? `${size} bytes` : formatSize(size)
}

/** What is left of the limits while one subject is looked at; every read takes from it first. */
export class EvidenceBudget {
  private bytes = 0
  private items = 0

  constructor(readonly limits: EvidenceLimits) {}

  /** Takes `size` bytes for one more signature or bundle; a reason in words when over a limit. */
  takeItem(size: number): string | undefined {
    if (size > this.limits.maxBlobBytes)
      return `${sizeAbove(size, this.limits.maxBlobBytes)}, past the ${formatSize(this.limits.maxBlobBytes)} shiptag reads for one signature or bundle`
    if (this.items >= this.limits.maxItems) return `past the ${this.limits.maxItems} signatures and bundles shiptag reads for one digest`
    const over = this.takeBytes(size)
    if (over !== undefined) return over
    this.items++
    return undefined
  }

  /** Signatures and bundles that may still be read. */
  get itemsLeft(): number {
    return this.limits.maxItems - this.items
  }

  /** Counts bytes read (a manifest); a reason in words when they go past the total. */
  takeBytes(size: number): string | undefined {
    if (this.bytes + size > this.limits.maxTotalBytes) return `past the ${formatSize(this.limits.maxTotalBytes)} shiptag reads for one digest`
    this.bytes += size
    return undefined
  }
}
