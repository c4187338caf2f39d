/**
 * The `rel="next"` target of a Link header (RFC 8288, https://www.rfc-editor.org/rfc/rfc8288#section-3),
 * as the GitHub REST API pages its lists
 * (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api#using-link-headers):
 * `<https://api.github.com/repositories/1/attestations/sha256:…?per_page=100&after=…>; rel="next"`.
 * The next page gets the token, so it must stay on the API's own origin and under its base path: a
 * Link to anywhere else is refused, not followed (`outsideApi`, which redirects obey too).
 */
import type { ApiBase } from './api-base.js'

/** A Link header longer than this is not GitHub's (its headers are a few hundred bytes). */
const MAX_LINK_LENGTH = 8 * 1024

/** Why `url` may not get the token (`https://other/x is not under the API https://api.github.com`), or undefined when it is the API's. */
export function outsideApi(url: URL, base: ApiBase): string | undefined {
  if (url.origin === base.url.origin && url.pathname.startsWith(`${base.basePath}/`) && url.username === '' && url.password === '') return undefined
  return `${url.origin}${url.pathname} is not under the API ${base.url.origin}${base.basePath}`
}

export type NextPage = { readonly kind: 'none' } | { readonly kind: 'next'; readonly url: URL } | { readonly kind: 'refused'; readonly reason: string }

export function nextPage(header: string | readonly string[] | undefined, base: ApiBase): NextPage {
  const text = Array.isArray(header) ? header.join(', ') : (header as string | undefined)
  if (text === undefined || text.trim() === '') return { kind: 'none' }
  if (text.length > MAX_LINK_LENGTH) return { kind: 'refused', reason: `the Link header is longer than ${MAX_LINK_LENGTH} bytes` }
  // `<target>; params` entries; a target cannot hold `<` or `>`, so this is linear and exact.
  for (const match of text.matchAll(/<([^<>]*)>((?:\s*;\s*[^;,<>]*)*)/g)) {
    const params = match[2]!
    const rels = [...params.matchAll(/;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,"]+))/gi)].flatMap((rel) => (rel[1] ?? rel[2] ?? '').toLowerCase().split(/\s+/))
    if (!rels.includes('next')) continue
    let url: URL
    try {
      url = new URL(match[1]!, base.url)
    } catch {
      return { kind: 'refused', reason: 'the next page of the Link header is not a URL' }
    }
    const outside = outsideApi(url, base)
    return outside === undefined ? { kind: 'next', url } : { kind: 'refused', reason: `the next page ${outside}` }
  }
  return { kind: 'none' }
}
