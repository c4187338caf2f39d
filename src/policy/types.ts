import type { InputLocation } from '../errors.js'
import type { Repository } from '../ref/index.js'

/** Stable rule ids: they appear in every finding, in annotation titles, and are what exceptions name. */
export const RULE_IDS = [
  'tag.forbidden',
  'tag.pattern',
  'tag.immutable',
  'tag.missing',
  'promotion.order',
  'image.allowed',
  'image.denied',
  'digest.required',
  'ref.invalid',
  'ref.unresolved',
  'ref.templated',
  'ref.placeholder',
  'scan.skipped',
  'exception.expired',
  'file.outside-workspace',
  'policy.changed',
] as const
export type RuleId = (typeof RULE_IDS)[number]

export const LEVELS = ['error', 'warn', 'off'] as const
export type Level = (typeof LEVELS)[number]

/** A compiled pattern: a glob (default), `re:<regex>` or `semver:<range>`, anchored at both ends. */
export interface Pattern {
  readonly source: string
  readonly where: InputLocation
  matches(value: string): boolean
}

export interface TagRules {
  /** No tag and no digest (an implicit `latest`) is a finding. */
  readonly requireExplicit: boolean
  /** When not empty, every tag must match one. */
  readonly allow: readonly Pattern[]
  readonly forbid: readonly Pattern[]
  /** Tags that are never moved to another digest once written... */
  readonly immutable: readonly Pattern[]
  /** ...except these (ECR's IMMUTABLE_WITH_EXCLUSION). */
  readonly mutable: readonly Pattern[]
}

export interface ImageRules {
  /** When not empty, every repository (`registry/path`, normalised) must match one. */
  readonly allow: readonly Pattern[]
  readonly deny: readonly Pattern[]
}

/** Everything one environment enforces, defaults merged in (a field an environment sets replaces the default's). */
export interface EnvironmentPolicy {
  readonly name: string
  readonly where: InputLocation
  /** Repositories push and promote write to for this environment, parsed once when the policy loads. */
  readonly repositories: readonly Repository[]
  /** The tag that says what the environment runs (e.g. `staging`): a promotion source and the `promotion.order` check. */
  readonly tag?: string
  readonly promoteFrom?: string
  /** Deployment files that deploy to this environment (globs, repository-relative). */
  readonly files: readonly Pattern[]
  readonly tags: TagRules
  readonly images: ImageRules
  readonly digest: 'optional' | 'required'
  readonly enforcement: Level
  /** Per-rule levels over `enforcement`. */
  readonly levels: Readonly<Partial<Record<RuleId, Level>>>
}

export interface PolicyException {
  readonly id: string
  readonly where: InputLocation
  readonly rules: readonly RuleId[]
  readonly images: readonly Pattern[]
  readonly tags: readonly Pattern[]
  /** Empty: every environment. */
  readonly environments: readonly string[]
  readonly reason: string
  /** `YYYY-MM-DD`, the last day it applies. */
  readonly expires?: string
}

export interface Policy {
  /** The file it was read from, repository-relative when it could be; undefined for the built-in defaults. */
  readonly file: string | undefined
  readonly defaults: EnvironmentPolicy
  readonly environments: ReadonlyMap<string, EnvironmentPolicy>
  readonly exceptions: readonly PolicyException[]
  /** Default globs of deployment files for `check`. */
  readonly scan: readonly Pattern[]
}

export type FindingLevel = 'error' | 'warn'

export interface Finding {
  readonly rule: RuleId
  readonly level: FindingLevel
  readonly message: string
  /** What to do about it. */
  readonly hint: string
  readonly environment?: string
  /** The image reference or `repository:tag` at fault. */
  readonly subject?: string
  /** Where: a file position (deployment file, policy file) or an input. */
  readonly location?: InputLocation & { readonly endColumn?: number }
  /**
   * Other places that take part, e.g. the Compose `image:` line whose `${TAG}` the `.env` line at
   * `location` decides, or the values lines a Helm template joins; `message` says what each holds.
   */
  readonly related?: readonly RelatedLocation[]
}

/** A place a finding names besides its location (SARIF `relatedLocations`). */
export type RelatedLocation = InputLocation & { readonly endColumn?: number; readonly message?: string }
