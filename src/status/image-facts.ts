import { ShiptagError } from '../errors.js'
import { type Descriptor, isIndexMediaType, parseManifest, type ParsedManifest } from '../oci/index.js'
import type { RepositoryClient } from '../registry/index.js'
import { revisionValue, timeValue } from './label-values.js'

/** An image config is a few kilobytes; one past a megabyte is not read (its size is declared before any request). */
export const MAX_CONFIG_BYTES = 1024 * 1024
/** A manifest read for the board: the client's own limit is 8 MiB; an image's root is far smaller. */
const MAX_MANIFEST_READ = 4 * 1024 * 1024

const REVISION = 'org.opencontainers.image.revision'
const CREATED = 'org.opencontainers.image.created'

export interface ImageFacts {
  readonly digest: string
  readonly created?: string
  readonly revision?: string
  /** The root manifest's media type. */
  readonly mediaType: string
  /** Why `created` and `revision` are not known though the digest is. */
  readonly problem?: string
}

/** Runs one registry request at a time through the registry's limiter. */
export type Slot = <T>(task: () => Promise<T>) => Promise<T>

/**
 * What one tag points at: its digest (one GET of the manifest by tag, which gives the bytes the
 * digest is hashed from, so no HEAD before it), then its creation time and revision. For an image:
 * its config's `created` and `config.Labels["org.opencontainers.image.revision"]`, the manifest's
 * annotations where the config has none. For an index: the index's own annotations when they name
 * them (`docker buildx --annotation index:…`), else the first platform's config, skipping buildx's
 * attestation manifests (platform `unknown/unknown`). At most 3 requests: manifest, platform
 * manifest, config.
 */
export async function readImageFacts(repository: RepositoryClient, tag: string, slot: Slot): Promise<ImageFacts | undefined> {
  const fetched = await slot(() => repository.getManifest(tag, { maxBytes: MAX_MANIFEST_READ }))
  if (fetched === undefined) return undefined
  const root = parseManifest(fetched.bytes, fetched.mediaType, `${repository.registry}/${repository.repository}:${tag}`)
  // Earliest wins: the index's annotations, then the config, then the image manifest's annotations.
  const said: { created?: string; revision?: string }[] = []
  const facts = () => ({ digest: fetched.digest, mediaType: fetched.mediaType, ...merged(said) })
  try {
    let image: ParsedManifest = root
    if (root.kind === 'index') {
      said.push(fromAnnotations(root))
      const first = root.manifests.find((entry) => entry.platform?.os !== 'unknown' && !isIndexMediaType(entry.mediaType))
      const known = merged(said)
      if (first === undefined || (known.created !== undefined && known.revision !== undefined)) return facts()
      const platform = await slot(() => repository.getManifest(first.digest, { maxBytes: Math.min(first.size, MAX_MANIFEST_READ) }))
      if (platform === undefined) return facts()
      image = parseManifest(platform.bytes, platform.mediaType, `${repository.registry}/${repository.repository}@${first.digest}`)
    }
    if (image.kind === 'image') said.push(await readConfig(repository, image.config, slot), fromAnnotations(image))
    return facts()
  } catch (error) {
    // The digest is known: a platform manifest or config that cannot be read costs only the creation time and revision.
    if (!(error instanceof ShiptagError)) throw error
    return { ...facts(), problem: `its creation time and revision could not be read: ${error.message.split('\n')[0]}` }
  }
}

function merged(said: readonly { created?: string; revision?: string }[]): { created?: string; revision?: string } {
  const created = said.find((one) => one.created !== undefined)?.created
  const revision = said.find((one) => one.revision !== undefined)?.revision
  return { ...(created !== undefined ? { created } : {}), ...(revision !== undefined ? { revision } : {}) }
}

async function readConfig(repository: RepositoryClient, descriptor: Descriptor, slot: Slot): Promise<{ created?: string; revision?: string }> {
  if (descriptor.size > MAX_CONFIG_BYTES) return {}
  const bytes = await slot(async () => {
    const chunks: Buffer[] = []
    // The client's stream fails past the declared size or on another digest: a hostile config costs at most its declared size.
    for await (const chunk of (await repository.openBlob({ digest: descriptor.digest, size: descriptor.size })) as AsyncIterable<Buffer>) chunks.push(chunk)
    return Buffer.concat(chunks)
  })
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch {
    return {}
  }
  if (!isObject(json)) return {}
  const labels = isObject(json.config) && isObject(json.config.Labels) ? json.config.Labels : {}
  const created = timeValue(json.created)
  const revision = revisionValue(labels[REVISION])
  return { ...(created !== undefined ? { created } : {}), ...(revision !== undefined ? { revision } : {}) }
}

function fromAnnotations(manifest: ParsedManifest): { created?: string; revision?: string } {
  const annotations = manifest.annotations ?? {}
  const created = timeValue(annotations[CREATED])
  const revision = revisionValue(annotations[REVISION])
  return { ...(created !== undefined ? { created } : {}), ...(revision !== undefined ? { revision } : {}) }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
