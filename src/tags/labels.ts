/**
 * OCI labels and annotations (metadata-action's `getOCIAnnotationsWithCustoms`): the eight
 * `org.opencontainers.image.*` keys, always present even when the value is unknown (empty), custom
 * entries overriding by key, sorted by key as `localeCompare` sorts them (key-order.ts).
 */
import type { RepositoryInfo } from '../context/types.js'
import type { Expressions } from './expressions.js'
import type { KeyValueEntry } from './key-values.js'
import { sortKeys } from './key-order.js'

export interface LabelFacts {
  readonly repository: RepositoryInfo | undefined
  /** The `version` output ('' when no tag was produced). */
  readonly version: string
  readonly created: Date
  /** The sha in use, so the PR head knob also moves the revision label. */
  readonly revision: string
}

const OCI = 'org.opencontainers.image'

export function ociKeyValues(facts: LabelFacts, custom: readonly KeyValueEntry[], input: 'labels' | 'annotations', expressions: Expressions): string[] {
  const { repository } = facts
  const entries = new Map<string, string>([
    [`${OCI}.title`, repository?.name ?? ''],
    [`${OCI}.description`, repository?.description ?? ''],
    [`${OCI}.url`, repository?.htmlUrl ?? ''],
    [`${OCI}.source`, repository?.htmlUrl ?? ''],
    [`${OCI}.version`, facts.version],
    [`${OCI}.created`, facts.created.toISOString()],
    [`${OCI}.revision`, facts.revision],
    [`${OCI}.licenses`, repository?.license ?? ''],
  ])
  for (const entry of custom) {
    const at = { input, line: entry.line }
    entries.set(expressions.render(entry.key, at), expressions.render(entry.value, at))
  }
  return sortKeys([...entries]).map(([key, value]) => `${key}=${value}`)
}

/** Each annotation once per level, level by level: `manifest:key=value`. */
export function withLevels(annotations: readonly string[], levels: readonly string[]): string[] {
  return levels.flatMap((level) => annotations.map((annotation) => `${level}:${annotation}`))
}
