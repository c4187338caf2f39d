import type { PolicyGate } from '../commands/policy-gate.js'
import { describeLocation } from '../errors.js'
import type { Repository } from '../ref/index.js'
import { escapeHtml } from './summary.js'

/**
 * The policy decisions of a push or promote, for the job summary: which policy and environment each
 * target was checked against, that it passed, and every warning with its rule id.
 */
export function policySummary(gate: PolicyGate, targets: readonly Repository[]): string {
  const source = gate.policy.file ? `<code>${escapeHtml(gate.policy.file)}</code>` : 'the built-in defaults (no policy file)'
  const environments = [...new Set(targets.map((target) => gate.environmentFor(target).name))]
  const checked = environments.map((name) => (name === 'defaults' ? 'its defaults' : `environment <code>${escapeHtml(name)}</code>`)).join(', ')
  const parts = [
    `<h3>Policy</h3>`,
    `<p>✅ Allowed by ${source}, ${checked}: tags and repositories checked before the first request, immutable tags and promotion order before the first write.</p>`,
  ]
  if (gate.proofs.length > 0) {
    const rows = gate.proofs.map(
      (proof) =>
        `<tr><td>✅ <code>${proof.rule}</code></td><td><code>${escapeHtml(proof.subject)}</code></td><td>${escapeHtml(proof.signer)}</td><td>${escapeHtml(proof.where)}</td></tr>`,
    )
    parts.push(
      '<p>Verified before the first write:</p>',
      `<table><thead><tr><th>Rule</th><th>Digest</th><th>Signed by</th><th>Found at</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    )
  }
  if (gate.warnings.length > 0) {
    const rows = gate.warnings.map(
      (finding) =>
        `<tr><td>⚠️ <code>${finding.rule}</code></td><td>${escapeHtml(finding.location ? describeLocation(finding.location) : (finding.subject ?? ''))}</td><td>${escapeHtml(finding.message)}</td><td>${escapeHtml(finding.hint)}</td></tr>`,
    )
    parts.push(`<table><thead><tr><th>Rule</th><th>Where</th><th>Finding</th><th>What to do</th></tr></thead><tbody>${rows.join('')}</tbody></table>`)
  }
  return parts.join('\n')
}
