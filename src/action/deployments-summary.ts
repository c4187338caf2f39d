import type { DeploymentOutcome } from '../commands/deployments.js'
import { escapeHtml } from './summary.js'

const WORDS: Record<DeploymentOutcome['action'], string> = {
  recorded: 'recorded, status success',
  present: 'already recorded by an earlier run',
  failed: 'not recorded (the promotion stands)',
  'would-record': 'would be recorded',
}

const code = (text: string) => `<code>${escapeHtml(text)}</code>`

/** The GitHub deployments of a promote, for its job summary: what GitHub now shows, and why not where it does not. */
export function deploymentsSummary(outcomes: readonly DeploymentOutcome[]): string {
  if (outcomes.length === 0) return ''
  const items = outcomes.map((outcome) => {
    const id = outcome.id !== undefined ? ` ${outcome.id}` : ''
    const ref = outcome.ref !== undefined ? ` of commit ${code(outcome.ref.slice(0, 12))}` : ''
    const replaced = outcome.replaced !== undefined ? `; deployment ${outcome.replaced} set inactive` : ''
    const why = outcome.warnings.length > 0 ? `<ul>${outcome.warnings.map((warning) => `<li>${escapeHtml(warning)}</li>`).join('')}</ul>` : ''
    return `<li>${code(outcome.environment)}: deployment${id}${ref} (${code(`${outcome.digest.slice(0, 19)}…`)}): ${WORDS[outcome.action]}${replaced}${why}</li>`
  })
  return `<p>GitHub deployments:</p><ul>${items.join('')}</ul>`
}
