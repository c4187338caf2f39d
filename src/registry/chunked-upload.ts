import { pipeline } from 'node:stream'
import { VerifyingStream } from '../oci/index.js'
import { hostProfile } from '../ref/index.js'
import type { BlobBody } from './api.js'
import { confirmDigest } from './upload-confirm.js'
import type { RepositoryTransport } from './repository-transport.js'
import { nextLocation, withDigest, type UploadSession } from './upload-session.js'

/**
 * Chunked upload (docs/registry-protocol.md#chunked-upload): PATCH chunks of max(OCI-Chunk-Min-Length,
 * the host profile's chunk size: 5 MiB, as ECR refuses smaller parts, docs/registry-protocol.md#p1)
 * with `Content-Range: <start>-<end>` (inclusive, no `bytes=`), then PUT `?digest=` with an empty
 * body. Offsets are tracked from what was sent, never from the `Range` header (ECR's gets stuck,
 * docs/registry-protocol.md#p3; distribution 2.8 never answers 416); every request goes to the
 * latest `Location`; a PATCH may answer 202 or 201 (ECR, docs/registry-protocol.md#p2). PATCH and
 * the closing PUT are never re-sent blindly. The content is verified while it is read, and the
 * session is closed only after the whole blob hashed to its digest. A chunk refused with 413 never
 * reached the registry (a proxy's body limit, e.g. nginx `client_max_body_size`), so it is sent
 * again in halves, and later chunks use the smaller size, down to the profile's smallest chunk
 * (256 KiB) or the registry's minimum. Resolves to the bytes sent.
 */
export async function uploadChunks(
  rt: RepositoryTransport,
  operation: string,
  session: UploadSession,
  descriptor: { digest: string; size: number },
  body: BlobBody,
): Promise<number> {
  const profile = hostProfile(rt.endpoint.registry)
  let chunkSize = Math.max(session.minChunkLength ?? 0, profile.chunkBytes)
  const smallest = Math.max(session.minChunkLength ?? 0, profile.smallestChunkBytes)
  const verified = pipeline(body(), new VerifyingStream(descriptor, `blob ${descriptor.digest}`), () => {})
  let location = session.location
  let offset = 0
  let pending: Buffer[] = []
  let pendingLength = 0
  let sent = 0
  const send = async (chunk: Buffer): Promise<void> => {
    const next = await patchChunk(rt, operation, location, offset, chunk, chunk.length > smallest)
    sent += chunk.length
    if (next === TOO_LARGE) {
      const half = Math.max(smallest, Math.ceil(chunk.length / 2))
      chunkSize = Math.min(chunkSize, half)
      for (let start = 0; start < chunk.length;) {
        const size = chunkSize // lowered further by a 413 inside
        await send(chunk.subarray(start, start + size))
        start += size
      }
      return
    }
    location = next
    offset += chunk.length
  }
  for await (const data of verified as AsyncIterable<Buffer>) {
    pending.push(data)
    pendingLength += data.length
    while (pendingLength >= chunkSize) {
      const all = Buffer.concat(pending, pendingLength)
      const size = chunkSize // send() may shrink chunkSize for later chunks
      await send(all.subarray(0, size))
      const rest = all.subarray(size)
      pending = rest.length === 0 ? [] : [rest]
      pendingLength = rest.length
    }
  }
  if (pendingLength > 0) await send(Buffer.concat(pending, pendingLength))
  const answer = await rt.send({
    operation,
    method: 'PUT',
    target: withDigest(location, descriptor.digest),
    access: 'push',
    idempotent: false,
    followRedirects: false,
  })
  if (answer.response.status !== 201 && answer.response.status !== 204 && answer.response.status !== 200) throw await rt.failure(answer)
  await confirmDigest(rt, operation, answer.response, descriptor.digest)
  return sent
}

const TOO_LARGE = Symbol('413')

async function patchChunk(
  rt: RepositoryTransport,
  operation: string,
  location: URL,
  offset: number,
  chunk: Buffer,
  canShrink: boolean,
): Promise<URL | typeof TOO_LARGE> {
  const answer = await rt.send({
    operation,
    method: 'PATCH',
    target: location,
    access: 'push',
    headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
    body: { length: chunk.length, open: () => chunk },
    idempotent: false,
    followRedirects: false,
  })
  const { response } = answer
  if (response.status === 413 && canShrink) {
    await response.body.dump()
    return TOO_LARGE
  }
  if (response.status !== 202 && response.status !== 201) throw await rt.failure(answer)
  await response.body.dump()
  return nextLocation(rt, operation, response, location)
}
