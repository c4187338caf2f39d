/**
 * Attaches signatures and bundles to a digest in a real registry the way cosign and actions/attest
 * do, for custody's discovery tests (the bytes need not be valid signatures to be found):
 * cosign's `sha256-<hex>.sig` tag with one simple-signing layer per signature
 * (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md), and Sigstore bundles as
 * OCI referrers (https://github.com/sigstore/cosign/blob/main/specs/BUNDLE_SPEC.md), with the
 * referrers tag written as shiptag writes it for a registry without the referrers API. A proxy rule
 * stands in for the referrers API, which the test registry (distribution 2.8) lacks.
 */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { MEDIA_TYPES, referrerDescriptor, referrersTag, parseManifest, type Descriptor } from '../../../src/oci/index.js'
import type { RepositoryClient } from '../../../src/registry/index.js'
import { planReferrersIndex } from '../../../src/store/index.js'
import type { Fault, FaultRule } from '../registry/types.js'
import { BUNDLE_V03_MEDIA_TYPE as BUNDLE_V03 } from './bundles.js'
import { simpleSigningPayload } from './cosign-tag.js'
import { SIMPLE_SIGNING_MEDIA_TYPE as SIMPLE_SIGNING } from './push.js'

const EMPTY = 'application/vnd.oci.empty.v1+json'

export interface Content {
  readonly mediaType: string
  readonly digest: string
  readonly size: number
  readonly bytes: Buffer
}

export function contentOf(mediaType: string, bytes: Buffer): Content {
  return { mediaType, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, size: bytes.length, bytes }
}

const strip = (c: Content, extra: Record<string, unknown> = {}) => ({ mediaType: c.mediaType, digest: c.digest, size: c.size, ...extra })

/** An OCI image manifest of `fields`, as exact bytes with their digest. */
function imageManifest(fields: Record<string, unknown>): Content {
  return contentOf(MEDIA_TYPES.ociManifest, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, ...fields })))
}

async function upload(repo: RepositoryClient, blobs: readonly Content[]): Promise<void> {
  for (const b of blobs) if (!(await repo.hasBlob(b.digest))) await repo.uploadBlob(b, () => Readable.from([b.bytes]))
}

/** cosign's simple-signing payload for `subject` (slice A's, as bytes; not signed: discovery tests only need its shape). */
export function signaturePayload(subject: string, dockerReference?: string): Buffer {
  return Buffer.from(simpleSigningPayload(subject, dockerReference))
}

/** cosign's `.sig` tag of `subject`, one layer per signature, each with its annotations. */
export async function pushCosignSignatures(
  repo: RepositoryClient,
  subject: string,
  signatures: readonly { readonly payload: Buffer; readonly annotations: Record<string, string>; readonly mediaType?: string }[],
): Promise<Content> {
  const layers = signatures.map((s) => ({ content: contentOf(s.mediaType ?? SIMPLE_SIGNING, s.payload), annotations: s.annotations }))
  const config = contentOf(
    'application/vnd.oci.image.config.v1+json',
    Buffer.from(JSON.stringify({ architecture: '', os: '', rootfs: { type: 'layers', diff_ids: [] } })),
  )
  await upload(repo, [config, ...layers.map((l) => l.content)])
  const manifest = imageManifest({ config: strip(config), layers: layers.map((l) => strip(l.content, { annotations: l.annotations })) })
  await repo.putManifest(`${referrersTag(subject)}.sig`, manifest.bytes, manifest.mediaType)
  return manifest
}

export interface ReferrerOptions {
  readonly artifactType?: string
  readonly layerMediaType?: string
  readonly annotations?: Record<string, string>
}

/**
 * A bundle referrer of `subject` (by digest, as cosign and actions/attest push it): the empty config,
 * one layer holding `bundle`. Returns the descriptor a referrers index lists for it.
 */
export async function pushBundleReferrer(
  repo: RepositoryClient,
  subject: { readonly digest: string; readonly size: number; readonly mediaType: string },
  bundle: Buffer,
  options: ReferrerOptions = {},
): Promise<Descriptor> {
  const artifactType = options.artifactType ?? BUNDLE_V03
  const layer = contentOf(options.layerMediaType ?? artifactType, bundle)
  const config = contentOf(EMPTY, Buffer.from('{}'))
  await upload(repo, [config, layer])
  const manifest = imageManifest({
    artifactType,
    config: strip(config),
    layers: [strip(layer)],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', ...options.annotations },
  })
  await repo.putManifest(manifest.digest, manifest.bytes, manifest.mediaType)
  return referrerDescriptor(manifest, parseManifest(manifest.bytes, manifest.mediaType, 'referrer'))
}

/** Adds `entries` to the referrers tag of `subject`, as shiptag does where the registry has no referrers API. */
export async function addToReferrersTag(repo: RepositoryClient, subject: string, entries: readonly Descriptor[]): Promise<void> {
  const index = await planReferrersIndex(repo, subject, entries, (task) => task())
  if (index !== undefined) await repo.putManifest(index.tag, index.bytes, MEDIA_TYPES.ociIndex)
}

/** The referrers API's answer for a subject: an OCI index of its referrers (distribution-spec "Listing Referrers"). */
export function referrersAnswer(entries: readonly Descriptor[], headers: Record<string, string> = {}): Fault {
  return {
    kind: 'status',
    status: 200,
    headers: { 'content-type': MEDIA_TYPES.ociIndex, ...headers },
    body: JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: entries }),
  }
}

/**
 * A registry with the referrers API, as far as `GET /v2/<name>/referrers/<digest>` goes: answers
 * from `table` (subject digest → referrers), an empty index for other subjects.
 */
export function referrersApi(table: ReadonlyMap<string, readonly Descriptor[]>, next: FaultRule = () => undefined): FaultRule {
  return (request) => {
    const match = /\/referrers\/(sha256:[0-9a-f]{64})$/.exec(request.path)
    if (request.method !== 'GET' || match === null) return next(request)
    return referrersAnswer(table.get(match[1]!) ?? [])
  }
}
