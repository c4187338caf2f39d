import type { DigestHistory, Drift, ImageRow, StatusBoard, StatusCell } from '../status/types.js'

/**
 * The words of the `status` board, shared by the CLI table (cli/status-table.ts) and the job summary
 * board (action/status-summary.ts) so both say the same thing. Every value on the board comes from a
 * registry or the policy file and may be hostile: these functions bound lengths; each shell escapes
 * for its medium (the terminal's control characters, HTML).
 */

/** Longest text of one value on the board: a tag is at most 128 characters (OCI distribution spec), an error sentence a line. */
export const MAX_VALUE_CHARS = 160
/** Version tags listed in a cell; the rest are counted ("+3"). */
export const MAX_CELL_VERSIONS = 3

/**
 * A value on one line, cut to `max` characters with an ellipsis: one long answer cannot widen the
 * whole board, and a line break in it cannot start a line of its own (in the action's log, a line
 * starting with `::` is a workflow command).
 */
export function clip(value: string, max: number = MAX_VALUE_CHARS): string {
  const text = value.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/** `sha256:1a2b3c4d5e6f`: the algorithm and 12 hex digits, as `docker images` shortens an id. */
export function shortDigest(digest: string): string {
  const colon = digest.indexOf(':')
  return clip(colon < 0 ? digest.slice(0, 12) : `${digest.slice(0, colon)}:${digest.slice(colon + 1, colon + 13)}`, 80)
}

/** A tag or a digest as a drift line names it: digests shortened. */
function shownVersion(value: string): string {
  return /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}$/i.test(value) ? shortDigest(value) : clip(value, 80)
}

/** How old an image is, from its config's `created` to `now`: `45m`, `5h`, `3d`; undefined when it does not parse or lies in the future. */
export function age(created: string | undefined, now: Date): string | undefined {
  if (created === undefined) return undefined
  const then = Date.parse(created)
  if (Number.isNaN(then)) return undefined
  const minutes = Math.floor((now.getTime() - then) / 60_000)
  if (minutes < 0) return undefined
  if (minutes < 60) return `${minutes}m`
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)}h`
  return `${Math.floor(minutes / (24 * 60))}d`
}

/** The day of an RFC 3339 time (`2026-12-01`), or the text clipped when it is not one. */
export function day(time: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(time) ? time.slice(0, 10) : clip(time, 40)
}

/** The version tags of a cell, newest first, at most MAX_CELL_VERSIONS, then how many more. */
export function versionList(versions: readonly string[]): string {
  const shown = versions.slice(0, MAX_CELL_VERSIONS).map((version) => clip(version, 40))
  const more = versions.length - shown.length
  return [...shown, ...(more > 0 ? [`+${more}`] : [])].join(', ')
}

const SIGNATURE_MARKS = { verified: 'signed ✓', present: 'signed (not verified)', absent: 'unsigned', unknown: 'signature ?' } as const
const RECORD_MARKS = { present: 'record ✓', absent: 'no record', 'not-written': undefined } as const

/** The signature and promotion-record marks of a running cell (no record mark where the environment writes none). */
export function marks(cell: Extract<StatusCell, { state: 'running' }>): string {
  return [SIGNATURE_MARKS[cell.signature], RECORD_MARKS[cell.record]].filter((mark) => mark !== undefined).join(', ')
}

/**
 * A cell as lines of text: tag (and `=` when it holds the digest of the environment before it),
 * digest, versions, age and marks; or what is missing or unreachable and why.
 */
export function cellLines(cell: StatusCell | undefined, before: StatusCell | undefined, now: Date): string[] {
  if (cell === undefined) return ['—']
  if (cell.state === 'missing') return ['missing', clip(cell.reason, 60)]
  if (cell.state === 'unreachable') return ['unreachable', clip(cell.error, 60)]
  const same = before?.state === 'running' && before.digest === cell.digest
  const created = age(cell.created, now)
  return [
    `${same ? '= ' : ''}${clip(cell.tag, 60)}${cell.how === 'newest' ? ' (newest)' : ''}`,
    shortDigest(cell.digest),
    ...(cell.versions.length > 0 ? [versionList(cell.versions)] : []),
    [created === undefined ? undefined : `${created} old`, marks(cell)].filter((part) => part !== undefined).join(', '),
  ]
}

/** "prod is 2 versions behind staging (1.4.0 → 1.4.2) since 2026-12-01" */
export function driftSentence(drift: Drift): string {
  const behind =
    drift.versionsBehind === undefined
      ? `lags ${clip(drift.from, 60)}`
      : `is ${drift.versionsBehind} version${drift.versionsBehind === 1 ? '' : 's'} behind ${clip(drift.from, 60)}`
  const since = drift.since === undefined ? '' : ` since ${day(drift.since)}`
  return `${clip(drift.image, 60)}: ${clip(drift.environment, 60)} ${behind} (${shownVersion(drift.has)} → ${shownVersion(drift.fromHas)})${since}`
}

/** A column of the rendered board: an environment, or `given` for repositories `images` named outside them. */
export interface BoardColumn {
  readonly title: string
  /** The environment it promotes from, under the title. */
  readonly from?: string
  cellOf(row: ImageRow): StatusCell | undefined
  /** The cell to its left that it may share a digest with (`=`): the environment before it. */
  before(row: ImageRow): StatusCell | undefined
}

/** The title of the column of given repositories: not an environment, so it says so. */
export const GIVEN_COLUMN = 'given (no environment)'

/** The board's columns: its environments in promotion order, then the given repositories' column when a row has one. */
export function boardColumns(board: StatusBoard): BoardColumn[] {
  const columns: BoardColumn[] = board.environments.map((environment, index) => ({
    title: environment.name,
    ...(environment.promoteFrom !== undefined ? { from: environment.promoteFrom } : {}),
    cellOf: (row) => row.cells[environment.name],
    before: (row) => (index > 0 ? row.cells[board.environments[index - 1]!.name] : undefined),
  }))
  if (board.images.some((row) => row.given !== undefined)) columns.push({ title: GIVEN_COLUMN, cellOf: (row) => row.given, before: () => undefined })
  return columns
}

/** Every cell of the board, with its environment and image, given cells included. */
export function boardCells(board: StatusBoard): StatusCell[] {
  const columns = boardColumns(board)
  return board.images.flatMap((row) => columns.flatMap((column) => column.cellOf(row) ?? []))
}

/**
 * Nothing could be read: every cell the board has is unreachable, or it has none and says why not.
 * A board that shows what is missing was read; one with nothing to show and no problem is empty, not failed.
 */
export function nothingRead(result: StatusBoard | DigestHistory): boolean {
  if ('places' in result) return result.places.length === 0 && result.problems.length > 0
  const cells = boardCells(result)
  return cells.length === 0 ? result.problems.length > 0 : cells.every((cell) => cell.state === 'unreachable')
}

/** A line for one place of a digest's history: environment, repository, tags, since when and on what evidence. */
export function historyLine(place: DigestHistory['places'][number]): string {
  const where = `${place.environment === undefined ? '' : `${clip(place.environment, 60)}: `}${clip(place.repository)}`
  const tags = place.tags.length > 0 ? ` (${versionList(place.tags)})` : ' (no tag)'
  const since = place.receivedAt === undefined ? ', since unknown' : `, since ${day(place.receivedAt)} (${place.evidence})`
  return `${where}${tags}${since}`
}
