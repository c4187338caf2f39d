/**
 * Puts signatures and bundles into a real registry (test/support/registry's startRegistry) the way
 * cosign and actions/attest-build-provenance do, with plain Distribution API calls
 * (https://github.com/opencontainers/distribution-spec/blob/main/spec.md), so tests build
 * evidence without going through the code under test.
 */
import { createHash } from 'node:crypto'
import type { CosignTagSignature } from './cosign-tag.js'
import { BUNDLE_V03_MEDIA_TYPE } from './bundles.js'

export interface PushTarget {
  /** `http://127.0.0.1:PORT` (TestRegistry.url). */
  readonly url: string
  /** `acme/app` */
  readonly repository: string
  /** Extra request headers, e.g. `{ authorization: 'Basic …' }` for an htpasswd registry. */
  readonly headers?: Readonly<Record<string, string>>
}

export interface PushedManifest {
  readonly digest: string
  readonly size: number
  readonly mediaType: string
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json'

const digestOf = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

/** `sha256:<hex>` → `sha256-<hex>`: cosign's and the referrers fallback's tag stem. */
export const digestTag = (digest: string) => digest.replace(':', '-')

/** Pushes cosign's `sha256-<hex>.sig` manifest for `subject`: one simple-signing layer per signature, with its annotations. */
export async function pushCosignSignatures(target: PushTarget, subject: string, signatures: readonly CosignTagSignature[]): Promise<PushedManifest> {
  const layers = []
  for (const signature of signatures) {
    const digest = await pushBlob(target, signature.payload)
    layers.push({ mediaType: SIMPLE_SIGNING_MEDIA_TYPE, size: signature.payload.length, digest, annotations: signature.annotations })
  }
  // cosign's config: an image config whose rootfs lists the layers (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md).
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      config: {},
      created: '0001-01-01T00:00:00Z',
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
    }),
  )
  const configDigest = await pushBlob(target, config)
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: config.length, digest: configDigest },
    layers,
  }
  return putManifest(target, `${digestTag(subject)}.sig`, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST)
}

/**
 * Attaches `bundle` to `subject` as an OCI referrer, as cosign and actions/attest-build-provenance
 * lay it out; when the registry has no referrers API, also updates the `sha256-<hex>` referrers tag
 * (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#referrers-tag-schema).
 */
export async function pushBundleReferrer(target: PushTarget, subject: PushedManifest, bundle: Uint8Array, predicateType: string): Promise<PushedManifest> {
  const empty = Buffer.from('{}')
  await pushBlob(target, empty)
  const layerDigest = await pushBlob(target, bundle)
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: BUNDLE_V03_MEDIA_TYPE,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', size: empty.length, digest: digestOf(empty) },
    layers: [{ mediaType: BUNDLE_V03_MEDIA_TYPE, size: bundle.length, digest: layerDigest }],
    subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
    annotations: { 'dev.sigstore.bundle.predicateType': predicateType, 'dev.sigstore.bundle.content': 'dsse-envelope' },
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  const pushed = await putManifest(target, digestOf(bytes), bytes, OCI_MANIFEST)
  const api = await request(target, 'GET', `referrers/${subject.digest}`)
  await api.arrayBuffer()
  if (api.status === 404) await addToReferrersTag(target, subject.digest, { ...pushed, artifactType: BUNDLE_V03_MEDIA_TYPE, annotations: manifest.annotations })
  return pushed
}

async function addToReferrersTag(target: PushTarget, subject: string, descriptor: object): Promise<void> {
  const tag = digestTag(subject)
  const existing = await request(target, 'GET', `manifests/${tag}`, undefined, { accept: OCI_INDEX })
  const index = existing.status === 200 ? ((await existing.json()) as { manifests: object[] }) : (await existing.arrayBuffer(), { manifests: [] })
  const updated = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...index.manifests, descriptor] }
  await putManifest(target, tag, Buffer.from(JSON.stringify(updated)), OCI_INDEX)
}

/** Uploads a blob (POST then PUT, which every registry takes) and returns its digest. */
export async function pushBlob(target: PushTarget, bytes: Uint8Array): Promise<string> {
  const digest = digestOf(bytes)
  const start = await request(target, 'POST', 'blobs/uploads/')
  await start.arrayBuffer()
  const location = start.headers.get('location')
  if (start.status !== 202 || location === null) throw new Error(`blob upload to ${target.repository} answered ${start.status}`)
  const url = new URL(location, target.url)
  url.searchParams.set('digest', digest)
  const put = await fetch(url, { method: 'PUT', body: bytes, headers: { ...target.headers, 'content-type': 'application/octet-stream' } })
  await put.arrayBuffer()
  if (put.status !== 201) throw new Error(`blob PUT to ${target.repository} answered ${put.status}`)
  return digest
}

/** PUTs exact manifest bytes under a tag or digest. */
export async function putManifest(target: PushTarget, reference: string, bytes: Uint8Array, mediaType: string): Promise<PushedManifest> {
  const response = await request(target, 'PUT', `manifests/${reference}`, bytes, { 'content-type': mediaType })
  const text = await response.text()
  if (response.status !== 201) throw new Error(`manifest PUT ${target.repository}:${reference} answered ${response.status}: ${text}`)
  return { digest: digestOf(bytes), size: bytes.length, mediaType }
}

function request(target: PushTarget, method: string, path: string, body?: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${target.url}/v2/${target.repository}/${path}`, { method, ...(body ? { body } : {}), headers: { ...target.headers, ...headers } })
}
