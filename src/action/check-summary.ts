import type { CheckResult } from '../commands/check.js'
import { checkedFiles } from '../commands/check-file-findings.js'
import { findingsTable } from './findings-table.js'
import { escapeHtml } from './summary.js'
import { writeStepSummary } from './step-summary.js'

/** One table of every finding (level, rule, where, what, what to do), then the tags checked per scenario. */
export function buildCheckSummary(result: CheckResult, policyFile: string | undefined, notes: readonly string[]): string {
  const errors = result.findings.filter((f) => f.level === 'error').length
  const warnings = result.findings.length - errors
  const parts = [
    '<h2>shiptag: check</h2>',
    `<p>${errors === 0 ? '✅' : '❌'} ${errors} error(s), ${warnings} warning(s) in ${checkedFiles(result)}, against ${policyFile ? `<code>${escapeHtml(policyFile)}</code>` : 'the built-in defaults (no policy file)'}.</p>`,
  ]
  if (result.findings.length > 0) parts.push(findingsTable(result.findings))
  if (result.scenarios.length > 0) {
    const rows = result.scenarios.map(
      (s) => `<tr><td>${escapeHtml(s.name)}</td><td>${s.tags.map((t) => `<code>${escapeHtml(t)}</code>`).join(' ') || '(none)'}</td></tr>`,
    )
    parts.push('<h3>Tags this branch would produce</h3>', `<table><thead><tr><th>On</th><th>Tags</th></tr></thead><tbody>${rows.join('')}</tbody></table>`)
  }
  if (notes.length > 0) parts.push(`<ul>${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`)
  return parts.join('\n')
}

export async function writeCheckSummary(result: CheckResult, policyFile: string | undefined, notes: readonly string[]): Promise<void> {
  await writeStepSummary(buildCheckSummary(result, policyFile, notes))
}
