/**
 * Bounds on everything verification reads. Evidence comes from a registry or an API anyone with push
 * rights can write to, so each input is measured before it is parsed: a larger or deeper one is a
 * refused check, never a crash or a long stall.
 */
export const SIGSTORE_LIMITS = {
  /** A simple-signing payload (the `.sig` layer blob); custody refuses a blob past 1 MiB before reading it. */
  payloadBytes: 1024 * 1024,
  /** A Sigstore bundle as stored (an SLSA provenance bundle is tens of KiB). */
  bundleBytes: 1024 * 1024,
  /** One annotation value (signature, certificate, chain, Rekor bundle, timestamp). */
  annotationBytes: 64 * 1024,
  /** JSON nesting, in any payload, bundle, statement or trusted root. */
  jsonDepth: 64,
  /** Certificates in a chain (Fulcio's is leaf, intermediate, root). */
  chainCertificates: 10,
  /** Transparency-log entries and RFC 3161 timestamps in one bundle. */
  bundleEntries: 16,
  /** Subjects of one in-toto statement. */
  statementSubjects: 4096,
  /** A trusted_root.json (public-good's is about 15 KiB). */
  trustedRootBytes: 1024 * 1024,
  /** Authorities of each kind in a trusted root. */
  trustedRootAuthorities: 64,
} as const

/** `1048576` → `1 MiB`, for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes} bytes`
}
