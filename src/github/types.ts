/**
 * The shapes this layer hands to src/sigstore, written out here so that `github` imports nothing but
 * `errors` (docs/architecture.md#layers). They are the `bundle` case of `Evidence` and the
 * `IdentityRule` of src/sigstore/types.ts, member for member; types.test.ts fails when they drift.
 */

/** A predicate on a string (src/sigstore/types.ts `Matcher`). */
export interface Matcher {
  readonly source: string
  matches(value: string): boolean
}

/** An identity a Fulcio certificate must have (src/sigstore/types.ts `IdentityRule`). */
export interface IdentityRule {
  readonly subject?: Matcher
  readonly issuer?: Matcher
  readonly extensions?: Readonly<Record<string, Matcher>>
  readonly text: string
}

/** A Sigstore bundle found for a subject digest (src/sigstore/types.ts `Evidence`, kind `bundle`). */
export interface BundleEvidence {
  readonly kind: 'bundle'
  readonly where: string
  readonly subject: string
  readonly bundle: Uint8Array
}
