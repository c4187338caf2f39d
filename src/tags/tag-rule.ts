/**
 * The typed form of one `tags` entry (`type=semver,pattern={{version}}`). Parsing produces these;
 * the core never sees the `key=value` text again.
 */

/** metadata-action's tag types. */
export const TAG_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'] as const
export type TagType = (typeof TAG_TYPES)[number]

export const REF_EVENTS = ['branch', 'tag', 'pr'] as const
export type RefEvent = (typeof REF_EVENTS)[number]

export const SHA_FORMATS = ['short', 'long'] as const
export type ShaFormat = (typeof SHA_FORMATS)[number]

/** Attributes every type accepts besides `type`. */
export const COMMON_ATTRIBUTES = ['enable', 'priority', 'prefix', 'suffix'] as const

/** The attributes each type reads; anything else is rejected (metadata-action ignores it). */
export const TYPE_ATTRIBUTES = {
  schedule: ['pattern'],
  semver: ['pattern', 'value', 'match'],
  pep440: ['pattern', 'value', 'match'],
  match: ['pattern', 'group', 'value'],
  edge: ['branch'],
  ref: ['event'],
  raw: ['value'],
  sha: ['format'],
} as const satisfies Record<TagType, readonly string[]>

/** metadata-action's default priorities; entries are processed highest first. */
export const DEFAULT_PRIORITIES = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
} as const satisfies Record<TagType, number>

/** The `tags` entries used when the input is empty (metadata-action's defaults; no `sha`). */
export const DEFAULT_TAG_ENTRIES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'] as const

/** `enable=`: a literal, or a template that must render to `true`/`false`. */
export type Enable = { readonly kind: 'fixed'; readonly value: boolean } | { readonly kind: 'expression'; readonly template: string }

interface RuleBase {
  /** 1-based line in the `tags` input; 0 for the built-in defaults. */
  readonly line: number
  readonly enable: Enable
  readonly priority: number
  /**
   * The entry's own prefix/suffix template. When present (even empty) it replaces the flavor's.
   * `sha` and `ref,event=pr` get `sha-`/`pr-` here when the attribute is absent, which is why the
   * flavor prefix never applies to them (metadata-action behaviour).
   */
  readonly prefix: string | undefined
  readonly suffix: string | undefined
}

export interface ScheduleRule extends RuleBase {
  readonly type: 'schedule'
  /** Template with only `{{date}}`/`{{commit_date}}`; default `nightly`. */
  readonly pattern: string
}

interface VersionRuleFields extends RuleBase {
  /** Template over the parsed version (`{{version}}`, `{{major}}`, …); has at least one expression. */
  readonly pattern: string
  /** The pattern is exactly `{{raw}}`: the only pattern honoured for pre-releases. */
  readonly patternIsRaw: boolean
  /** Template for the version to parse instead of the git tag; '' when absent. */
  readonly value: string
  /** Regex whose group 1 is the version; has at least one capture group. */
  readonly match: RegExp | undefined
}

export interface SemverRule extends VersionRuleFields {
  readonly type: 'semver'
}

export interface Pep440Rule extends VersionRuleFields {
  readonly type: 'pep440'
}

export interface MatchRule extends RuleBase {
  readonly type: 'match'
  /** From `pattern=re` or `pattern=/re/flags`. Clone before use: `g`/`y` regexes carry state. */
  readonly pattern: RegExp
  /** The pattern as written, for warnings. */
  readonly patternText: string
  readonly group: number
  /** Template for the string to match instead of the git tag; '' when absent. */
  readonly value: string
}

export interface EdgeRule extends RuleBase {
  readonly type: 'edge'
  /** The branch that gets `edge`; undefined means the repository's default branch. */
  readonly branch: string | undefined
}

export interface RefRule extends RuleBase {
  readonly type: 'ref'
  readonly event: RefEvent
}

export interface RawRule extends RuleBase {
  readonly type: 'raw'
  /** Template; an empty result produces no tag. */
  readonly value: string
}

export interface ShaRule extends RuleBase {
  readonly type: 'sha'
  readonly format: ShaFormat
}

export type TagRule = ScheduleRule | SemverRule | Pep440Rule | MatchRule | EdgeRule | RefRule | RawRule | ShaRule
