import { digestOf, type Descriptor } from '../oci/index.js'
import { registryKey, type Repository } from '../ref/index.js'
import type { FetchedManifest, RegistryClient, RepositoryClient, TagsPage } from './api.js'

/**
 * A registry client whose repositories share what one run has read (issue 18: "a repository's tags,
 * a registry's ping and token, a blob's presence are learned once per run and shared by every image
 * of the run"). A command wraps its client once and passes the wrapper down; tests run many runs in
 * one process, so nothing here is module state. Ping, credentials and tokens are the wrapped
 * client's own, already shared per host (client.ts). Learned once per (registry, repository):
 *
 * - the tag list, and its first page (docs/registry-protocol.md#attachments);
 * - a manifest by tag or digest (a cosign `.sig` that the custody gate verified, then promote
 *   copies; an index's children that the gate and the copy both walk);
 * - a blob's presence, from a HEAD answer or from a mount or upload of this run;
 * - that the registry has no referrers API (a 404 and the like: docs/registry-protocol.md#referrers).
 *
 * What the run writes is never served stale: a manifest PUT forgets what was read of its reference
 * and digest, and adds a tag it wrote to the tag lists read (or forgets them when the PUT failed, as a
 * lost answer may still have written). HEADs of manifests are never cached: they are how a run
 * reads what a tag points at now, before writing and in the read-back after (docs/decisions.md#tag-read-back).
 * A read that failed is not remembered: the next one asks again.
 */
export function withRunCache(client: RegistryClient): RegistryClient {
  const repositories = new Map<string, RepositoryReads>()
  const readsOf = (target: Repository): RepositoryReads => {
    const key = `${registryKey(target.registry)}/${target.repository}`
    let reads = repositories.get(key)
    if (reads === undefined) repositories.set(key, (reads = new RepositoryReads()))
    return reads
  }
  const wrapped: Required<RegistryClient> = {
    repository: (target, options) => cachedRepository(client.repository(target, options), readsOf(target)),
    warmUp: (registry) => client.warmUp(registry),
    announce: (access) => client.announce(access),
    stats: (registry) => client.stats(registry),
    close: () => client.close(),
  }
  return wrapped
}

/** Promises by key, settled ones kept; a rejected one is dropped so the next caller asks again. */
class Memo<T> {
  private readonly entries = new Map<string, Promise<T>>()

  get(key: string, read: () => Promise<T>): Promise<T> {
    return this.entries.get(key) ?? this.remember(key, read())
  }

  peek(key: string): Promise<T> | undefined {
    return this.entries.get(key)
  }

  /** Replaces a remembered value with `change` of it (nothing when none is remembered). */
  update(key: string, change: (value: T) => T): void {
    const entry = this.entries.get(key)
    if (entry !== undefined) this.remember(key, entry.then(change))
  }

  delete(key: string): void {
    this.entries.delete(key)
  }

  private remember(key: string, value: Promise<T>): Promise<T> {
    this.entries.set(key, value)
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key)
    })
    return value
  }
}

/** What one run has read of one repository. */
class RepositoryReads {
  readonly manifests = new Memo<FetchedManifest | undefined>()
  readonly tags = new Memo<TagsPage>()
  /** HEAD answers by digest and size. */
  readonly blobHeads = new Memo<boolean>()
  /** Blobs this run mounted or uploaded here, or was told are here. */
  readonly blobsPresent = new Set<string>()
  /** Mounts and uploads under way, by digest: a second image's waits for the first's. */
  readonly mounts = new Map<string, Promise<boolean>>()
  readonly uploads = new Map<string, Promise<number>>()
  /**
   * Whether the registry answers the referrers API here, once the first query has said so. While
   * that query is under way the others wait for it: images promoted at once would otherwise each
   * learn the same 404 (as many as the registry's limit lets run together).
   */
  referrersApi: Promise<boolean> | undefined

  /** After a manifest PUT (done or failed): what was read of it is forgotten, a tag written is added to the lists. */
  written(reference: string, digest: string, ok: boolean): void {
    this.manifests.delete(reference)
    this.manifests.delete(digest)
    if (reference.includes(':')) return
    for (const key of ['all', 'first']) {
      if (!ok) this.tags.delete(key)
      else this.tags.update(key, (page) => (page.tags.has(reference) ? page : { ...page, tags: new Set(page.tags).add(reference) }))
    }
  }
}

function cachedRepository(inner: RepositoryClient, reads: RepositoryReads): RepositoryClient {
  const wrapped: Required<RepositoryClient> = {
    registry: inner.registry,
    repository: inner.repository,
    hasBlob: async (digest, size) => {
      if (reads.blobsPresent.has(digest)) return true
      return reads.blobHeads.get(`${digest} ${size ?? ''}`, () => inner.hasBlob(digest, size))
    },
    mountBlob: async (digest, from) => {
      if (reads.blobsPresent.has(digest)) return true
      // Another image of the run mounting the same blob here: its answer serves this one too; a
      // refusal is not shared (its upload session belongs to the other image's client).
      const pending = reads.mounts.get(digest)
      if (pending !== undefined && (await pending.catch(() => false))) return true
      const mounting = inner.mountBlob(digest, from)
      reads.mounts.set(digest, mounting)
      const mounted = await mounting.finally(() => {
        if (reads.mounts.get(digest) === mounting) reads.mounts.delete(digest)
      })
      if (mounted) reads.blobsPresent.add(digest)
      return mounted
    },
    discardMountSession: (digest) => inner.discardMountSession(digest),
    uploadBlob: async (descriptor, body, options) => {
      const { digest } = descriptor
      // Another image of the run uploading the same blob here (images on one base): once it is in,
      // this one has nothing to send; the session a refused mount left for it is closed.
      const pending = reads.uploads.get(digest)
      if (
        reads.blobsPresent.has(digest) ||
        (pending !== undefined &&
          (await pending.then(
            () => true,
            () => false,
          )))
      ) {
        await inner.discardMountSession(digest)
        return 0
      }
      const uploading = inner.uploadBlob(descriptor, body, options)
      reads.uploads.set(digest, uploading)
      const sent = await uploading.finally(() => {
        if (reads.uploads.get(digest) === uploading) reads.uploads.delete(digest)
      })
      reads.blobsPresent.add(digest)
      return sent
    },
    openBlob: (descriptor, options) => inner.openBlob(descriptor, options),
    headManifest: (reference) => inner.headManifest(reference),
    getManifest: async (reference, options = {}) => {
      let own = false
      const shared = reads.manifests.get(reference, () => {
        own = true
        return inner.getManifest(reference, options)
      })
      let manifest: FetchedManifest | undefined
      try {
        manifest = await shared
      } catch (error) {
        // Another caller's read failed, perhaps under a smaller bound than this one's: this one asks for itself.
        if (own) throw error
        return inner.getManifest(reference, options)
      }
      // Read once under a larger bound: a smaller one asks the registry, which refuses what is over it.
      if (manifest !== undefined && options.maxBytes !== undefined && manifest.bytes.length > options.maxBytes) return inner.getManifest(reference, options)
      return manifest
    },
    putManifest: async (reference, bytes, mediaType) => {
      try {
        const put = await inner.putManifest(reference, bytes, mediaType)
        reads.written(reference, put.digest, true)
        return put
      } catch (error) {
        reads.written(reference, digestOf(bytes), false)
        throw error
      }
    },
    listTags: async () => [...(await tagList(reads, inner)).tags],
    listTagsFirstPage: () => reads.tags.peek('all') ?? reads.tags.get('first', () => inner.listTagsFirstPage()),
    listReferrers: async (digest): Promise<Descriptor[] | undefined> => {
      const known = reads.referrersApi
      if (known !== undefined) return (await known) ? inner.listReferrers(digest) : undefined
      let learn: (supported: boolean) => void = () => {}
      reads.referrersApi = new Promise((resolve) => (learn = resolve))
      try {
        const listed = await inner.listReferrers(digest)
        learn(listed !== undefined)
        return listed
      } catch (error) {
        // Nothing learned: the next query asks again, and those waiting ask for themselves.
        reads.referrersApi = undefined
        learn(true)
        throw error
      }
    },
  }
  return wrapped
}

/** The whole list: the first page when it was all there is, else every page, once. */
async function tagList(reads: RepositoryReads, inner: RepositoryClient): Promise<TagsPage> {
  const first = reads.tags.peek('first')
  if (first !== undefined) {
    const page = await first.catch(() => undefined)
    if (page?.complete) return page
  }
  return reads.tags.get('all', async () => ({ tags: new Set(await inner.listTags()), complete: true }))
}
