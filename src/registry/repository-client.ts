import type { Readable } from 'node:stream'
import type { Descriptor } from '../oci/index.js'
import type { BlobBody, FetchedManifest, ManifestHead, RepositoryClient, TagsPage, UploadBlobOptions } from './api.js'
import { hasBlob, mountBlob, openBlob } from './blobs.js'
import { getManifest, headManifest, putManifest } from './manifests.js'
import { shortDigest, type RepositoryTransport } from './repository-transport.js'
import { listReferrers } from './referrers.js'
import { listTags, listTagsFirstPage } from './tags.js'
import { uploadBlob } from './upload.js'
import { cancelUpload, type UploadSession } from './upload-session.js'
import { RegistryError } from './errors.js'
import { foreignLayersOf } from './foreign-layers.js'

export interface RepositoryClientOptions {
  readonly chunked: 'fallback' | 'always'
  readonly attempts: number
  readonly warn: (message: string) => void
  readonly sleep: (ms: number) => Promise<void>
}

/**
 * distribution 2.8 (filesystem storage) rewrites a blob's link file on every mount or upload into a
 * repository, so while two writers put the same blob into one repository (two pipelines sharing a
 * base layer; two signatures sharing cosign's `{}` config) a manifest PUT can find the link empty
 * and answer MANIFEST_BLOB_UNKNOWN for a blob both writers were just told is there (201). Measured
 * on 400 such pairs: 7 refusals, and every retry 20 ms later succeeded. One retry after this pause;
 * a blob that is really missing fails the same way again and is reported.
 */
export const BLOB_LINK_RACE_RETRY_MS = 100

/**
 * The race leaves MANIFEST_BLOB_UNKNOWN alone, for blobs that were uploaded: not next to other
 * codes (distribution's refusal of a layer URL adds UNKNOWN, foreign-layers.ts), and not for a
 * foreign layer, which was never uploaded and will not appear.
 */
function mayBeLinkRace(error: RegistryError, foreign: readonly Descriptor[]): boolean {
  if (error.codes.length === 0 || !error.codes.every((code) => code === 'MANIFEST_BLOB_UNKNOWN')) return false
  return !error.errors.some((entry) => foreign.some((layer) => layer.digest === entry.detail))
}

/**
 * `RepositoryClient` over one repository's transport. It owns the upload sessions refused mounts left
 * open (docs/registry-protocol.md#blob-mount: a 202 has started a session, don't open a second one): `uploadBlob` of the same digest
 * takes it, `discardMountSession` or `discardAll` (from `RegistryClient.close`) DELETE it.
 */
export class RegistryRepositoryClient implements RepositoryClient {
  private readonly mountSessions = new Map<string, UploadSession>()

  constructor(
    private readonly rt: RepositoryTransport,
    private readonly options: RepositoryClientOptions,
  ) {}

  get registry(): string {
    return this.rt.endpoint.registry
  }

  get repository(): string {
    return this.rt.repository
  }

  hasBlob(digest: string, size?: number): Promise<boolean> {
    return hasBlob(this.rt, digest, size, this.options.warn)
  }

  async mountBlob(digest: string, fromRepository: string): Promise<boolean> {
    const outcome = await mountBlob(this.rt, digest, fromRepository)
    if (outcome.mounted || outcome.session === undefined) return outcome.mounted
    await this.discardMountSession(digest)
    this.mountSessions.set(digest, outcome.session)
    return false
  }

  async discardMountSession(digest: string): Promise<void> {
    const session = this.mountSessions.get(digest)
    if (session === undefined) return
    this.mountSessions.delete(digest)
    await cancelUpload(this.rt, session, `discard the upload session of blob ${shortDigest(digest)}`)
  }

  async discardAll(): Promise<void> {
    await Promise.all([...this.mountSessions.keys()].map((digest) => this.discardMountSession(digest)))
  }

  uploadBlob(descriptor: { digest: string; size: number }, body: BlobBody, options: UploadBlobOptions = {}): Promise<number> {
    const session = this.mountSessions.get(descriptor.digest)
    this.mountSessions.delete(descriptor.digest)
    return uploadBlob(this.rt, descriptor, body, { session, ...this.options, verified: options.verified ?? false })
  }

  openBlob(descriptor: { digest: string; size: number }, options: { readonly verify?: boolean } = {}): Promise<Readable> {
    return openBlob(this.rt, descriptor, options)
  }

  headManifest(reference: string): Promise<ManifestHead | undefined> {
    return headManifest(this.rt, reference)
  }

  getManifest(reference: string, options: { readonly maxBytes?: number } = {}): Promise<FetchedManifest | undefined> {
    return getManifest(this.rt, reference, options.maxBytes)
  }

  async putManifest(reference: string, bytes: Buffer, mediaType: string): Promise<{ digest: string; subjectProcessed: boolean }> {
    try {
      return await putManifest(this.rt, reference, bytes, mediaType, this.options.warn)
    } catch (error) {
      if (!(error instanceof RegistryError) || !mayBeLinkRace(error, foreignLayersOf(bytes, mediaType))) throw error
      await this.options.sleep(BLOB_LINK_RACE_RETRY_MS)
      return putManifest(this.rt, reference, bytes, mediaType, this.options.warn)
    }
  }

  listTags(): Promise<string[]> {
    return listTags(this.rt)
  }

  listTagsFirstPage(): Promise<TagsPage> {
    return listTagsFirstPage(this.rt)
  }

  listReferrers(digest: string): Promise<Descriptor[] | undefined> {
    return listReferrers(this.rt, digest)
  }
}
