import type { GitContext } from '../context/index.js'
import type { Finding } from '../policy/index.js'
import type { Metadata } from '../tags/index.js'
import { findingsTable } from './findings-table.js'
import { escapeHtml } from './html.js'
import { writeStepSummary } from './step-summary.js'

export { escapeHtml } from './html.js'

/**
 * The job summary of the `tags` command: the tags per image first (what the user came for), then
 * the context they were computed from, the labels, any warning and the policy's warnings.
 */
export function buildTagsSummary(metadata: Metadata, context: GitContext, findings: readonly Finding[] = []): string {
  const parts: string[] = ['<h2>shiptag: tags</h2>']
  parts.push(`<p>${describeContext(context)}</p>`)
  if (metadata.tagNames.length === 0) {
    parts.push('<p><strong>No tag was produced</strong> for this event. Check the rules in the <code>tags</code> input.</p>')
  } else {
    parts.push(tagTable(metadata))
  }
  if (metadata.warnings.length > 0) {
    parts.push('<h3>Warnings</h3>', `<ul>${metadata.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`)
  }
  if (findings.length > 0) parts.push('<h3>Policy findings</h3>', findingsTable(findings))
  parts.push(details('Labels', metadata.labels), details('Annotations', metadata.annotations))
  return parts.join('\n')
}

export async function writeTagsSummary(metadata: Metadata, context: GitContext, findings: readonly Finding[]): Promise<void> {
  await writeStepSummary(buildTagsSummary(metadata, context, findings))
}

function describeContext(context: GitContext): string {
  const facts = [`event <code>${escapeHtml(context.eventName || 'unknown')}</code>`]
  if (context.ref) facts.push(`ref <code>${escapeHtml(context.ref)}</code>`)
  if (context.sha) facts.push(`commit <code>${escapeHtml(context.sha.slice(0, 12))}</code>`)
  return `Computed for ${facts.join(', ')}.`
}

function tagTable(metadata: Metadata): string {
  const images = metadata.images.length > 0 ? metadata.images : ['']
  const rows = images.flatMap((image) =>
    metadata.tagNames.map((tag, index) => {
      const imageCell =
        index === 0 ? `<td rowspan="${metadata.tagNames.length}">${image ? `<code>${escapeHtml(image)}</code>` : '<em>(no image)</em>'}</td>` : ''
      const mark = tag === metadata.version ? ' (version)' : ''
      return `<tr>${imageCell}<td><code>${escapeHtml(tag)}</code>${mark}</td></tr>`
    }),
  )
  return `<table><thead><tr><th>Image</th><th>Tag</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

function details(title: string, lines: readonly string[]): string {
  if (lines.length === 0) return ''
  return `<details><summary>${title} (${lines.length})</summary>\n<pre>${lines.map(escapeHtml).join('\n')}</pre>\n</details>`
}
