/**
 * The shared types of issue 16 (chain of custody), as agreed in its design: custody and github
 * produce `Evidence`, sigstore verifies it against `SignerRules` and a `TrustSource`, and policy
 * turns the `EvidenceCheck`s into findings. Formats: cosign's signature spec
 * (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md), Sigstore bundles
 * (https://github.com/sigstore/protobuf-specs), in-toto statements (https://github.com/in-toto/attestation).
 */

/** A predicate on a string: a compiled policy pattern (exact/glob/re:), passed in by the caller. */
export interface Matcher {
  readonly source: string
  matches(value: string): boolean
}

/** Who may have signed. Any one key or identity suffices. */
export interface SignerRules {
  readonly keys: readonly { readonly name: string; readonly pem: string }[] // name: the policy's path, for messages
  readonly identities: readonly IdentityRule[]
}
export interface IdentityRule {
  readonly subject?: Matcher // certificate SAN (URI or email)
  readonly issuer?: Matcher // OIDC issuer extension (1.3.6.1.4.1.57264.1.8, else legacy .1.1)
  /** Other Fulcio certificate extensions by OID (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md), e.g. SourceRepositoryURI. */
  readonly extensions?: Readonly<Record<string, Matcher>>
  readonly text: string // how messages name the rule: "subject … issued by …"
}

/** What was found in a registry (or the GitHub API) for one subject digest; produced by custody/github, verified by sigstore. */
export type Evidence =
  | {
      readonly kind: 'cosign-tag' // cosign's `sha256-<hex>.sig` tag: one entry per layer (one signature each)
      readonly where: string // "localhost:5000/app:sha256-<hex>.sig"
      readonly subject: string // the digest it must sign
      readonly payload: Uint8Array // the layer blob (simple-signing JSON)
      readonly annotations: Readonly<Record<string, string>> // dev.cosignproject.cosign/signature, dev.sigstore.cosign/certificate, …/chain, dev.sigstore.cosign/bundle
    }
  | {
      readonly kind: 'bundle' // a Sigstore bundle (v0.1–v0.3 JSON): OCI referrer layer, or a GitHub attestations API entry
      readonly where: string // "localhost:5000/app referrers API" | "... referrers tag sha256-<hex>" | "GitHub attestations API (acme/app)"
      readonly subject: string
      readonly bundle: Uint8Array // the bundle JSON bytes as stored
    }

/** One piece of evidence, verified or not. Every problem is said in words a release engineer acts on. */
export interface EvidenceCheck {
  readonly where: string
  readonly ok: boolean
  /** The signer as found, verified or not: "key .github/cosign.pub", "https://github.com/…@refs/heads/main (issuer https://token.actions.githubusercontent.com)", "an unknown key". */
  readonly signer?: string
  readonly problem?: string // set when !ok: "signed by another key", "signs sha256:… not sha256:…", "certificate expired at … and no timestamp proves it was used before", "subject … does not match …"
  /** For DSSE bundles: the in-toto statement, parsed (subject digests checked against `subject`). */
  readonly statement?: InTotoStatement
}
export interface InTotoStatement {
  readonly predicateType: string
  readonly subjects: readonly { readonly name: string; readonly digest: Readonly<Record<string, string>> }[]
  readonly predicate: unknown
}

/** The trusted root (Sigstore trusted_root.json, protobuf-specs TrustedRoot JSON) to verify keyless signatures against. */
export interface TrustSource {
  readonly text: string
  trustedRoot(): Promise<unknown /* TrustedRoot JSON */>
}

export type Requirement =
  | { readonly kind: 'signature' } // a cosign tag signature, or a bundle whose DSSE statement has predicateType https://sigstore.dev/cosign/sign/v1
  | { readonly kind: 'attestation'; readonly predicateType: string } // a DSSE bundle with this predicate type
