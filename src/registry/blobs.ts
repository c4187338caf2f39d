import { pipeline, type Readable } from 'node:stream'
import { ContentMismatchError, VerifyingStream } from '../oci/index.js'
import { parseDigest } from '../ref/index.js'
import { repositoryScope } from './auth/scope.js'
import { RegistryError, RegistryUnreachableError } from './errors.js'
import { shortDigest, type RepositoryTransport } from './repository-transport.js'
import { redactUrl } from './transport/index.js'
import { openedSession, type UploadSession } from './upload-session.js'

/**
 * HEAD /v2/<name>/blobs/<digest> (docs/registry-protocol.md#blob-existence): 200 present, 404 absent, 3xx present
 * and not followed (a presigned URL signed for GET answers a HEAD with 403, docs/registry-protocol.md#p35). A Content-Length
 * that differs from the expected size reads as absent, with a warning: the descriptor is wrong, and
 * uploading will say so.
 */
export async function hasBlob(rt: RepositoryTransport, digest: string, size: number | undefined, warn: (message: string) => void): Promise<boolean> {
  parseDigest(digest)
  const answer = await rt.send({
    operation: `check blob ${shortDigest(digest)}`,
    method: 'HEAD',
    target: `blobs/${digest}`,
    access: 'pull',
    followRedirects: false,
  })
  const { response } = answer
  if (response.status === 404 || (response.status >= 300 && response.status < 400) || response.status === 200) await response.body.dump()
  if (response.status === 404) return false
  if (response.status >= 300 && response.status < 400) return true
  if (response.status !== 200) throw await rt.failure(answer)
  const length = response.headers.get('content-length')
  if (size !== undefined && length !== undefined && Number(length) !== size) {
    warn(`${rt.name} has blob ${digest} with ${length} bytes, but its descriptor says ${size}; treating it as absent`)
    return false
  }
  return true
}

export type MountOutcome = { readonly mounted: true } | { readonly mounted: false; readonly session?: UploadSession }

/**
 * POST /v2/<dst>/blobs/uploads/?mount=<digest>&from=<src> (docs/registry-protocol.md#blob-mount), with a token that covers
 * `dst:pull,push` and `src:pull` at once (docs/registry-protocol.md#p11). 201: mounted. 202: not mounted, and an upload session
 * is open, returned for the upload to use. Any other 4xx (Harbor and Docker Hub answer 401 for a
 * source they will not mount from, docs/registry-protocol.md#p10) or no answer at all: not mounted, upload instead. `from` is
 * always sent (Quay, docs/registry-protocol.md#p9), `origin` never (docs/registry-protocol.md#p8).
 */
export async function mountBlob(rt: RepositoryTransport, digest: string, fromRepository: string): Promise<MountOutcome> {
  parseDigest(digest)
  const operation = `mount blob ${shortDigest(digest)} from ${fromRepository}`
  let answer
  try {
    answer = await rt.send({
      operation,
      method: 'POST',
      target: `blobs/uploads/?${new URLSearchParams({ mount: digest, from: fromRepository }).toString()}`,
      access: 'push',
      scopes: [...rt.scopes('push'), repositoryScope(fromRepository, ['pull'])],
    })
  } catch (error) {
    if (error instanceof RegistryUnreachableError) return { mounted: false }
    throw error
  }
  const { response } = answer
  if (response.status === 201) {
    await response.body.dump()
    const confirmed = response.headers.get('docker-content-digest')
    if (confirmed !== undefined && confirmed !== digest) {
      throw new RegistryError({
        registry: rt.endpoint.registry,
        repository: rt.repository,
        operation,
        method: 'POST',
        url: redactUrl(response.url),
        status: 201,
        problem: `the registry mounted ${confirmed}, not ${digest}`,
        temporary: false,
      })
    }
    return { mounted: true }
  }
  if (response.status === 202) return { mounted: false, session: await openedSession(rt, operation, response) }
  if (response.status >= 400 && response.status < 500) {
    await response.body.dump()
    return { mounted: false }
  }
  throw await rt.failure(answer)
}

/**
 * GET /v2/<name>/blobs/<digest>, following redirects to a CDN or storage without the registry's
 * credentials (docs/registry-protocol.md#reading-blobs). The Content-Length must equal the descriptor's size (ggcr `fetchBlobURL`), and
 * the stream fails at the end unless size and digest match.
 */
export async function openBlob(
  rt: RepositoryTransport,
  descriptor: { digest: string; size: number },
  options: { readonly verify?: boolean } = {},
): Promise<Readable> {
  parseDigest(descriptor.digest)
  const answer = await rt.send({
    operation: `read blob ${shortDigest(descriptor.digest)}`,
    method: 'GET',
    target: `blobs/${descriptor.digest}`,
    access: 'pull',
  })
  const { response } = answer
  if (response.status !== 200) throw await rt.failure(answer)
  const what = `blob ${descriptor.digest} from ${rt.name}`
  const length = response.headers.get('content-length')
  if (length !== undefined && Number(length) !== descriptor.size) {
    await response.body.dump()
    throw new ContentMismatchError(what, `the registry sends ${length} bytes, the descriptor says ${descriptor.size}`)
  }
  if (options.verify === false) return response.body.stream()
  return pipeline(response.body.stream(), new VerifyingStream(descriptor, what), () => {})
}
