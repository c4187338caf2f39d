import type { RepositoryTransport } from './repository-transport.js'
import { RegistryError } from './errors.js'
import { redactUrl, resolveServerUrl, type HttpResponse } from './transport/index.js'

/**
 * The largest `OCI-Chunk-Min-Length` honoured (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-in-chunks): chunks
 * are buffered, so an answer of 2^53 would hold the whole blob in memory. Registries ask for a few
 * MiB (GCS-backed ones 5 MiB).
 */
export const MAX_CHUNK_MIN_BYTES = 64 * 1024 * 1024

/** An open upload session: where to send the next request, and the registry's smallest chunk. */
export interface UploadSession {
  readonly location: URL
  /** `OCI-Chunk-Min-Length` from the POST (https://github.com/opencontainers/distribution-spec/issues/481). */
  readonly minChunkLength: number | undefined
}

/**
 * The session a 202 opened. The `Location` may be relative (Quay) or on another host (storage
 * offload), and carries state in its query (`_state`); it is resolved against the response URL and
 * checked (scheme pin, SSRF guard), never assembled by hand (docs/registry-protocol.md#upload-location).
 */
export async function openedSession(rt: RepositoryTransport, operation: string, response: HttpResponse): Promise<UploadSession> {
  await response.body.dump()
  const location = response.headers.get('location')
  if (location === undefined) {
    throw new RegistryError({
      registry: rt.endpoint.registry,
      repository: rt.repository,
      operation,
      url: redactUrl(response.url),
      status: response.status,
      problem: `the registry opened an upload session (${response.status}) without a Location`,
    })
  }
  return {
    location: resolveServerUrl(location, response.url, rt.context(operation), 'upload Location'),
    minChunkLength: chunkMinimum(response.headers.get('oci-chunk-min-length')),
  }
}

/** `OCI-Chunk-Min-Length` as a size to honour: a positive whole number, at most MAX_CHUNK_MIN_BYTES (a chunk is held in memory). */
export function chunkMinimum(header: string | undefined): number | undefined {
  const min = Number(header)
  return header !== undefined && Number.isSafeInteger(min) && min > 0 ? Math.min(min, MAX_CHUNK_MIN_BYTES) : undefined
}

/** The next Location of a session: the one in this response, else the current one. Always the latest (docs/registry-protocol.md#upload-location). */
export function nextLocation(rt: RepositoryTransport, operation: string, response: HttpResponse, current: URL): URL {
  const location = response.headers.get('location')
  return location === undefined ? current : resolveServerUrl(location, response.url, rt.context(operation), 'upload Location')
}

/** POST /v2/<name>/blobs/uploads/ with an empty body (docs/registry-protocol.md#blob-upload): the body never goes in the POST (distribution discards it). */
export async function startUpload(rt: RepositoryTransport, operation: string): Promise<UploadSession> {
  const answer = await rt.send({ operation, method: 'POST', target: 'blobs/uploads/', access: 'push' })
  if (answer.response.status !== 202) throw await rt.failure(answer)
  return openedSession(rt, operation, answer.response)
}

/** DELETE the session (docs/registry-protocol.md#closing-an-upload); a failure changes nothing, sessions are purged anyway. */
export async function cancelUpload(rt: RepositoryTransport, session: UploadSession, operation: string): Promise<void> {
  try {
    const { response } = await rt.send({
      operation: `${operation}: cancel session`,
      method: 'DELETE',
      target: session.location,
      access: 'push',
      followRedirects: false,
    })
    await response.body.dump()
  } catch {
    // Ignored on purpose: the upload already failed with its own error, or the session is gone.
  }
}

/** The session URL with `digest` set in its query, keeping `_state` and the rest (URLSearchParams, never concatenation; docs/registry-protocol.md#upload-location). */
export function withDigest(location: URL, digest: string): URL {
  const url = new URL(location)
  url.searchParams.set('digest', digest)
  return url
}
