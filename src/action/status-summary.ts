import { boardColumns, cellLines, clip, driftSentence, historyLine } from '../commands/status-words.js'
import type { DigestHistory, StatusBoard } from '../commands/status.js'
import { escapeHtml } from './html.js'
import { MAX_SUMMARY_BYTES } from './step-summary.js'

/** Problems listed in the summary; the rest are counted (all of them are in the log and the `status` output). */
const MAX_PROBLEMS = 50
/** Characters of one problem shown in the summary (the log has each whole). */
const MAX_PROBLEM_CHARS = 600

/**
 * The job summary board: an HTML table, environments as columns and images as rows, each cell the
 * tag, short digest, versions, age and marks; drift above the table (what a reader looks for
 * first), then what could not be read. Every value is escaped (registries and the policy file
 * write them), and rows stop before GitHub's 1 MiB per step (docs.github.com, "Adding a job
 * summary") with a note of how many were left out, so the table stays well-formed.
 */
export function buildStatusSummary(board: StatusBoard, now: Date, limit: number = MAX_SUMMARY_BYTES - 16 * 1024): string {
  const head = ['<h2>shiptag: status</h2>', driftPart(board)]
  const tail = ['</tbody></table>', ...problemsPart(board.problems), `<p>Read ${text(board.generatedAt)}.</p>`]
  const columns = boardColumns(board)
  const header = `<table><thead><tr><th>Image</th>${columns.map((column) => `<th>${text(column.title)}${fromNote(column.from)}</th>`).join('')}</tr></thead><tbody>`
  let bytes = Buffer.byteLength([...head, header, ...tail].join('\n')) + 200
  const rows: string[] = []
  for (const row of board.images) {
    const cells = columns.map(
      (column) =>
        `<td>${cellLines(column.cellOf(row), column.before(row), now)
          .map((line) => text(line))
          .join('<br>')}</td>`,
    )
    const html = `<tr><td><strong>${text(row.image)}</strong></td>${cells.join('')}</tr>`
    const size = Buffer.byteLength(html) + 1
    if (bytes + size > limit) break
    bytes += size
    rows.push(html)
  }
  const left = board.images.length - rows.length
  const cut =
    left > 0 ? [`<p>… ${left} more image(s) not shown: GitHub shows at most 1 MiB of summary per step. The <code>status</code> output has them all.</p>`] : []
  const empty = board.images.length === 0 ? ['<p><em>No image in these environments.</em></p>'] : []
  return [...head, header, ...rows, ...tail, ...cut, ...empty].filter((part) => part !== '').join('\n')
}

/** The job summary of `status --digest`: where the digest is, under which tags, since when. */
export function buildHistorySummary(history: DigestHistory): string {
  const places = history.places.slice(0, 1000).map((place) => `<li>${text(historyLine(place))}</li>`)
  const more = history.places.length - places.length
  return [
    `<h2>shiptag: status of <code>${text(history.digest)}</code></h2>`,
    places.length === 0 ? '<p>In none of these repositories.</p>' : `<ul>${places.join('')}</ul>`,
    ...(more > 0 ? [`<p>… ${more} more place(s): the <code>status</code> output has them all.</p>`] : []),
    ...problemsPart(history.problems),
  ].join('\n')
}

function driftPart(board: StatusBoard): string {
  if (board.drift.length === 0) return board.images.length > 0 ? '<p>No drift: every environment holds what the one it promotes from holds.</p>' : ''
  const shown = board.drift.slice(0, MAX_PROBLEMS).map((drift) => `<li>${text(driftSentence(drift))}</li>`)
  const more = board.drift.length - shown.length
  return `<p><strong>Drift</strong></p><ul>${shown.join('')}${more > 0 ? `<li>… and ${more} more</li>` : ''}</ul>`
}

function problemsPart(problems: readonly string[]): string[] {
  if (problems.length === 0) return []
  // A problem is a sentence that says what to do: longer than a cell's value, still bounded.
  const shown = problems.slice(0, MAX_PROBLEMS).map((problem) => `<li>${text(problem, MAX_PROBLEM_CHARS)}</li>`)
  const more = problems.length - shown.length
  return ['<h3>Not read</h3>', `<ul>${shown.join('')}${more > 0 ? `<li>… and ${more} more (in the log)</li>` : ''}</ul>`]
}

function fromNote(from: string | undefined): string {
  return from === undefined ? '' : `<br><sub>from ${text(from)}</sub>`
}

/** A value from a registry or the policy: clipped, escaped, and with newlines flattened so it cannot break the table. */
function text(value: string, max?: number): string {
  return escapeHtml(clip(value.replace(/[\r\n\u2028\u2029]+/g, ' '), max))
}
