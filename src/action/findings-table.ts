import { describeLocation } from '../errors.js'
import type { Finding } from '../policy/index.js'
import { escapeHtml } from './html.js'

/** GitHub refuses a step summary over 1 MiB (actions/toolkit); the table stops well before. */
const MAX_ROWS = 2000

/** Every finding as one table row (level, rule, environment, where, what, what to do), for any command's job summary. */
export function findingsTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return ''
  const rows = findings.slice(0, MAX_ROWS).map((finding) => {
    const where = finding.location ? escapeHtml(describeLocation(finding.location)) : escapeHtml(finding.subject ?? '')
    return `<tr><td>${finding.level === 'error' ? '❌ error' : '⚠️ warning'}</td><td><code>${finding.rule}</code></td><td>${escapeHtml(finding.environment ?? '')}</td><td>${where}</td><td>${escapeHtml(finding.message)}</td><td>${escapeHtml(finding.hint)}</td></tr>`
  })
  const table = `<table><thead><tr><th>Level</th><th>Rule</th><th>Environment</th><th>Where</th><th>Finding</th><th>What to do</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  return findings.length > MAX_ROWS ? `${table}\n<p>… and ${findings.length - MAX_ROWS} more in the findings output.</p>` : table
}
