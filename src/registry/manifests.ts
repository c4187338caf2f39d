import type { FetchedManifest, ManifestHead } from './api.js'
import { LARGE_MANIFEST_BYTES, MAX_MANIFEST_BYTES } from './budgets.js'
import { InvalidManifestError, MANIFEST_ACCEPT, baseMediaType, digestOf, isManifestMediaType, verifyBytes } from '../oci/index.js'
import { isValidDigest, parseDigest } from '../ref/index.js'
import { RegistryError, TagImmutableError } from './errors.js'
import { explainForeignLayerRefusal, foreignLayersOf } from './foreign-layers.js'
import { isImmutabilityRefusal, mayBeImmutability } from './immutability.js'
import { referenceLabel, type RepositoryTransport } from './repository-transport.js'
import { redactUrl, type HttpResponse } from './transport/index.js'

const ACCEPT = { accept: MANIFEST_ACCEPT }

function isDigestReference(reference: string): boolean {
  if (!reference.includes(':')) return false
  parseDigest(reference)
  return true
}

/**
 * HEAD with the full Accept list (without it distribution answers 404 for OCI content, docs/registry-protocol.md#manifest-media-types).
 * 404: undefined. Without a usable `Docker-Content-Digest` (ECR paths, Nexus, Red Hat, static S3,
 * docs/registry-protocol.md#p14), or on a 3xx, falls back to GET and hashes the bytes. HEAD does not count as a Docker Hub pull
 * (docs/registry-protocol.md#p16).
 */
export async function headManifest(rt: RepositoryTransport, reference: string): Promise<ManifestHead | undefined> {
  const byDigest = isDigestReference(reference)
  const operation = `check manifest ${referenceLabel(reference)}`
  const answer = await rt.send({ operation, method: 'HEAD', target: `manifests/${reference}`, access: 'pull', headers: ACCEPT, followRedirects: false })
  const { response } = answer
  if (response.status !== 200 && !(response.status >= 300 && response.status < 400) && response.status !== 404) throw await rt.failure(answer)
  await response.body.dump()
  if (response.status === 404) return undefined
  const digest = response.headers.get('docker-content-digest')
  const contentType = response.headers.get('content-type')
  const size = Number(response.headers.get('content-length'))
  if (response.status === 200 && digest !== undefined && isValidDigest(digest) && contentType !== undefined && Number.isSafeInteger(size)) {
    if (byDigest && digest !== reference) throw unacceptable(rt, operation, response, `the registry answered for ${digest}`)
    return { digest, mediaType: baseMediaType(contentType), size }
  }
  const fetched = await getManifest(rt, reference)
  return fetched === undefined ? undefined : { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length }
}

/**
 * GET with the full Accept list (docs/registry-protocol.md#manifest-get-and-head); 404: undefined. The digest is always the hash of the bytes:
 * by digest it must equal the reference (ggcr `fetchManifest`); by tag `Docker-Content-Digest` is not
 * trusted (docs/registry-protocol.md#p15). The media type is the body's `mediaType`, else the Content-Type without parameters;
 * a body that contradicts a manifest Content-Type is refused. Read up to 8 MiB, or `maxBytes` when less.
 */
export async function getManifest(rt: RepositoryTransport, reference: string, maxBytes = MAX_MANIFEST_BYTES): Promise<FetchedManifest | undefined> {
  const limit = Math.min(maxBytes, MAX_MANIFEST_BYTES)
  const byDigest = isDigestReference(reference)
  const operation = `read manifest ${referenceLabel(reference)}`
  const what = `manifest ${reference} of ${rt.name}`
  // A body cut off mid-read is asked for again (sendReading); a refusal or a manifest too large is not.
  const fetched = await rt.sendReading({ operation, method: 'GET', target: `manifests/${reference}`, access: 'pull', headers: ACCEPT }, async (answer) => {
    const { response } = answer
    if (response.status === 404) {
      await response.body.dump()
      return undefined
    }
    if (response.status !== 200) throw await rt.failure(answer)
    const declaredLength = Number(response.headers.get('content-length'))
    const read = declaredLength > limit ? undefined : await response.body.read(limit)
    if (read === undefined || read.truncated) {
      if (read === undefined) await response.body.dump()
      throw unacceptable(rt, operation, response, `the manifest is larger than ${limit} bytes`)
    }
    return { read, response }
  })
  if (fetched === undefined) return undefined
  const { read, response } = fetched
  const bytes = read.bytes
  if (byDigest) verifyBytes(bytes, { digest: reference }, what)
  const digest = byDigest ? reference : digestOf(bytes)
  const contentType = response.headers.get('content-type')
  return { bytes, mediaType: mediaTypeOf(bytes, contentType === undefined ? undefined : baseMediaType(contentType), what), digest }
}

function mediaTypeOf(bytes: Buffer, contentType: string | undefined, what: string): string {
  let declared: unknown
  try {
    declared = (JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }).mediaType
  } catch {
    throw new InvalidManifestError(`${what} is not JSON`)
  }
  if (typeof declared === 'string' && declared !== '') {
    if (contentType !== undefined && isManifestMediaType(contentType) && declared !== contentType) {
      throw new InvalidManifestError(`${what} declares mediaType ${declared} but was served as ${contentType}`)
    }
    return declared
  }
  if (contentType === undefined) {
    throw new InvalidManifestError(`${what} has no mediaType and was served without a Content-Type`, {
      hint: 'use the mediaType of the descriptor that references it; the registry did not say what it is',
    })
  }
  return contentType
}

/**
 * PUT the exact bytes with Content-Type = the manifest's media type, no parameters (docs/registry-protocol.md#manifest-put); never
 * re-serialized. By digest the bytes must hash to it before anything is sent. The digest the
 * registry confirms must be ours. `OCI-Subject` in the answer means it indexed the subject itself
 * (docs/registry-protocol.md#referrers). A refusal that looks like tag immutability (docs/registry-protocol.md#tag-immutability) is checked with a HEAD of the tag: a tag
 * already at our digest is success (ECR refuses even the same digest, docs/registry-protocol.md#p7; a lost 201 on a retry reads
 * the same); another digest is `TagImmutableError`. A refusal of a manifest with foreign layers
 * says what the registry refuses (foreign-layers.ts).
 */
export async function putManifest(
  rt: RepositoryTransport,
  reference: string,
  bytes: Buffer,
  mediaType: string,
  warn: (message: string) => void,
): Promise<{ digest: string; subjectProcessed: boolean }> {
  const byDigest = isDigestReference(reference)
  const operation = `put manifest ${referenceLabel(reference)}`
  const what = `manifest for ${rt.name}${referenceLabel(reference)}`
  if (byDigest) verifyBytes(bytes, { digest: reference }, what)
  const digest = byDigest ? reference : digestOf(bytes)
  if (bytes.length > LARGE_MANIFEST_BYTES) warn(`${what} is ${bytes.length} bytes; registries may refuse manifests over 4 MiB`)
  const answer = await rt.send({
    operation,
    method: 'PUT',
    target: `manifests/${reference}`,
    access: 'push',
    headers: { 'content-type': mediaType.split(';')[0]!.trim() },
    body: { length: bytes.length, open: () => bytes },
  })
  const { response } = answer
  if (response.status === 200 || response.status === 201 || response.status === 202) {
    await response.body.dump()
    const confirmed = response.headers.get('docker-content-digest')
    if (confirmed !== undefined && confirmed !== digest)
      throw unacceptable(rt, operation, response, `the registry stored the manifest as ${confirmed}, not ${digest}`)
    return { digest, subjectProcessed: response.headers.get('oci-subject') !== undefined }
  }
  const error = explainForeignLayerRefusal(await rt.failure(answer), foreignLayersOf(bytes, mediaType))
  const refusal = { status: response.status, errors: error.errors, ...(error.bodySummary === undefined ? {} : { text: error.bodySummary }) }
  if (byDigest || !mayBeImmutability(refusal)) throw error
  const existing = await headManifest(rt, reference).catch(() => undefined)
  if (!isImmutabilityRefusal(refusal, existing !== undefined)) throw error
  if (existing?.digest === digest) return { digest, subjectProcessed: false }
  const onlyByStatus = !/immutable/i.test(error.message)
  throw new TagImmutableError({
    registry: error.registry,
    repository: error.repository,
    operation,
    method: 'PUT',
    url: error.url,
    status: error.status,
    errors: error.errors,
    bodySummary: error.bodySummary,
    requestId: error.requestId,
    problem: `tag "${reference}" is immutable${existing === undefined ? '' : ` and points at ${existing.digest}, not ${digest}`}; the registry answered ${response.status}`,
    tag: reference,
    digest,
    ...(existing === undefined ? {} : { existingDigest: existing.digest }),
    hint:
      `immutable tags cannot move: push a new tag (one per version or commit) instead of reusing "${reference}", or change the repository's tag immutability setting` +
      (onlyByStatus ? '; if the repository has no immutable tags, the credentials may lack push permission' : ''),
  })
}

function unacceptable(rt: RepositoryTransport, operation: string, response: HttpResponse, problem: string): RegistryError {
  return new RegistryError({
    registry: rt.endpoint.registry,
    repository: rt.repository,
    operation,
    url: redactUrl(response.url),
    status: response.status,
    problem,
    temporary: false,
    hint: 'the registry (or a proxy in front of it) answered with something that is not a manifest shiptag can trust; check the registry URL and the reference, and whether a proxy rewrites responses',
  })
}
