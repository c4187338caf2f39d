import { boardColumns, cellLines, clip, driftSentence, historyLine } from '../commands/status-words.js'
import type { DigestHistory, StatusBoard } from '../commands/status.js'
import { printable } from './io.js'

/** A column never grows past this many characters: a cell's lines are clipped to it (status-words.ts bounds each value). */
const MAX_COLUMN = 40

/**
 * The board as a terminal table: environments as columns (promotion order), images as rows, each
 * cell several lines (tag, digest, versions, age and marks); then a line per drift and per problem.
 * Every value passes through `printable`: a tag or an error is the registry's text, and an escape
 * sequence in it must not reach the terminal.
 */
export function renderStatusTable(board: StatusBoard, now: Date): string {
  const columns = boardColumns(board)
  const header = ['image', ...columns.map((column) => column.title)]
  const rows = board.images.map((row) => [[row.image], ...columns.map((column) => cellLines(column.cellOf(row), column.before(row), now))])
  const blocks = [header.map((title) => [title]), ...rows].map((block) => block.map((lines) => lines.map((line) => clip(oneLine(line), MAX_COLUMN))))
  const widths = header.map((_, column) => Math.max(...blocks.map((block) => Math.max(...block[column]!.map((line) => line.length)))))
  const text = blocks.map((block, index) => {
    const height = Math.max(...block.map((lines) => lines.length))
    const lines = Array.from({ length: height }, (_, line) =>
      block
        .map((lines, column) => (lines[line] ?? '').padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    // A rule under the header and a blank line between images: rows are several lines high.
    return index === 0 ? [...lines, widths.map((width) => '-'.repeat(width)).join('  ')] : [...lines, '']
  })
  const out = text.flat()
  if (board.images.length === 0) out.push('(no image in these environments)', '')
  for (const drift of board.drift) out.push(`drift: ${oneLine(driftSentence(drift))}`)
  if (board.drift.length === 0 && board.images.length > 0) out.push('no drift: every environment holds what the one it promotes from holds')
  return `${out.join('\n')}\n`
}

/** A digest's history, one line a place, for the terminal. */
export function renderHistoryLines(history: DigestHistory): string {
  const lines = history.places.map((place) => oneLine(historyLine(place)))
  if (lines.length === 0) lines.push(`${oneLine(clip(history.digest))} is in none of these repositories`)
  return `${oneLine(clip(history.digest))}\n${lines.map((line) => `  ${line}`).join('\n')}\n`
}

/** A value on one line of the terminal: a newline in a registry's or the policy's text would start a line of its own. */
export function oneLine(text: string): string {
  return printable(text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' '))
}
