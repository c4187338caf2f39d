import { repositoryName, type Repository } from '../ref/index.js'
import { readFailure } from './registry-reads.js'
import { newestVersions } from './tag-choice.js'
import type { StatusCell } from './types.js'

/**
 * More version HEADs for a cell that drifts and whose first HEADs found no version at its digest:
 * an environment further behind than the first few versions would otherwise show a bare digest,
 * and drift could not say how many versions behind it is (docs/status.md#reading-the-board). The
 * next versions are asked newest first, DRIFT_HEAD_BATCH at once, until one is at the digest or
 * DRIFT_VERSION_HEADS more HEADs are spent; `problems` says when that budget ran out first.
 */
export const DRIFT_VERSION_HEADS = 32

/** HEADs in flight at once per cell: a batch that finds the digest ends the search with at most this many asked in vain. */
export const DRIFT_HEAD_BATCH = 8

/** One read cell of the board, as readStatus holds it. */
export interface DriftCellRead {
  readonly environment: string
  readonly image: string
  readonly repository: Repository
  readonly read: { readonly cell: StatusCell; readonly tags?: readonly string[]; readonly problems: readonly string[] }
}

/** HEAD of a tag: its digest, undefined when the registry does not have it (RegistryReads.head, shared and bounded). */
export type HeadOf = (repository: Repository, tag: string) => Promise<string | undefined>

type Running = Extract<StatusCell, { state: 'running' }>

/**
 * The reads with the versions of every cell on either side of a drift (an environment and the one
 * it promotes from, at different digests) that had none, asked past the `asked` newest versions
 * the cell's first read already HEADed. Other reads are returned as they were.
 */
export async function withDriftVersions<T extends DriftCellRead>(
  head: HeadOf,
  environments: readonly { readonly name: string; readonly promoteFrom?: string }[],
  reads: readonly T[],
  asked: number,
): Promise<T[]> {
  const at = (environment: string, image: string) => reads.find((read) => read.environment === environment && read.image === image)
  const deepen = new Set<T>()
  for (const environment of environments) {
    if (environment.promoteFrom === undefined) continue
    for (const read of reads.filter((entry) => entry.environment === environment.name)) {
      const from = at(environment.promoteFrom, read.image)
      if (from === undefined || read.read.cell.state !== 'running' || from.read.cell.state !== 'running') continue
      if (read.read.cell.digest === from.read.cell.digest) continue
      for (const side of [read, from]) if ((side.read.cell as Running).versions.length === 0) deepen.add(side)
    }
  }
  return Promise.all(reads.map((read) => (deepen.has(read) ? deepened(head, read, asked) : read)))
}

async function deepened<T extends DriftCellRead>(head: HeadOf, entry: T, asked: number): Promise<T> {
  const cell = entry.read.cell as Running
  const left = newestVersions(entry.read.tags ?? [])
    .filter((version) => version !== cell.tag)
    .slice(asked)
  const found: string[] = []
  let spent = 0
  while (found.length === 0 && spent < Math.min(left.length, DRIFT_VERSION_HEADS)) {
    const batch = left.slice(spent, Math.min(spent + DRIFT_HEAD_BATCH, DRIFT_VERSION_HEADS))
    spent += batch.length
    const answers = await Promise.allSettled(batch.map((version) => head(entry.repository, version)))
    found.push(
      ...batch.filter((_, i) => answers[i]!.status === 'fulfilled' && (answers[i] as PromiseFulfilledResult<string | undefined>).value === cell.digest),
    )
    // A HEAD that failed ends the search: what the batch found stands, and problems says what was not read.
    const failed = answers.find((answer): answer is PromiseRejectedResult => answer.status === 'rejected')
    if (failed !== undefined)
      return withRead(entry, cell, found, [`versions past the newest ${asked} not all read: ${readFailure(entry.repository, failed.reason)}`])
  }
  const unasked = left.length - spent
  const problems =
    found.length === 0 && unasked > 0
      ? [
          `${repositoryName(entry.repository)}: ${cell.digest} is at none of the ${asked + spent} newest versions; ${unasked} older ` +
            `${unasked === 1 ? 'version was' : 'versions were'} not asked (at most ${DRIFT_VERSION_HEADS} more HEADs for a drifting cell), so drift names the digest, not how many versions behind`,
        ]
      : []
  return withRead(entry, cell, found, problems)
}

function withRead<T extends DriftCellRead>(entry: T, cell: Running, found: readonly string[], problems: readonly string[]): T {
  return { ...entry, read: { ...entry.read, cell: { ...cell, versions: found }, problems: [...entry.read.problems, ...problems] } }
}
