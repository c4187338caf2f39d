/**
 * The registry client's public surface (Distribution API, docs/registry-protocol.md). It uses
 * `oci/` for media types, digests and their verification, and parses manifests only to find
 * referrers and foreign layers; callers (store/, push/) see only this file's types.
 */
import type { Repository } from '../ref/index.js'
import type { Readable } from 'node:stream'
import type { Descriptor } from '../oci/index.js'
import type { Deadlines, TransferProgress } from './transport/index.js'

/** Where credentials come from, resolved per registry host (explicit input, Docker config, helpers, github-token). */
export interface Credential {
  readonly username?: string
  readonly password?: string
  /** An identity/refresh token (Docker config `identitytoken`, helper `Username: "<token>"`): OAuth2 POST flow. */
  readonly identityToken?: string
  /** A bearer token sent as-is (Docker config `registrytoken`). */
  readonly registryToken?: string
  /**
   * Where the credential was found, for messages (never the secret): e.g. `input "password"`,
   * `~/.docker/config.json`, `docker-credential-desktop`.
   */
  readonly source?: string
}

export type CredentialResolver = (registry: string) => Promise<Credential | undefined>

export interface RegistryClientOptions {
  readonly credentials: CredentialResolver
  /** Registries (host[:port]) reached over plain HTTP besides loopback ones. */
  readonly insecureRegistries?: readonly string[]
  readonly userAgent?: string
  /**
   * Deadlines (transport/deadlines.ts): `deadlinesFor(timeout)` for the user's `timeout`, or single
   * ones overridden. Default: a registry silent for 60 s fails, retries included.
   */
  readonly timeouts?: Partial<Deadlines>
  /** Uploads of 32 MiB and more report their progress here while they run. */
  readonly onProgress?: (progress: TransferProgress) => void
  /** Retry policy for replayable requests (network errors, 408, 429, 5xx). */
  readonly retry?: { readonly attempts?: number; readonly baseDelayMs?: number; readonly maxDelayMs?: number }
  /** Injected for tests: sleep and clock (token expiry). */
  readonly sleep?: (ms: number) => Promise<void>
  readonly now?: () => number
  /** Registry `Warning` headers and other notices, each once. */
  readonly warn?: (message: string) => void
  /**
   * Called with every secret the client receives or derives (credential values, Basic header values,
   * bearer and refresh tokens) before it is used (`::add-mask::` in the action, src/action/mask.ts). Whatever this does,
   * the client also remembers each one, and no error it builds afterwards contains it.
   */
  readonly mask?: (secret: string) => void
  /**
   * `fallback` (default): one PUT of the whole blob, chunked PATCH only after a 413. `always`: chunked
   * PATCH uploads (chunks of max(OCI-Chunk-Min-Length, 5 MiB)), for proxies with body-size limits.
   */
  readonly chunkedUploads?: 'fallback' | 'always'
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

export interface UploadBlobOptions {
  /**
   * The caller has just read the whole body and checked it against the digest (a local layout's
   * pre-flight): the whole-blob PUT then streams it without hashing it a second time. The registry
   * still checks the digest itself (DIGEST_INVALID) before it commits.
   */
  readonly verified?: boolean
}

/** Counters a command reports in its summary, and tests compare with the registry's access log. */
export interface RequestStats {
  /** Requests sent to the registry's own origin: what its access log shows. */
  readonly requests: number
  /**
   * Request body bytes sent and response body bytes read, over all of this registry's requests (token
   * endpoint and other hosts included); bodies discarded unread (HEAD, dumped errors) count 0.
   */
  readonly bytesSent: number
  readonly bytesReceived: number
  /** Requests to its token endpoint (the Bearer realm). */
  readonly authRequests: number
  /** Requests to other hosts on its behalf: redirects (CDN, S3), offloaded upload sessions. */
  readonly offHostRequests: number
}

/** What one read of a tag list gave: its tags, and whether they are all the repository has. */
export interface TagsPage {
  /** Each once; a set, so that a page of 100,000 names answers "is this one listed?" at once. */
  readonly tags: ReadonlySet<string>
  /** False when the registry points at a next page that was not read: a tag not in `tags` may still exist. */
  readonly complete: boolean
}

/** How a repository client asks for access. */
export interface RepositoryOptions {
  /**
   * `push`: every request, reads included, asks for `pull,push`, so a push needs one token instead
   * of a pull token and then a push token (ggcr `scopesForUploadingImage`). Default `pull`: reads
   * ask for `pull`, writes for `pull,push`.
   */
  readonly intent?: 'pull' | 'push'
}

/** One repository on one registry. Everything is by digest or tag; nothing here knows a layout exists. */
export interface RepositoryClient {
  readonly registry: string
  readonly repository: string
  /** HEAD /v2/<name>/blobs/<digest>: a 3xx counts as present and is not followed. */
  hasBlob(digest: string, size?: number): Promise<boolean>
  /**
   * POST ?mount=&from=: true when mounted (201); false when the registry refused (fall back to upload).
   * A 202 refusal has already opened an upload session: it is kept for this digest, and the next
   * `uploadBlob` of the digest uses it instead of a POST. Call `discardMountSession` when the blob
   * will not be uploaded; `RegistryClient.close` discards what is left.
   */
  mountBlob(digest: string, fromRepository: string): Promise<boolean>
  /** Cancels (DELETE) the session a 202 mount left open for this digest, if any; errors are ignored. */
  discardMountSession(digest: string): Promise<void>
  /**
   * POST then one PUT ?digest= of the whole body (chunked PATCH fallback on 413); verified while
   * streaming. `body` may be called more than once (redirect, re-auth, retry of the whole blob).
   * Resolves to the number of body bytes sent: 0 for a blob with bytes when a run's client
   * (`withRunCache`) found another image of the run had just put it there, and sent nothing.
   */
  uploadBlob(descriptor: { digest: string; size: number }, body: BlobBody, options?: UploadBlobOptions): Promise<number>
  /**
   * GET a blob as a stream that fails at the end if size or digest differ. `verify: false` leaves the
   * check to the consumer: an upload of the stream verifies it anyway, before the registry commits.
   */
  openBlob(descriptor: { digest: string; size: number }, options?: { readonly verify?: boolean }): Promise<Readable>
  /** HEAD a manifest with the full Accept list; undefined on 404. Falls back to GET + hash without Docker-Content-Digest. */
  headManifest(reference: string): Promise<ManifestHead | undefined>
  /**
   * GET a manifest; by digest the bytes must hash to it. undefined on 404. `maxBytes` reads less than
   * the 8 MiB of any manifest: the size its descriptor declares, when many are read on a list's word.
   */
  getManifest(reference: string, options?: { readonly maxBytes?: number }): Promise<FetchedManifest | undefined>
  /** PUT exact bytes with their own media type; returns the digest the registry confirmed (must equal ours). */
  putManifest(reference: string, bytes: Buffer, mediaType: string): Promise<{ digest: string; subjectProcessed: boolean }>
  /** GET tags/list following Link rel="next"; [] when the repository does not exist. */
  listTags(): Promise<string[]>
  /** GET tags/list, its first page only (one request); `complete` when the registry names no next page. */
  listTagsFirstPage(): Promise<TagsPage>
  /** GET referrers/<digest>: the manifests whose subject is the digest; undefined when the registry has no referrers API. */
  listReferrers(digest: string): Promise<Descriptor[] | undefined>
}

/** One repository a run will touch: `pull` to read it, `push` to write it. */
export interface PlannedAccess {
  readonly repository: Repository
  readonly access: 'pull' | 'push'
}

export interface RegistryClient {
  /** A client for one repository; its registry and path are checked with the reference grammar. */
  repository(repository: Repository, options?: RepositoryOptions): RepositoryClient
  /**
   * Pings the registry and looks up its credential in the background, so the first request to it
   * does not wait for them; errors are left to that request.
   */
  warmUp(registry: string): void
  /**
   * Says which repositories the run will touch and how, before its first request: the first token
   * asked of a token-auth registry covers them all at once, in bounded batches, instead of one new
   * token per repository (docs/registry-protocol.md#token-cache). A token server that refuses them
   * only stops the announcing; Basic and anonymous registries ignore it. Never throws.
   */
  announce(access: readonly PlannedAccess[]): void
  /** Requests and bytes so far, per registry host. */
  stats(registry: string): RequestStats
  /** Discards upload sessions left open by refused mounts and closes the connections. */
  close(): Promise<void>
}
