import { ShiptagError } from '../errors.js'
import { registryKey, repositoryKey, repositoryName, type Repository } from '../ref/index.js'
import { RegistryUnreachableError, type RegistryClient, type RepositoryClient } from '../registry/index.js'
import { limiterPerRegistry, type Limiter } from '../store/index.js'
import { readImageFacts, type ImageFacts, type Slot } from './image-facts.js'

/**
 * Every registry read of one board, bounded and shared: at most N requests at once per registry
 * (store's limiterPerRegistry: the host profile's number, or `concurrency`), each repository's tag
 * list read once, each (repository, tag) read once whichever environment asks, and a registry that
 * could not be reached is not asked again: the cells still waiting for it fail at once with the
 * same error instead of each waiting out its own deadline.
 */
export class RegistryReads {
  private readonly limiterFor: (registry: string) => Limiter
  private readonly tagLists = new Map<string, Promise<string[]>>()
  private readonly facts = new Map<string, Promise<ImageFacts | undefined>>()
  private readonly heads = new Map<string, Promise<string | undefined>>()
  private readonly down = new Map<string, RegistryUnreachableError>()

  constructor(
    readonly client: RegistryClient,
    options: { readonly limiterFor?: (registry: string) => Limiter; readonly concurrency?: number },
  ) {
    this.limiterFor = options.limiterFor ?? limiterPerRegistry(options.concurrency)
  }

  repository(repository: Repository): RepositoryClient {
    return this.client.repository(repository)
  }

  /** A slot of `repository`'s registry: one request (or one sequential search) at a time within the registry's limit. */
  slot(repository: Repository): Slot {
    const key = registryKey(repository.registry)
    const limiter = this.limiterFor(repository.registry)
    return (task) =>
      limiter(async () => {
        const down = this.down.get(key)
        if (down !== undefined) throw down
        try {
          return await task()
        } catch (error) {
          if (error instanceof RegistryUnreachableError && !this.down.has(key)) this.down.set(key, error)
          throw error
        }
      })
  }

  tags(repository: Repository): Promise<string[]> {
    return this.once(this.tagLists, repositoryKey(repository), () => this.slot(repository)(() => this.repository(repository).listTags()))
  }

  imageFacts(repository: Repository, tag: string): Promise<ImageFacts | undefined> {
    return this.once(this.facts, `${repositoryKey(repository)}:${tag}`, () => readImageFacts(this.repository(repository), tag, this.slot(repository)))
  }

  /** HEAD of a tag or digest: its digest, undefined when the registry does not have it. */
  head(repository: Repository, reference: string): Promise<string | undefined> {
    return this.once(
      this.heads,
      `${repositoryKey(repository)}@${reference}`,
      async () => (await this.slot(repository)(() => this.repository(repository).headManifest(reference)))?.digest,
    )
  }

  private once<T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
    let found = cache.get(key)
    if (found === undefined) cache.set(key, (found = read()))
    return found
  }
}

/** What a failed read says on the board: its first line, naming the repository. Only the registry's and the input's own errors are said; anything else is a bug and thrown. */
export function readFailure(repository: Repository, error: unknown): string {
  if (!(error instanceof ShiptagError)) throw error
  return `${repositoryName(repository)} could not be read: ${error.message.split('\n')[0]}`
}
