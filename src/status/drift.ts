import type { Drift, EnvironmentColumn, ImageRow } from './types.js'
import { versionsBetween } from './tag-choice.js'

/**
 * Where an environment lags the one it promotes from: both hold the image and at other digests.
 * `has`/`fromHas` are the newest version tag at each digest, else the digest; `versionsBehind`
 * counts the release versions in the `from` repository's tag list above what the environment has
 * up to what `from` has (staging 1.4.2, prod 1.4.0, tags 1.4.0 1.4.1 1.4.2: two behind);
 * `since` is when `from` received its digest: its promotion record, else its image's creation.
 */
export function findDrift(
  environments: readonly EnvironmentColumn[],
  rows: readonly ImageRow[],
  tagsOf: (environment: string, image: string) => readonly string[] | undefined,
): Drift[] {
  const drift: Drift[] = []
  for (const environment of environments) {
    const from = environment.promoteFrom
    if (from === undefined || !environments.some((column) => column.name === from)) continue
    for (const row of rows) {
      const cell = row.cells[environment.name]
      const fromCell = row.cells[from]
      if (cell?.state !== 'running' || fromCell?.state !== 'running' || cell.digest === fromCell.digest) continue
      const has = cell.versions[0] ?? cell.digest
      const fromHas = fromCell.versions[0] ?? fromCell.digest
      const behind = versionsBetween(tagsOf(from, row.image) ?? [], has, fromHas)
      const since = fromCell.since ?? fromCell.created
      drift.push({
        image: row.image,
        environment: environment.name,
        from,
        has,
        fromHas,
        ...(behind !== undefined ? { versionsBehind: behind } : {}),
        ...(since !== undefined ? { since } : {}),
      })
    }
  }
  return drift
}
