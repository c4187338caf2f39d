/**
 * The registry client's public surface (Distribution API, oci-client-reference §§1–5). The HTTP
 * layer never imports the image model beyond `oci/` descriptors; callers (store/, push/) see only
 * this file's types.
 */
import type { Readable } from 'node:stream'

/** Where credentials come from, resolved per registry host (explicit input, Docker config, helpers, github-token). */
export interface Credential {
  readonly username?: string
  readonly password?: string
  /** An identity/refresh token (Docker config `identitytoken`, helper `Username: "<token>"`): OAuth2 POST flow. */
  readonly identityToken?: string
  /** A bearer token sent as-is (Docker config `registrytoken`). */
  readonly registryToken?: string
}

export type CredentialResolver = (registry: string) => Promise<Credential | undefined>

export interface RegistryClientOptions {
  readonly credentials: CredentialResolver
  /** Registries (host[:port]) reached over plain HTTP besides loopback ones. */
  readonly insecureRegistries?: readonly string[]
  readonly userAgent?: string
  /** Per-request timeouts; defaults suit multi-GiB uploads. */
  readonly timeouts?: { readonly connectMs?: number; readonly headersMs?: number; readonly bodyMs?: number }
  /** Retry policy for replayable requests (network errors, 408, 429, 5xx). */
  readonly retry?: { readonly attempts?: number; readonly baseDelayMs?: number; readonly maxDelayMs?: number }
  /** Injected for tests: sleep and clock (token expiry). */
  readonly sleep?: (ms: number) => Promise<void>
  readonly now?: () => number
  /** Registry `Warning` headers and other notices, each once. */
  readonly warn?: (message: string) => void
}

/** A manifest as fetched: the exact bytes, their own media type and sha256 of the bytes. */
export interface FetchedManifest {
  readonly bytes: Buffer
  readonly mediaType: string
  readonly digest: string
}

export interface ManifestHead {
  readonly digest: string
  readonly mediaType: string
  readonly size: number
}

export type BlobBody = () => Readable

/** Counters a command reports in its summary, and tests compare with the registry's access log. */
export interface RequestStats {
  readonly requests: number
  readonly bytesSent: number
  readonly bytesReceived: number
}

/** One repository on one registry. Everything is by digest or tag; nothing here knows a layout exists. */
export interface RepositoryClient {
  readonly registry: string
  readonly repository: string
  /** HEAD /v2/<name>/blobs/<digest>: a 3xx counts as present and is not followed. */
  hasBlob(digest: string, size?: number): Promise<boolean>
  /** POST ?mount=&from=: true when mounted (201); false when the registry refused (fall back to upload). */
  mountBlob(digest: string, fromRepository: string): Promise<boolean>
  /** POST then one PUT ?digest= of the whole body (chunked PATCH fallback on 413); verified while streaming. */
  uploadBlob(descriptor: { digest: string; size: number }, body: BlobBody): Promise<number>
  /** GET a blob as a stream that fails at the end if size or digest differ. */
  openBlob(descriptor: { digest: string; size: number }): Promise<Readable>
  /** HEAD a manifest with the full Accept list; undefined on 404. Falls back to GET + hash without Docker-Content-Digest. */
  headManifest(reference: string): Promise<ManifestHead | undefined>
  /** GET a manifest; by digest the bytes must hash to it. undefined on 404. */
  getManifest(reference: string): Promise<FetchedManifest | undefined>
  /** PUT exact bytes with their own media type; returns the digest the registry confirmed (must equal ours). */
  putManifest(reference: string, bytes: Buffer, mediaType: string): Promise<{ digest: string; subjectProcessed: boolean }>
  /** GET tags/list following Link rel="next"; [] when the repository does not exist. */
  listTags(): Promise<string[]>
}

export interface RegistryClient {
  repository(registry: string, repository: string): RepositoryClient
  /** Requests and bytes so far, per registry host. */
  stats(registry: string): RequestStats
}
