import { MEDIA_TYPES, baseMediaType, parseManifest, type Descriptor } from '../oci/index.js'
import { parseDigest } from '../ref/index.js'
import { REFERRERS_BUDGET } from './budgets.js'
import { readPages } from './pages.js'
import type { RepositoryTransport } from './repository-transport.js'
import { errorMessage } from '../errors.js'

/**
 * GET /v2/<name>/referrers/<digest> (distribution-spec 1.1, docs/registry-protocol.md#referrers): the manifests
 * whose `subject` is the digest, every page (`readPages`: same origin, loop detection, budgets),
 * each once. `undefined` when the registry has no referrers API, which is how ggcr reads 404, 400 and
 * 406 or an answer that is not an OCI index (distribution 2.8 answers `404 text/plain`): the caller
 * then reads the referrers tag.
 */
export async function listReferrers(rt: RepositoryTransport, digest: string): Promise<Descriptor[] | undefined> {
  parseDigest(digest)
  const referrers = new Map<string, Descriptor>()
  const found = await readPages(rt, {
    operation: `list referrers of ${digest}`,
    target: `referrers/${digest}`,
    headers: { accept: MEDIA_TYPES.ociIndex },
    budget: REFERRERS_BUDGET,
    absent: ({ response }) => {
      const contentType = response.headers.get('content-type')
      return (
        response.status === 404 ||
        response.status === 400 ||
        response.status === 406 ||
        (response.status === 200 && (contentType === undefined || baseMediaType(contentType) !== MEDIA_TYPES.ociIndex))
      )
    },
    onPage: (bytes, problem) => {
      let index
      try {
        index = parseManifest(bytes, MEDIA_TYPES.ociIndex, `referrers of ${digest}`)
      } catch (error) {
        throw problem(errorMessage(error))
      }
      if (index.kind !== 'index') throw problem('the referrers answer is not an index')
      const before = referrers.size
      for (const descriptor of index.manifests) if (!referrers.has(descriptor.digest)) referrers.set(descriptor.digest, descriptor)
      return referrers.size - before
    },
  })
  return found === 'absent' ? undefined : [...referrers.values()]
}
