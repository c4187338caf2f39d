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
  'signature.required',
  'attestation.required',
  'promotion.proof',
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

/**
 * Who may have signed (docs/signatures.md#the-policy): any one key or identity suffices. Keys are
 * workspace paths of PEM public keys, read when a command verifies; identities are keyless
 * signers, a certificate subject and OIDC issuer as `cosign verify --certificate-identity
 * --certificate-oidc-issuer` takes them (https://docs.sigstore.dev/cosign/verifying/verify/).
 */
export interface SignerPolicy {
  readonly keys: readonly { readonly path: string; readonly where: InputLocation }[]
  readonly identities: readonly { readonly subject: Pattern; readonly issuer: Pattern; readonly where: InputLocation }[]
}

/** `signature.required`: the digest must carry a valid signature from one of the signers. */
export interface SignatureRules extends SignerPolicy {
  readonly where: InputLocation
  /** `image`: the digest written (for an index, the index digest, which is what cosign signs); `every-platform`: each child manifest too. */
  readonly index: 'image' | 'every-platform'
}

/** `attestation.required`: provenance whose subject is the digest, constrained like `gh attestation verify`. */
export interface ProvenanceRules {
  readonly where: InputLocation
  readonly predicateType: string
  /** `owner/name`: the repository that built it (`--repo`). */
  readonly repo?: string
  /** The owner that built it (`--owner`). */
  readonly owner?: string
  /** The workflow that signed it (`--signer-workflow`), `owner/repo/.github/workflows/file.yml`, a pattern. */
  readonly signerWorkflow?: Pattern
  /** Where attestations are looked for: the registry's referrers, the GitHub attestations API. */
  readonly sources: readonly ('registry' | 'github')[]
}

/** `promote.proof`: how the `from` environment's holding is proven. */
export interface PromotionProof {
  /** `tag`: the marker tag or the digest's presence (promotion.order); `attestation`: a signed promotion record of `from`. */
  readonly kind: 'tag' | 'attestation'
  /** Who may sign `from`'s records; set when `kind` is `attestation`. */
  readonly signers?: SignerPolicy
  readonly where: InputLocation
}

/** Which Sigstore instance verifies keyless signatures and signs promotion records. */
export interface SigstoreSettings {
  /** `public-good` (through TUF), `github` (GitHub's instance), or a trusted_root.json in the workspace. */
  readonly trustedRoot: { readonly kind: 'public-good' | 'github' } | { readonly kind: 'file'; readonly path: string; readonly where: InputLocation }
  readonly fulcio?: string
  readonly rekor?: string
  readonly timestampAuthority?: string
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
  readonly signatures?: SignatureRules
  readonly provenance?: ProvenanceRules
  /** A promote into the environment writes a signed promotion record. */
  readonly record: boolean
  readonly promoteProof?: PromotionProof
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
  /** `sha256:<hex>` of the policy file's bytes, which promotion records name; undefined for the built-in defaults. */
  readonly digest?: string
  readonly defaults: EnvironmentPolicy
  readonly environments: ReadonlyMap<string, EnvironmentPolicy>
  readonly exceptions: readonly PolicyException[]
  /** Default globs of deployment files for `check`. */
  readonly scan: readonly Pattern[]
  readonly sigstore: SigstoreSettings
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
