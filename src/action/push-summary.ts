import { repositoryName } from '../ref/index.js'
import type { PushResult } from '../commands/push.js'
import { pushTotals } from '../push/report.js'
import { describeTransfer } from '../commands/transfer-words.js'
import type { PolicyGate } from '../commands/policy-gate.js'
import { policySummary } from './policy-summary.js'
import { escapeHtml } from './summary.js'
import { tagOutcomesTable } from './tag-outcomes-table.js'
import { writeStepSummary } from './step-summary.js'

/** Per repository: what each tag did, then what travelled (blobs uploaded / mounted / already there, bytes). */
export function buildPushSummary(result: PushResult, dryRun: boolean, gate?: PolicyGate): string {
  const parts = [`<h2>shiptag: push${dryRun ? ' (dry run: nothing written)' : ''}</h2>`, `<p>Image <code>${escapeHtml(result.digest)}</code></p>`]
  for (const report of result.reports) {
    const name = repositoryName(report.target)
    const totals = pushTotals(report)
    parts.push(`<h3><code>${escapeHtml(name)}</code></h3>`)
    parts.push(tagOutcomesTable(report.tags, report.digest) || '<p>No tag: pushed by digest only.</p>')
    parts.push(
      report.upToDate
        ? '<p>Already up to date: every tag pointed at this digest; nothing was sent.</p>'
        : `<p>Blobs: ${escapeHtml(describeTransfer(totals, dryRun))}.</p>`,
    )
  }
  if (gate)
    parts.push(
      policySummary(
        gate,
        result.reports.map((report) => report.target),
      ),
    )
  if (result.warnings.length > 0) parts.push('<h3>Warnings</h3>', `<ul>${result.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`)
  return parts.join('\n')
}

export async function writePushSummary(result: PushResult, dryRun: boolean, gate?: PolicyGate): Promise<void> {
  await writeStepSummary(buildPushSummary(result, dryRun, gate))
}
