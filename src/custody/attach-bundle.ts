import { Readable } from 'node:stream'
import { MEDIA_TYPES, digestOf, parseManifest, referrerDescriptor, referrersTag, type Descriptor } from '../oci/index.js'
import { repositoryName } from '../ref/index.js'
import type { RepositoryClient } from '../registry/index.js'
import { ReferrersIndexError, planReferrersIndex, type Limiter } from '../store/index.js'
import { RecordNotListedError } from './record-errors.js'

/** The artifactType and layer media type of a Sigstore bundle v0.3 referrer (https://github.com/sigstore/protobuf-specs). */
export const SIGSTORE_BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

/**
 * The OCI empty descriptor, `{}` (https://github.com/opencontainers/image-spec/blob/main/manifest.md#guidance-for-an-empty-descriptor):
 * the config of an artifact that has none.
 */
export const EMPTY_CONFIG = {
  mediaType: 'application/vnd.oci.empty.v1+json',
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
} as const
const EMPTY_CONFIG_BYTES = Buffer.from('{}', 'utf8')

export type AttachedVia = 'referrers API' | 'referrers tag'

export interface AttachedBundle {
  /** The referrer manifest's digest. */
  readonly digest: string
  /** `referrers API`: the registry indexed the subject itself (it answered `OCI-Subject`); `referrers tag`: shiptag listed it in the referrers tag. */
  readonly attachedVia: AttachedVia
}

export interface AttachBundleOptions {
  /** The DSSE statement's predicateType, repeated as an annotation so readers can filter without reading the bundle. */
  readonly predicateType: string
  /** `org.opencontainers.image.created`, RFC 3339. */
  readonly created: string
  readonly limit: Limiter
}

/**
 * The referrer manifest that attaches `bundle` to `subject`, in the layout
 * actions/attest-build-provenance and cosign (--new-bundle-format) write: artifactType and the one
 * layer `application/vnd.dev.sigstore.bundle.v0.3+json`, the empty config, `subject` the image's
 * descriptor (media type, digest, size only), and the annotations readers filter on.
 */
export function bundleReferrerManifest(subject: Descriptor, bundle: Uint8Array, options: Pick<AttachBundleOptions, 'predicateType' | 'created'>): Buffer {
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    artifactType: SIGSTORE_BUNDLE_ARTIFACT_TYPE,
    config: EMPTY_CONFIG,
    layers: [{ mediaType: SIGSTORE_BUNDLE_ARTIFACT_TYPE, digest: digestOf(bundle), size: bundle.length }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': options.predicateType,
      'org.opencontainers.image.created': options.created,
    },
  }
  return Buffer.from(JSON.stringify(manifest), 'utf8')
}

/**
 * Attaches `bundle` to `subject` in `target` as an OCI referrer
 * (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests-with-subject):
 * the blobs the registry lacks, then the manifest by its digest. A registry that answers without
 * `OCI-Subject` has no referrers API (distribution 2.8): the manifest is then added to the
 * referrers tag `sha256-<hex>` (planReferrersIndex, the code promote uses), keeping every entry
 * already there. Idempotent: the same bundle again is the same manifest digest, listed once; a new
 * bundle is a new referrer beside the others, never in place of one.
 */
export async function attachBundle(target: RepositoryClient, subject: Descriptor, bundle: Uint8Array, options: AttachBundleOptions): Promise<AttachedBundle> {
  const { limit } = options
  const manifest = bundleReferrerManifest(subject, bundle, options)
  const layer = Buffer.from(bundle)
  for (const [descriptor, bytes] of [
    [EMPTY_CONFIG, EMPTY_CONFIG_BYTES],
    [{ digest: digestOf(layer), size: layer.length }, layer],
  ] as const) {
    if (await limit(() => target.hasBlob(descriptor.digest, descriptor.size))) continue
    await limit(() => target.uploadBlob(descriptor, () => Readable.from([bytes])))
  }
  const digest = digestOf(manifest)
  const put = await limit(() => target.putManifest(digest, manifest, MEDIA_TYPES.ociManifest))
  if (put.subjectProcessed) return { digest, attachedVia: 'referrers API' }
  const entry = referrerDescriptor({ digest, size: manifest.length }, parseManifest(manifest, MEDIA_TYPES.ociManifest, `referrer ${digest}`))
  let index
  try {
    index = await planReferrersIndex(target, subject.digest, [entry], limit)
  } catch (error) {
    if (!(error instanceof ReferrersIndexError)) throw error
    throw new RecordNotListedError(repositoryName(target), digest, referrersTag(subject.digest), error.message)
  }
  if (index !== undefined) await limit(() => target.putManifest(index.tag, index.bytes, MEDIA_TYPES.ociIndex))
  return { digest, attachedVia: 'referrers tag' }
}
