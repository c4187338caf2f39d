import { repositoryName } from '../ref/index.js'
import type { RegistryClient, RepositoryClient } from '../registry/index.js'

/** What one repository received, counted as each write succeeded. */
export interface RepositoryWrites {
  blobsUploaded: number
  bytesUploaded: number
  blobsMounted: number
  /** Manifests written by digest (platform manifests, an untagged root, referrers). */
  manifestsByDigest: number
  /**
   * Tags written, in the order their PUTs were sent: the order push and promote gave them, whatever
   * order the registry answered the concurrent PUTs of one phase in.
   */
  readonly tags: string[]
}

/**
 * Every write a step's registry client completed, per `registry/repository`. The job summary of a
 * step that fails part-way says from this what is already in the registries (issue 13: "what was
 * done, what was not"), whatever command, path or error stopped it: it is counted at the one place
 * every write goes through, not rebuilt from each command's report.
 */
export class WriteJournal {
  readonly repositories = new Map<string, RepositoryWrites>()

  /** True when no write reached any registry. */
  get empty(): boolean {
    return this.repositories.size === 0
  }

  /** The same client, with every successful upload, mount and manifest PUT recorded here. */
  wrap(client: RegistryClient): RegistryClient {
    // Required<>: a member added to the interface, optional or not, must be passed on here too.
    const wrapped: Required<RegistryClient> = {
      repository: (repository, options) => this.wrapRepository(client.repository(repository, options)),
      warmUp: (registry) => client.warmUp(registry),
      announce: (access) => client.announce(access),
      stats: (registry) => client.stats(registry),
      close: () => client.close(),
    }
    return wrapped
  }

  private wrapRepository(inner: RepositoryClient): RepositoryClient {
    const writes = () => this.writesOf(repositoryName(inner))
    const wrapped: Required<RepositoryClient> = {
      registry: inner.registry,
      repository: inner.repository,
      hasBlob: (digest, size) => inner.hasBlob(digest, size),
      mountBlob: async (digest, from) => {
        const mounted = await inner.mountBlob(digest, from)
        if (mounted) writes().blobsMounted++
        return mounted
      },
      discardMountSession: (digest) => inner.discardMountSession(digest),
      uploadBlob: async (descriptor, body, options) => {
        const sent = await inner.uploadBlob(descriptor, body, options)
        const entry = writes()
        entry.blobsUploaded++
        entry.bytesUploaded += descriptor.size
        return sent
      },
      openBlob: (descriptor, options) => inner.openBlob(descriptor, options),
      headManifest: (reference) => inner.headManifest(reference),
      getManifest: (reference, options) => inner.getManifest(reference, options),
      putManifest: async (reference, bytes, mediaType) => {
        // A digest reference holds a colon (`sha256:…`); a tag never does (distribution-spec tag grammar).
        const isTag = !reference.includes(':')
        const sent = isTag ? this.sendOrder++ : 0
        const put = await inner.putManifest(reference, bytes, mediaType)
        if (isTag) this.recordTag(writes(), reference, sent)
        else writes().manifestsByDigest++
        return put
      },
      listTags: () => inner.listTags(),
      listTagsFirstPage: () => inner.listTagsFirstPage(),
      listReferrers: (digest) => inner.listReferrers(digest),
    }
    return wrapped
  }

  /** Where each written tag's PUT stood in the order they were sent, per repository entry. */
  private readonly tagSendOrder = new WeakMap<RepositoryWrites, number[]>()
  private sendOrder = 0

  /** Inserts the tag where its PUT was sent, so concurrent PUTs answered out of order read in order. */
  private recordTag(entry: RepositoryWrites, tag: string, sent: number): void {
    const order = this.tagSendOrder.get(entry) ?? []
    this.tagSendOrder.set(entry, order)
    let at = order.length
    while (at > 0 && order[at - 1]! > sent) at--
    order.splice(at, 0, sent)
    entry.tags.splice(at, 0, tag)
  }

  private writesOf(name: string): RepositoryWrites {
    let entry = this.repositories.get(name)
    if (entry === undefined) {
      entry = { blobsUploaded: 0, bytesUploaded: 0, blobsMounted: 0, manifestsByDigest: 0, tags: [] }
      this.repositories.set(name, entry)
    }
    return entry
  }
}
