import type { RepositoryPushReport } from './push-image.js'

/** Totals of one repository's push, for outputs, logs and the job summary. */
export interface PushTotals {
  readonly blobsUploaded: number
  readonly blobsMounted: number
  readonly blobsPresent: number
  readonly bytesSent: number
  readonly manifestsPut: number
  readonly tagsCreated: number
  readonly tagsMoved: number
  readonly tagsUnchanged: number
}

export function pushTotals(report: RepositoryPushReport): PushTotals {
  const blobs = report.content?.blobs ?? []
  const count = (predicate: (action: string) => boolean) => blobs.filter((blob) => predicate(blob.action)).length
  const tagCount = (...actions: string[]) => report.tags.filter((tag) => actions.includes(tag.action)).length
  return {
    blobsUploaded: count((action) => action === 'uploaded' || action === 'would-upload' || action === 'would-mount-or-upload'),
    blobsMounted: count((action) => action === 'mounted'),
    blobsPresent: count((action) => action === 'present'),
    bytesSent: blobs.reduce((sum, blob) => sum + blob.bytesSent, 0),
    manifestsPut: (report.content?.manifests ?? []).filter((manifest) => manifest.action !== 'present').length,
    tagsCreated: tagCount('created', 'would-create'),
    tagsMoved: tagCount('moved', 'would-move'),
    tagsUnchanged: tagCount('unchanged'),
  }
}

/** The `json` output's per-repository entry. */
export function pushReportJson(report: RepositoryPushReport): Record<string, unknown> {
  const name = `${report.target.registry}/${report.target.repository}`
  return {
    repository: name,
    digest: report.digest,
    ref: `${name}@${report.digest}`,
    upToDate: report.upToDate,
    tags: report.tags.map((tag) => ({ tag: tag.tag, action: tag.action, ...(tag.previous && tag.previous !== report.digest ? { previous: tag.previous } : {}) })),
    ...pushTotals(report),
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
