/**
 * The commit an image was built from: `org.opencontainers.image.revision`
 * (https://github.com/opencontainers/image-spec/blob/main/annotations.md), as an annotation of the
 * promoted manifest, else as a label of its config (docker build and shiptag's tags command write
 * it there). For an index, its first platform image is read (an attestation manifest,
 * `unknown/unknown`, is not one). Bounded: one child manifest and one config of at most 4 MiB, read
 * through the registry client (its deadlines, retries and credentials) from the target, which holds
 * the image once promoted.
 */
import { parseManifest, type ManifestNode } from '../oci/index.js'
import type { RepositoryClient } from '../registry/index.js'

export const REVISION = 'org.opencontainers.image.revision'
const MAX_CONFIG_BYTES = 4 * 1024 * 1024

/** A revision GitHub could take as a deployment's ref: a commit SHA, or a branch or tag name. */
export function usableRevision(value: string | undefined): string | undefined {
  const text = value?.trim()
  if (text === undefined || text === '' || text.length > 255) return undefined
  return /^[A-Za-z0-9._/-]+$/.test(text) && !text.startsWith('-') && !text.includes('..') ? text : undefined
}

async function configRevision(repository: RepositoryClient, config: { digest: string; size: number }): Promise<string | undefined> {
  if (config.size > MAX_CONFIG_BYTES) return undefined
  const stream = await repository.openBlob({ digest: config.digest, size: config.size })
  const chunks: Buffer[] = []
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk)
  const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { config?: { Labels?: Record<string, unknown> } }
  const label = parsed?.config?.Labels?.[REVISION]
  return typeof label === 'string' ? label : undefined
}

export async function imageRevision(repository: RepositoryClient, root: ManifestNode): Promise<string | undefined> {
  const annotated = root.parsed.annotations?.[REVISION]
  if (annotated !== undefined) return annotated
  if (root.parsed.kind === 'image') return configRevision(repository, root.parsed.config)
  const child = root.parsed.manifests.find((entry) => entry.platform !== undefined && entry.platform.os !== 'unknown')
  if (child === undefined) return undefined
  const fetched = await repository.getManifest(child.digest, { maxBytes: MAX_CONFIG_BYTES })
  if (fetched === undefined) return undefined
  const parsed = parseManifest(fetched.bytes, fetched.mediaType, `manifest ${child.digest}`)
  if (parsed.annotations?.[REVISION] !== undefined) return parsed.annotations[REVISION]
  return parsed.kind === 'image' ? configRevision(repository, parsed.config) : undefined
}
