import { MEDIA_TYPES, baseMediaType, parseManifest, type Descriptor } from '../oci/index.js'
import { parseDigest } from '../ref/index.js'
import { RegistryError } from './errors.js'
import type { RepositoryTransport } from './repository-transport.js'
import { nextLink } from './tags.js'
import { redactUrl, resolveServerUrl } from './transport/index.js'

/** A referrers list is read up to this size a page. */
const MAX_REFERRERS_PAGE_BYTES = 4 * 1024 * 1024
const MAX_REFERRERS_PAGES = 1000

/**
 * GET /v2/<name>/referrers/<digest> (distribution-spec 1.1, oci-client-reference §4.8): the manifests
 * whose `subject` is the digest, following `Link` pages on the same origin. `undefined` when the
 * registry has no referrers API, which is how ggcr reads 404, 400 and 406 or an answer that is not an
 * OCI index (distribution 2.8 answers `404 text/plain`): the caller then reads the referrers tag.
 */
export async function listReferrers(rt: RepositoryTransport, digest: string): Promise<Descriptor[] | undefined> {
  parseDigest(digest)
  const operation = `list referrers of ${digest}`
  const referrers: Descriptor[] = []
  let target: URL | string = `referrers/${digest}`
  for (let page = 0; page < MAX_REFERRERS_PAGES; page++) {
    const answer = await rt.send({ operation, method: 'GET', target, access: 'pull', headers: { accept: MEDIA_TYPES.ociIndex } })
    const { response } = answer
    const contentType = response.headers.get('content-type')
    const unsupported = response.status === 404 || response.status === 400 || response.status === 406 || (response.status === 200 && (contentType === undefined || baseMediaType(contentType) !== MEDIA_TYPES.ociIndex))
    if (unsupported && page === 0) {
      await response.body.dump()
      return undefined
    }
    if (response.status !== 200) throw await rt.failure(answer)
    const problem = (text: string) =>
      new RegistryError({ registry: rt.endpoint.registry, repository: rt.repository, operation, method: 'GET', url: redactUrl(response.url), status: 200, problem: text, temporary: false })
    const read = await response.body.read(MAX_REFERRERS_PAGE_BYTES)
    if (read.truncated) throw problem(`a page of referrers is larger than ${MAX_REFERRERS_PAGE_BYTES} bytes`)
    let index
    try {
      index = parseManifest(read.bytes, MEDIA_TYPES.ociIndex, `referrers of ${digest}`)
    } catch (error) {
      throw problem(error instanceof Error ? error.message : String(error))
    }
    if (index.kind !== 'index') throw problem('the referrers answer is not an index')
    referrers.push(...index.manifests)
    const link = nextLink(response.headers.all('link'))
    if (link === undefined) return referrers
    const next = resolveServerUrl(link, response.url, rt.context(operation), 'Link')
    if (next.origin !== response.url.origin) throw problem(`the next page is on another origin (${next.origin}); cross-origin pagination is not followed`)
    target = next
  }
  throw new RegistryError({ registry: rt.endpoint.registry, repository: rt.repository, operation, problem: `more than ${MAX_REFERRERS_PAGES} pages of referrers`, temporary: false })
}
