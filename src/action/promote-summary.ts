import { repositoryName } from '../ref/index.js'
import type { PromoteResult } from '../commands/promote.js'
import { promoteTotals, type PromotionPath } from '../promote/index.js'
import { describeTransfer } from '../commands/transfer-words.js'
import { deploymentsSummary } from './deployments-summary.js'
import type { PolicyGate } from '../commands/policy-gate.js'
import { policySummary } from './policy-summary.js'
import { escapeHtml } from './summary.js'
import { tagOutcomesTable } from './tag-outcomes-table.js'
import { writeStepSummary } from './step-summary.js'

const PATH_WORDS: Record<PromotionPath, string> = {
  'same-repository': 'retag in the same repository (no blob moved)',
  mount: 'same registry: blobs mounted',
  copy: 'another registry: blobs copied',
}

const ARTIFACT_WORDS: Record<string, string> = {
  present: 'already there',
  copied: 'copied',
  'would-copy': 'would be copied',
  'kept-different': 'left alone (the target has another)',
}

const RECORD_WORDS: Record<'written' | 'present' | 'would-write', string> = {
  written: 'signed and attached',
  present: 'already there from an earlier run',
  'would-write': 'would be signed and attached',
}

const code = (text: string) => `<code>${escapeHtml(text)}</code>`
const short = (digest: string) => `${digest.slice(0, 19)}…`

/** Per image: the source and digest; per target: the path, each tag's fate, what travelled, the artifacts that followed. */
export function buildPromoteSummary(result: PromoteResult, dryRun: boolean, gate?: PolicyGate): string {
  const parts = [`<h2>shiptag: promote${dryRun ? ' (dry run: nothing written)' : ''}</h2>`]
  for (const promotion of result.promotions) {
    parts.push(`<p>Source ${code(promotion.source.reference)} → ${code(promotion.source.digest)}</p>`)
    for (const target of promotion.targets) {
      const totals = promoteTotals(target)
      parts.push(`<h3>${code(repositoryName(target.target))}</h3>`)
      const table = tagOutcomesTable(target.tags, target.digest)
      if (table !== '') parts.push(table)
      if (target.upToDate) {
        parts.push('<p>Already up to date: every tag pointed at this digest; nothing was written.</p>')
        continue
      }
      const travelled = target.path === 'same-repository' ? '' : `: ${escapeHtml(describeTransfer(totals, dryRun, 'copy'))}`
      parts.push(`<p>${PATH_WORDS[target.path]}${travelled}.</p>`)
      if (target.artifacts.length > 0) {
        const items = target.artifacts.map(
          (a) =>
            `<li>${a.kind === 'tag' ? code(a.tag ?? '') : `referrer ${code(short(a.digest))}${a.artifactType ? ` (${escapeHtml(a.artifactType)})` : ''}`}: ${ARTIFACT_WORDS[a.action] ?? a.action}</li>`,
        )
        parts.push(`<p>Signatures and attestations:</p><ul>${items.join('')}</ul>`)
      }
    }
  }
  if (result.records.length > 0) {
    const items = result.records.map(
      (r) =>
        `<li>${code(`${repositoryName(r.target)}@${short(r.digest)}`)} into <code>${escapeHtml(r.environment)}</code>: ${RECORD_WORDS[r.action]}${r.record !== undefined ? ` (${code(short(r.record))}, by the ${escapeHtml(r.attachedVia ?? '')})` : ''}</li>`,
    )
    parts.push(`<p>Promotion records:</p><ul>${items.join('')}</ul>`)
  }
  if (result.deployments.length > 0) parts.push(deploymentsSummary(result.deployments))
  if (gate)
    parts.push(
      policySummary(
        gate,
        result.promotions.flatMap((promotion) => promotion.targets.map((target) => target.target)),
      ),
    )
  if (result.warnings.length > 0) parts.push('<h3>Warnings</h3>', `<ul>${result.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`)
  return parts.join('\n')
}

export async function writePromoteSummary(result: PromoteResult, dryRun: boolean, gate?: PolicyGate): Promise<void> {
  await writeStepSummary(buildPromoteSummary(result, dryRun, gate))
}
