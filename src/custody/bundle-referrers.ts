import type { Evidence } from '../sigstore/index.js'
import { parseManifest, referrersTag, type Descriptor } from '../oci/index.js'
import { repositoryName } from '../ref/index.js'
import type { RepositoryClient } from '../registry/index.js'
import { readReferrersTag } from '../store/index.js'
import type { EvidenceBudget } from './budgets.js'
import { formatSize, sizeAbove } from './budgets.js'
import { EvidenceUnreadableError } from './errors.js'
import { isSigstoreBundleType } from './media-types.js'
import { count, unreadableNote, type PlaceFound } from './notes.js'
import { readEvidenceBlob } from './read-blob.js'

type BundleEvidence = Extract<Evidence, { kind: 'bundle' }>

/** Whether a registry has the referrers API, learnt by the first query and shared by the next ones. */
export interface ReferrersApi {
  supported?: boolean
}

/** Where the referrers list came from, and what it listed. */
interface ReferrersList {
  readonly via: string
  readonly listed: readonly Descriptor[] | undefined
  readonly said: string
}

/**
 * The Sigstore bundles attached to `subject` as OCI referrers (cosign's bundle spec,
 * https://github.com/sigstore/cosign/blob/main/specs/BUNDLE_SPEC.md): the referrers API
 * (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-referrers), else
 * the referrers tag `sha256-<hex>` (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#referrers-tag-schema),
 * both read by the shared registry code. Only referrers whose artifact type is a bundle are read;
 * each must be an image manifest whose `subject` is the digest, and each of its bundle layers is
 * one `bundle` evidence. Counts and sizes are bounded by `budget`.
 */
export async function findBundleReferrers(
  repository: RepositoryClient,
  subject: string,
  budget: EvidenceBudget,
  api: ReferrersApi,
): Promise<PlaceFound<BundleEvidence>> {
  const place = `referrers of ${repositoryName(repository)}@${subject}`
  let list: ReferrersList
  try {
    list = await listReferrers(repository, subject, api)
  } catch (error) {
    return { evidence: [], looked: `${place} (unreadable)`, unreadable: [unreadableNote(error, place)] }
  }
  if (list.listed === undefined) return { evidence: [], looked: `${place} (${list.said})`, unreadable: [] }
  const bundles = [...new Map(list.listed.filter((entry) => isSigstoreBundleType(entry.artifactType)).map((entry) => [entry.digest, entry])).values()]
  const evidence: BundleEvidence[] = []
  const unreadable: string[] = []
  for (const [i, descriptor] of bundles.entries()) {
    if (i >= budget.limits.maxReferrers || budget.itemsLeft === 0) {
      unreadable.push(`${place}: ${count(bundles.length - i, 'more Sigstore bundle')} not read, past what shiptag reads for one digest`)
      break
    }
    const where = `${repositoryName(repository)}@${descriptor.digest} (${list.via})`
    try {
      evidence.push(...(await readBundleReferrer(repository, subject, descriptor, budget, where)))
    } catch (error) {
      unreadable.push(unreadableNote(error, where))
    }
  }
  const found = `${count(list.listed.length, 'referrer')}, ${count(bundles.length, 'Sigstore bundle')}`
  const skipped = unreadable.length === 0 ? '' : `, ${count(unreadable.length, 'problem')}`
  return { evidence, looked: `${place} (${list.said}: ${found}${skipped})`, unreadable }
}

/** The API's list; on a registry without it (known from an earlier query, or learnt now), the referrers tag's. */
async function listReferrers(repository: RepositoryClient, subject: string, api: ReferrersApi): Promise<ReferrersList> {
  if (api.supported !== false) {
    const listed = await repository.listReferrers(subject)
    api.supported = listed !== undefined
    if (listed !== undefined) return { via: 'referrers API', listed, said: 'referrers API' }
  }
  const tag = referrersTag(subject)
  const listed = await readReferrersTag(repository, subject, (task) => task())
  const said = `registry has no referrers API; referrers tag ${tag}${listed === undefined ? ' not found' : ''}`
  return { via: `referrers tag ${tag}`, listed, said }
}

/** One referrer listed as a bundle: its manifest, checked, then each bundle layer read. */
async function readBundleReferrer(
  repository: RepositoryClient,
  subject: string,
  descriptor: Descriptor,
  budget: EvidenceBudget,
  where: string,
): Promise<BundleEvidence[]> {
  const { maxReferrerManifestBytes } = budget.limits
  if (descriptor.size > maxReferrerManifestBytes)
    throw new EvidenceUnreadableError(
      `${where} was not read: its manifest is ${sizeAbove(descriptor.size, maxReferrerManifestBytes)}, past the ${formatSize(maxReferrerManifestBytes)} of a bundle's`,
    )
  const over = budget.takeBytes(descriptor.size)
  if (over !== undefined) throw new EvidenceUnreadableError(`${where} was not read: ${over}`)
  // Never more than the list said: a registry (or whoever wrote the referrers tag) could list many small sizes for large manifests.
  const manifest = await repository.getManifest(descriptor.digest, { maxBytes: descriptor.size })
  if (manifest === undefined) throw new EvidenceUnreadableError(`${where} is listed, but the registry does not have its manifest`)
  const parsed = parseManifest(manifest.bytes, manifest.mediaType, where)
  if (parsed.kind !== 'image') throw new EvidenceUnreadableError(`${where} is an index (${parsed.mediaType}), not a bundle's image manifest`)
  if (parsed.subject?.digest !== subject) throw new EvidenceUnreadableError(`${where} refers to ${parsed.subject?.digest ?? 'no subject'}, not to ${subject}`)
  const artifactType = parsed.artifactType ?? parsed.config.mediaType
  if (!isSigstoreBundleType(artifactType)) throw new EvidenceUnreadableError(`${where} is listed as a Sigstore bundle, but its manifest says ${artifactType}`)
  const layers = parsed.layers.filter((layer) => isSigstoreBundleType(layer.mediaType))
  if (layers.length === 0) throw new EvidenceUnreadableError(`${where} has no layer of a Sigstore bundle media type`)
  const evidence: BundleEvidence[] = []
  for (const [i, layer] of layers.entries()) {
    const at = layers.length === 1 ? where : `${where}, bundle ${i + 1} of ${layers.length}`
    evidence.push({ kind: 'bundle', where: at, subject, bundle: await readEvidenceBlob(repository, layer, budget, at) })
  }
  return evidence
}
