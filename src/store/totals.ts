import type { ContentReport } from './copy-content.js'
import type { TagOutcome } from './write-tags.js'

/**
 * Totals of what went to one repository (push or promote), for outputs, logs and the job summary. A
 * dry run's totals are those of its plan (`would-*`), so they compare one to one with the real run's.
 */
export interface TransferTotals {
  readonly blobsUploaded: number
  readonly blobsMounted: number
  readonly blobsPresent: number
  readonly bytesSent: number
  readonly manifestsPut: number
  readonly tagsCreated: number
  readonly tagsMoved: number
  readonly tagsUnchanged: number
}

export function transferTotals(report: { readonly content: ContentReport | undefined; readonly tags: readonly TagOutcome[] }): TransferTotals {
  const blobs = report.content?.blobs ?? []
  const count = (predicate: (action: string) => boolean) => blobs.filter((blob) => predicate(blob.action)).length
  const tagCount = (...actions: string[]) => report.tags.filter((tag) => actions.includes(tag.action)).length
  return {
    blobsUploaded: count((action) => action === 'uploaded' || action === 'would-upload'),
    blobsMounted: count((action) => action === 'mounted' || action === 'would-mount'),
    blobsPresent: count((action) => action === 'present'),
    bytesSent: blobs.reduce((sum, blob) => sum + blob.bytesSent, 0),
    manifestsPut: (report.content?.manifests ?? []).filter((manifest) => manifest.action !== 'present').length,
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
