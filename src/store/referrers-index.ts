import { repositoryName } from '../ref/index.js'
import { MEDIA_TYPES, parseManifest, referrersTag, type Descriptor } from '../oci/index.js'
import type { FetchedManifest, RepositoryClient } from '../registry/index.js'
import { ReferrersIndexError } from './errors.js'
import type { Limiter } from './limiter.js'

/**
 * The manifests that refer to `subject`: from the referrers API, else from the referrers tag unless
 * `tags` (what the repository's tag list says may exist) rules it out, which saves a request per
 * digest on registries without the API.
 */
export async function readReferrers(
  source: RepositoryClient,
  subject: string,
  tags: { has(tag: string): boolean },
  limit: Limiter,
  api: { supported?: boolean },
): Promise<Descriptor[]> {
  if (api.supported !== false) {
    const listed = await limit(() => source.listReferrers(subject))
    api.supported = listed !== undefined
    if (listed !== undefined) return listed
  }
  if (!tags.has(referrersTag(subject))) return []
  return (await readReferrersTag(source, subject, limit)) ?? []
}

/**
 * What the referrers tag of `subject` lists (the spec's fallback for a registry without the API),
 * validated (`referrersIndexOf`); undefined when there is no such tag.
 */
export async function readReferrersTag(source: RepositoryClient, subject: string, limit: Limiter): Promise<Descriptor[] | undefined> {
  const tag = referrersTag(subject)
  const fetched = await limit(() => source.getManifest(tag))
  return fetched === undefined ? undefined : referrersIndexOf(fetched, subject, source, tag).manifests
}

/**
 * The referrers tag of `subject` in `target` with `entries` added (spec "Pushing Manifests with
 * Subject", for registries that answer a manifest PUT without `OCI-Subject`): read the index, keep
 * what it lists, append what is new. Other fields of an existing index are kept. Reads only:
 * undefined when every entry is already listed, so nothing is to be written.
 */
export async function planReferrersIndex(
  target: RepositoryClient,
  subject: string,
  entries: readonly Descriptor[],
  limit: Limiter,
): Promise<{ readonly tag: string; readonly bytes: Buffer } | undefined> {
  const tag = referrersTag(subject)
  const fetched = await limit(() => target.getManifest(tag))
  const existing =
    fetched === undefined ? { json: { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex }, manifests: [] } : referrersIndexOf(fetched, subject, target, tag)
  const listed = new Set(existing.manifests.map((entry) => entry.digest))
  const added = entries.filter((entry) => !listed.has(entry.digest))
  if (added.length === 0) return undefined
  return { tag, bytes: Buffer.from(JSON.stringify({ ...existing.json, manifests: [...existing.manifests, ...added] }), 'utf8') }
}

/**
 * Validates what a referrers tag holds (docs/registry-protocol.md#referrers): an OCI index, and not the subject itself, which
 * GitLab serves for a `sha256-<hex>` tag (https://github.com/oras-project/oras-go/issues/1396).
 */
function referrersIndexOf(
  fetched: FetchedManifest,
  subject: string,
  repository: RepositoryClient,
  tag: string,
): { json: Record<string, unknown>; manifests: Descriptor[] } {
  const where = repositoryName(repository)
  if (fetched.digest === subject) throw new ReferrersIndexError(where, tag, 'resolves to the subject itself (the registry reads the tag as a digest)')
  if (fetched.mediaType !== MEDIA_TYPES.ociIndex) throw new ReferrersIndexError(where, tag, `is a ${fetched.mediaType}, not an OCI index`)
  const parsed = parseManifest(fetched.bytes, fetched.mediaType, `${where}:${tag}`)
  if (parsed.kind !== 'index') throw new ReferrersIndexError(where, tag, 'is not an index')
  return { json: JSON.parse(fetched.bytes.toString('utf8')) as Record<string, unknown>, manifests: [...parsed.manifests] }
}
