import type { BlobOutcome, ContentReport } from './copy-content.js'
import type { TagOutcome } from './write-tags.js'

/**
 * Totals of what went to one repository (push or promote), for outputs, logs and the job summary:
 * the image's content and that of the artifacts copied with it (signatures, attestations). A dry
 * run's totals are those of its plan (`would-*`), so they compare one to one with the real run's.
 */
export interface TransferTotals {
  readonly blobsUploaded: number
  readonly blobsMounted: number
  readonly blobsPresent: number
  readonly bytesSent: number
  /** Manifests written by digest: an index's children, an image without tags, an artifact's own children. */
  readonly manifestsPut: number
  /** Artifacts whose manifest is written (copied, or in a dry run to be copied). */
  readonly artifactsCopied: number
  /** Referrers tags (`sha256-<hex>`) written, for a registry without the referrers API. */
  readonly referrersTagsWritten: number
  readonly tagsCreated: number
  readonly tagsMoved: number
  readonly tagsUnchanged: number
}

export interface TransferReport {
  readonly content: ContentReport | undefined
  readonly tags: readonly TagOutcome[]
  readonly artifacts?: readonly { readonly action: string; readonly content?: ContentReport }[]
  readonly referrersTags?: readonly { readonly action: string }[]
}

export function transferTotals(report: TransferReport): TransferTotals {
  const copiedArtifacts = (report.artifacts ?? []).filter((artifact) => artifact.action === 'copied' || artifact.action === 'would-copy')
  const contents = [report.content, ...copiedArtifacts.map((artifact) => artifact.content)]
  const blobs: BlobOutcome[] = contents.flatMap((content) => content?.blobs ?? [])
  const count = (...actions: string[]) => blobs.filter((blob) => actions.includes(blob.action)).length
  const tagCount = (...actions: string[]) => report.tags.filter((tag) => actions.includes(tag.action)).length
  return {
    blobsUploaded: count('uploaded', 'would-upload'),
    blobsMounted: count('mounted', 'would-mount'),
    blobsPresent: count('present'),
    bytesSent: blobs.reduce((sum, blob) => sum + blob.bytesSent, 0),
    manifestsPut: contents.flatMap((content) => content?.manifests ?? []).filter((manifest) => manifest.action !== 'present').length,
    artifactsCopied: copiedArtifacts.length,
    referrersTagsWritten: (report.referrersTags ?? []).length,
    tagsCreated: tagCount('created', 'would-create'),
    tagsMoved: tagCount('moved', 'would-move'),
    tagsUnchanged: tagCount('unchanged'),
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}
