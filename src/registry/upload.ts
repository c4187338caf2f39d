import { pipeline, type Readable } from 'node:stream'
import { HoldLastChunk, VerifyingStream } from '../oci/index.js'
import { parseDigest } from '../ref/index.js'
import type { BlobBody } from './api.js'
import { hasBlob } from './blobs.js'
import { uploadChunks } from './chunked-upload.js'
import { RegistryError } from './errors.js'
import { shortDigest, type RepositoryTransport } from './repository-transport.js'
import { confirmDigest } from './upload-confirm.js'
import { cancelUpload, startUpload, withDigest, type UploadSession } from './upload-session.js'

export interface UploadOptions {
  /** A session a refused mount left open (docs/registry-protocol.md#blob-mount): used instead of a POST. */
  readonly session: UploadSession | undefined
  readonly chunked: 'fallback' | 'always'
  /** Tries of the whole blob, from POST. */
  readonly attempts: number
  readonly warn: (message: string) => void
  /** The caller verified the body already: the whole-blob PUT does not hash it again. */
  readonly verified?: boolean
}

/**
 * Uploads one blob (docs/registry-protocol.md#blob-upload): POST with an empty body, then one PUT of the whole
 * blob to the session's Location with `digest` in its query, streamed through a verifying stream so a
 * mismatch aborts the PUT before the registry can commit. A 413 (a proxy's body limit) switches to
 * chunks. After a temporary failure the blob is HEADed first: a lost response may hide a committed
 * blob (docs/registry-protocol.md#closing-an-upload); if absent, the whole blob is tried again from POST, never the PUT alone. A failed
 * session is DELETEd. Resolves to the bytes of blob content sent.
 */
export async function uploadBlob(
  rt: RepositoryTransport,
  descriptor: { digest: string; size: number },
  body: BlobBody,
  options: UploadOptions,
): Promise<number> {
  parseDigest(descriptor.digest)
  const operation = `upload blob ${shortDigest(descriptor.digest)}`
  let session = options.session
  let sent = 0
  for (let attempt = 1; ; attempt++) {
    let active: UploadSession | undefined = session ?? (await startUpload(rt, operation))
    session = undefined
    try {
      if (options.chunked === 'always') return sent + (await uploadChunks(rt, operation, active, descriptor, body))
      sent += descriptor.size
      if (await putWhole(rt, operation, active, descriptor, body, options.verified ?? false)) return sent
      await cancelUpload(rt, active, operation)
      active = undefined
      options.warn(`${rt.endpoint.registry} refused a ${descriptor.size}-byte upload as too large (413); uploading ${descriptor.digest} in chunks`)
      active = await startUpload(rt, operation)
      return sent + (await uploadChunks(rt, operation, active, descriptor, body))
    } catch (error) {
      if (active !== undefined) await cancelUpload(rt, active, operation)
      if (!(error instanceof RegistryError) || !error.temporary || attempt >= options.attempts) throw error
      if (await hasBlob(rt, descriptor.digest, descriptor.size, options.warn)) return sent
    }
  }
}

/** One PUT of the whole blob; false on 413. Not re-sent on failure: the caller decides from a HEAD. */
async function putWhole(
  rt: RepositoryTransport,
  operation: string,
  session: UploadSession,
  descriptor: { digest: string; size: number },
  body: BlobBody,
  verified: boolean,
): Promise<boolean> {
  const answer = await rt.send({
    operation,
    method: 'PUT',
    target: withDigest(session.location, descriptor.digest),
    access: 'push',
    headers: { 'content-type': 'application/octet-stream' },
    body: { length: descriptor.size, open: () => (verified ? body() : verifiedBody(body, descriptor)) },
    idempotent: false,
  })
  const { response } = answer
  if (response.status === 413) {
    await response.body.dump()
    return false
  }
  if (response.status !== 201 && response.status !== 204 && response.status !== 200) throw await rt.failure(answer)
  await confirmDigest(rt, operation, response, descriptor.digest)
  return true
}

/**
 * The body as sent: verified, with its last chunk held back until the whole content has hashed to the
 * digest. A mismatch destroys the stream before the last byte leaves, so the registry never receives
 * Content-Length bytes and cannot commit anything (docs/registry-protocol.md#reading-blobs).
 */
function verifiedBody(body: BlobBody, descriptor: { digest: string; size: number }): Readable {
  const hold = new HoldLastChunk()
  pipeline(body(), new VerifyingStream(descriptor, `blob ${descriptor.digest}`), hold, () => {})
  return hold
}
