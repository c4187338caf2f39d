/**
 * The `flavor` input: `latest=auto|true|false`, `prefix=…`/`suffix=…` each optionally followed by
 * `onlatest=true|false` on the same line (metadata-action's `flavor.ts`).
 */
import type { ListInput } from '../input-lines.js'
import { lineError, parseRecord, splitField, splitLines, type InputLine } from './list-input.js'
import { didYouMean } from './suggest.js'
import { checkTemplate } from './templates.js'

const LATEST_MODES = ['auto', 'true', 'false'] as const
export type LatestMode = (typeof LATEST_MODES)[number]

const FLAVOR_KEYS = ['latest', 'prefix', 'suffix', 'onlatest'] as const

/** A flavor prefix or suffix: a template applied to every entry without its own. */
export interface FlavorAffix {
  readonly template: string
  /** Also applied to the automatic `latest` tag. */
  readonly onLatest: boolean
  /** Line in the `flavor` input, for errors while rendering. */
  readonly line: number
}

export interface Flavor {
  readonly latest: LatestMode
  /** The `flavor` line that sets `latest`; undefined for the default `auto`. */
  readonly latestLine?: number
  /** Undefined when absent or empty (metadata-action ignores an empty one). */
  readonly prefix: FlavorAffix | undefined
  readonly suffix: FlavorAffix | undefined
}

type AffixKey = 'prefix' | 'suffix'

interface FlavorDraft {
  latest?: LatestMode
  latestLine?: number
  prefix?: FlavorAffix
  suffix?: FlavorAffix
}

export function parseFlavor(value: ListInput | undefined): Flavor {
  const draft: FlavorDraft = {}
  for (const line of splitLines('flavor', value)) readFlavorLine(line, draft)
  const empty = (affix: FlavorAffix | undefined) => (affix?.template === '' ? undefined : affix)
  const latestLine = draft.latestLine === undefined ? {} : { latestLine: draft.latestLine }
  return { latest: draft.latest ?? 'auto', ...latestLine, prefix: empty(draft.prefix), suffix: empty(draft.suffix) }
}

function readFlavorLine(line: InputLine, draft: FlavorDraft): void {
  // `onlatest` binds to the prefix/suffix named before it on the same line.
  let lastAffix: AffixKey | undefined
  for (const text of parseRecord(line)) {
    const { key, value } = splitField(line, text)
    if (key === undefined) {
      throw lineError(line, `flavor field "${text}" has no "="`, 'write key=value, e.g. latest=auto, prefix=dev-,onlatest=true')
    }
    switch (key) {
      case 'latest':
        rejectRepeat(line, key, draft.latest !== undefined)
        draft.latest = readLatest(line, value)
        draft.latestLine = line.line
        break
      case 'prefix':
      case 'suffix':
        rejectRepeat(line, key, draft[key] !== undefined)
        checkTemplate(value, { input: 'flavor', line: line.line }, key)
        draft[key] = { template: value, onLatest: false, line: line.line }
        lastAffix = key
        break
      case 'onlatest': {
        const target = readOnLatestTarget(line, lastAffix)
        const affix = draft[target]
        if (affix !== undefined) draft[target] = { ...affix, onLatest: readOnLatest(line, target, affix, value) }
        lastAffix = undefined
        break
      }
      default:
        throw lineError(
          line,
          `unknown flavor key "${key}"; expected one of ${FLAVOR_KEYS.join(', ')}`,
          `${didYouMean(key, FLAVOR_KEYS)}see the flavor documentation`,
        )
    }
  }
}

function readLatest(line: InputLine, value: string): LatestMode {
  const mode = LATEST_MODES.find((candidate) => candidate === value)
  if (mode !== undefined) return mode
  throw lineError(
    line,
    `latest must be one of ${LATEST_MODES.join(', ')}, got "${value}"`,
    'latest=auto adds latest for release-like tags, true always, false never',
  )
}

function readOnLatestTarget(line: InputLine, lastAffix: AffixKey | undefined): AffixKey {
  if (lastAffix !== undefined) return lastAffix
  throw lineError(
    line,
    'onlatest must follow a prefix or suffix on the same line',
    'write prefix=dev-,onlatest=true (metadata-action silently ignores a stray onlatest)',
  )
}

function readOnLatest(line: InputLine, target: AffixKey, affix: FlavorAffix, value: string): boolean {
  if (value === 'true' || value === 'false') return value === 'true'
  throw lineError(line, `onlatest must be true or false, got "${value}"`, `write ${target}=${affix.template},onlatest=true`)
}

function rejectRepeat(line: InputLine, key: string, repeated: boolean): void {
  if (repeated) throw lineError(line, `flavor ${key} is given more than once`, `keep a single ${key}=… line; metadata-action silently keeps the last one`)
}
