/**
 * Test support for signatures and attestations (issue 16): a private Sigstore instance, keys, and
 * evidence in cosign's formats, signed for real and pushed to the real test registry.
 *
 * Instance (instance.ts)
 * - `startMockSigstore(clocks?)`: Fulcio CA, CT log, Rekor and TSA from @sigstore/mock, each with an
 *   optional clock (`{ ca, ctlog, tlog, tsa }`: a CA clock in the past issues a certificate that
 *   expired before Rekor logs its use). Gives `trustedRoot` / `trustedRootText` (trusted_root.json
 *   for exactly this instance), `issueCertificate(identity)`, `logEntry(entry)`, `timestamp(signature)`.
 * - `KeylessIdentity`: `{ subject, issuer, extensions? }` (extensions by Fulcio OID).
 *
 * Keys (keys.ts)
 * - `generateSigningKey(type)` for `KEY_TYPES` (`ecdsa-p256`, `ecdsa-p384`, `ed25519`, `rsa-2048`):
 *   `publicKeyPem` (what a policy names) and `sign(data, hash?)` as cosign signs with that key.
 *
 * Signing (cosign-tag.ts, bundles.ts); a signer is `{ key, hash?, log? }` or `{ keyless, sigstore, timestamp?, noLog? }`
 * - `signCosignTag({ digest, signer, dockerReference?, payload? })` → `{ payload, annotations }`: one
 *   layer of cosign's `sha256-<hex>.sig` manifest (simple-signing payload; signature, certificate,
 *   chain, Rekor SET bundle and RFC 3161 timestamp annotations). `payload` signs other bytes.
 * - `signBundle({ digest, signer, name?, predicateType?, predicate?, statement? })` → bundle v0.3
 *   JSON bytes: a DSSE envelope over an in-toto statement (default predicate type
 *   `COSIGN_SIGN_PREDICATE`, cosign's signature; `SLSA_PROVENANCE_V1` for provenance). Keyless
 *   bundles carry the certificate and a Rekor dsse entry with inclusion promise and proof.
 * - `simpleSigningPayload(digest, ref?)`, `inTotoStatement(options)`, `preAuthEncoding(type, payload)`.
 *
 * Registry (push.ts); a target is `{ url, repository, headers? }`
 * - `pushCosignSignatures(target, subjectDigest, signatures)`: the `sha256-<hex>.sig` manifest.
 * - `pushBundleReferrer(target, subjectDescriptor, bundle, predicateType)`: an OCI referrer with
 *   artifactType `application/vnd.dev.sigstore.bundle.v0.3+json`, plus the `sha256-<hex>` referrers
 *   tag when the registry has no referrers API (distribution 2.8 has none).
 * - `pushBlob`, `putManifest`, `digestTag` for anything else (an image to sign).
 */
export * from './instance.js'
export * from './keys.js'
export * from './cosign-tag.js'
export * from './bundles.js'
export * from './push.js'
