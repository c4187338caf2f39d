/**
 * Where the GitHub REST API is, and the names we put into its paths. `GITHUB_API_URL` is what the
 * runner sets (https://docs.github.com/en/actions/reference/variables-reference#default-environment-variables):
 * `https://api.github.com`, `https://api.<tenant>.ghe.com` on GHE.com, `https://<host>/api/v3` on
 * GitHub Enterprise Server. The caller reads the environment and passes the value in.
 */
import { GitHubRequestError } from './errors.js'

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'

/** The API's origin, and its base path without a trailing slash (`''` for api.github.com, `/api/v3` on GHES). */
export interface ApiBase {
  readonly url: URL
  readonly basePath: string
}

/** Plain HTTP only to loopback (tests, a local stand-in): a token never crosses a network in clear. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

/** Parses `GITHUB_API_URL` (or the default); anything but an https URL without credentials, query or fragment is refused. */
export function apiBase(value: string | undefined): ApiBase {
  const text = value === undefined || value.trim() === '' ? DEFAULT_GITHUB_API_URL : value.trim()
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new GitHubRequestError(`GITHUB_API_URL "${text}" is not a URL`, {
      hint: 'set GITHUB_API_URL to the REST API of your GitHub, e.g. https://api.github.com or https://<host>/api/v3 (or leave it unset)',
    })
  }
  const plainLoopback = url.protocol === 'http:' && isLoopback(url.hostname)
  if ((url.protocol !== 'https:' && !plainLoopback) || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new GitHubRequestError(`GITHUB_API_URL "${url.protocol}//${url.host}${url.pathname}" must be an https URL without user, query or fragment`, {
      hint: 'set GITHUB_API_URL to the REST API of your GitHub, e.g. https://api.github.com or https://<host>/api/v3 (or leave it unset)',
    })
  }
  return { url, basePath: url.pathname.replace(/\/+$/, '') }
}

/**
 * `base` + path segments, each percent-encoded (a digest's `:` stays as GitHub documents it). A dot
 * segment would be resolved away by URL parsing (even percent-encoded), so it is refused.
 */
export function endpoint(base: ApiBase, segments: readonly string[], query: Readonly<Record<string, string>> = {}): URL {
  const dotted = segments.find((segment) => segment === '' || /^(?:\.|%2e){1,2}$/i.test(segment))
  if (dotted !== undefined)
    throw new GitHubRequestError(`"${dotted}" cannot be a path segment of a GitHub API request`, {
      hint: 'name the repository or owner as GitHub does, e.g. acme/app',
    })
  const url = new URL(base.url.href)
  url.pathname = `${base.basePath}/${segments.map((segment) => encodeURIComponent(segment).replace(/%3A/gi, ':')).join('/')}`
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
  return url
}

/** GitHub's owner and repository names: letters, digits, `-`, `_`, `.` (https://docs.github.com/en/repositories/creating-and-managing-repositories/about-repositories). */
const NAME = /^[A-Za-z0-9_.-]{1,100}$/

/** `acme/app` → `['acme', 'app']`; anything else is a typed error naming the input. */
export function splitRepository(repo: string): [string, string] {
  const parts = repo.split('/')
  if (parts.length !== 2 || !parts.every((part) => NAME.test(part) && part !== '.' && part !== '..')) {
    throw new GitHubRequestError(`repository "${repo}" is not owner/name`, { hint: 'name the repository as GitHub does, e.g. acme/app' })
  }
  return [parts[0]!, parts[1]!]
}

/** An owner (organization or user) name, checked like a repository's owner. */
export function checkOwner(owner: string): string {
  if (!NAME.test(owner) || owner === '.' || owner === '..') {
    throw new GitHubRequestError(`owner "${owner}" is not a GitHub organization or user name`, { hint: 'name the owner as GitHub does, e.g. acme' })
  }
  return owner
}

/** The attestations API takes sha256 digests only (https://docs.github.com/en/rest/repos/attestations). */
export function checkSubjectDigest(digest: string): string {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new GitHubRequestError(`subject digest "${digest.slice(0, 80)}" is not sha256:<64 lowercase hex>`, {
      hint: 'the GitHub attestations API finds attestations by the sha256 digest of the image',
    })
  }
  return digest
}
