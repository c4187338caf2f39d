import * as core from '@actions/core'
import type { CheckResult } from '../commands/check.js'
import { describeLocation } from '../errors.js'
import { escapeHtml } from './summary.js'

/** GitHub refuses a step summary over 1 MiB (actions/toolkit); the table stops well before. */
const MAX_ROWS = 2000

/** One table of every finding (level, rule, where, what, what to do), then the tags checked per scenario. */
export function buildCheckSummary(result: CheckResult, policyFile: string | undefined, notes: readonly string[]): string {
  const errors = result.findings.filter((f) => f.level === 'error').length
  const warnings = result.findings.length - errors
  const parts = [
    '<h2>shiptag: check</h2>',
    `<p>${errors === 0 ? '✅' : '❌'} ${errors} error(s), ${warnings} warning(s) in ${result.references} image reference(s) across ${result.files.length} file(s), against ${policyFile ? `<code>${escapeHtml(policyFile)}</code>` : 'the built-in defaults (no policy file)'}.</p>`,
  ]
  if (result.findings.length > 0) {
    const rows = result.findings.slice(0, MAX_ROWS).map((finding) => {
      const where = finding.location ? escapeHtml(describeLocation(finding.location)) : ''
      return `<tr><td>${finding.level === 'error' ? '❌ error' : '⚠️ warning'}</td><td><code>${finding.rule}</code></td><td>${escapeHtml(finding.environment ?? '')}</td><td>${where}</td><td>${escapeHtml(finding.message)}</td><td>${escapeHtml(finding.hint)}</td></tr>`
    })
    parts.push(`<table><thead><tr><th>Level</th><th>Rule</th><th>Environment</th><th>Where</th><th>Finding</th><th>What to do</th></tr></thead><tbody>${rows.join('')}</tbody></table>`)
    if (result.findings.length > MAX_ROWS) parts.push(`<p>… and ${result.findings.length - MAX_ROWS} more in the findings output.</p>`)
  }
  if (result.scenarios.length > 0) {
    const rows = result.scenarios.map((s) => `<tr><td>${escapeHtml(s.name)}</td><td>${s.tags.map((t) => `<code>${escapeHtml(t)}</code>`).join(' ') || '(none)'}</td></tr>`)
    parts.push('<h3>Tags this branch would produce</h3>', `<table><thead><tr><th>On</th><th>Tags</th></tr></thead><tbody>${rows.join('')}</tbody></table>`)
  }
  if (notes.length > 0) parts.push(`<ul>${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`)
  return parts.join('\n')
}

export async function writeCheckSummary(result: CheckResult, policyFile: string | undefined, notes: readonly string[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(buildCheckSummary(result, policyFile, notes), true).write()
}
