import type { Evidence } from '../sigstore/index.js'
import { parseManifest, referrersTag, type Descriptor } from '../oci/index.js'
import { repositoryName } from '../ref/index.js'
import type { RepositoryClient } from '../registry/index.js'
import type { EvidenceBudget } from './budgets.js'
import { EvidenceUnreadableError } from './errors.js'
import { COSIGN_SIMPLE_SIGNING } from './media-types.js'
import { count, unreadableNote, type PlaceFound } from './notes.js'
import { readEvidenceBlob } from './read-blob.js'

type CosignEvidence = Extract<Evidence, { kind: 'cosign-tag' }>

/**
 * cosign's signatures of `subject`: the tag `sha256-<hex>.sig` (cosign's tag scheme,
 * https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md), read directly by its name
 * (no tag list: one request whether the repository holds ten tags or a million; a 404 means none).
 * It is an image manifest whose every layer is one simple-signing payload with its signature,
 * certificate and Rekor bundle in the layer's annotations: one `cosign-tag` evidence per layer.
 */
export async function findCosignSignatures(repository: RepositoryClient, subject: string, budget: EvidenceBudget): Promise<PlaceFound<CosignEvidence>> {
  const tag = `${referrersTag(subject)}.sig`
  const place = `${repositoryName(repository)}:${tag}`
  let manifest
  try {
    manifest = await repository.getManifest(tag)
  } catch (error) {
    return { evidence: [], looked: `${place} (unreadable)`, unreadable: [unreadableNote(error, place)] }
  }
  if (manifest === undefined) return { evidence: [], looked: `${place} (not found)`, unreadable: [] }
  const unreadable: string[] = []
  const over = budget.takeBytes(manifest.bytes.length)
  let layers: readonly Descriptor[]
  try {
    if (over !== undefined) throw new EvidenceUnreadableError(`${place} was not read: ${over}`)
    layers = signatureLayers(manifest.bytes, manifest.mediaType, place)
  } catch (error) {
    return { evidence: [], looked: `${place} (unreadable)`, unreadable: [unreadableNote(error, place)] }
  }
  const evidence: CosignEvidence[] = []
  for (const [i, layer] of layers.entries()) {
    const where = layers.length === 1 ? place : `${place}, signature ${i + 1} of ${layers.length}`
    if (budget.itemsLeft === 0) {
      unreadable.push(
        `${place}: ${count(layers.length - i, 'more signature')} not read, past the ${budget.limits.maxItems} signatures and bundles shiptag reads for one digest`,
      )
      break
    }
    try {
      if (layer.mediaType !== COSIGN_SIMPLE_SIGNING)
        throw new EvidenceUnreadableError(`${where} is a ${layer.mediaType} layer, not a cosign simple-signing payload`)
      const payload = await readEvidenceBlob(repository, layer, budget, where)
      evidence.push({ kind: 'cosign-tag', where, subject, payload, annotations: layer.annotations ?? {} })
    } catch (error) {
      unreadable.push(unreadableNote(error, where))
    }
  }
  const skipped = evidence.length === layers.length ? '' : `, ${count(layers.length - evidence.length, 'layer')} not read`
  return { evidence, looked: `${place} (${count(evidence.length, 'signature')}${skipped})`, unreadable }
}

/** The layers of a `.sig` manifest; an index, or anything that is not an image manifest, is refused. */
function signatureLayers(bytes: Buffer, mediaType: string, place: string): readonly Descriptor[] {
  const parsed = parseManifest(bytes, mediaType, place)
  if (parsed.kind !== 'image') throw new EvidenceUnreadableError(`${place} is an index (${parsed.mediaType}), not cosign's signature manifest`)
  return parsed.layers
}
