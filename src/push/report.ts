import { repositoryName } from '../ref/index.js'
import { tagOutcomeJson, transferTotals as pushTotals, type TransferTotals as PushTotals } from '../store/index.js'
import type { RepositoryPushReport } from './push-image.js'

export { pushTotals, type PushTotals }

/** The `json` output's per-repository entry. */
export function pushReportJson(report: RepositoryPushReport): Record<string, unknown> {
  const name = repositoryName(report.target)
  return {
    repository: name,
    digest: report.digest,
    ref: `${name}@${report.digest}`,
    upToDate: report.upToDate,
    tags: report.tags.map((tag) => tagOutcomeJson(tag, report.digest)),
    ...pushTotals(report),
  }
}

export { formatBytes } from '../store/index.js'
