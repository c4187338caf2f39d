/**
 * An attestation the API lists by reference: `bundle` is null and `bundle_url` points at storage
 * where GitHub keeps the Sigstore bundle, snappy-compressed (gh reads it this way:
 * https://github.com/cli/cli/blob/trunk/pkg/cmd/attestation/api/client.go, `GetBundle`).
 *
 * The URL comes from an answer of the API, so following it is a request shiptag makes on GitHub's
 * word; what comes back is verified cryptographically afterwards, so the host does not make a bundle
 * trustworthy. The host list is there against the other harm: a URL that sends the runner to an
 * arbitrary or internal address (cloud metadata, a service on the runner's network) because of a
 * misbehaving API, proxy or Enterprise Server. Allowed:
 * - the API's own origin (an Enterprise Server or a stand-in that serves bundles itself);
 * - over https, the GitHub site the API belongs to and its subdomains (`github.com`, the
 *   `<tenant>.ghe.com` of GHE.com, the host of an Enterprise Server), and `githubusercontent.com`
 *   for github.com;
 * - over https, Azure Blob Storage (`*.blob.core.windows.net`), where github.com keeps them today
 *   (an API answer quoted in https://github.com/denoland/clawpatrol/issues/769).
 * The token is never sent there: the URL carries its own signature (a shared access signature), and
 * a token sent to storage would leave GitHub.
 */
import type { ApiBase } from './api-base.js'
import { GitHubApiError } from './errors.js'
import { describeRequest, getOnce, type Dispatcher } from './http.js'
import { decodeSnappyBlock, SnappyError } from './snappy.js'

/** Where github.com keeps attestation bundles it lists by reference. */
const BLOB_STORAGE = 'blob.core.windows.net'

/** The registrable domains a bundle URL of this API may be on. */
function siteDomains(base: ApiBase): string[] {
  const host = base.url.hostname.toLowerCase()
  if (host === 'api.github.com') return ['github.com', 'githubusercontent.com', BLOB_STORAGE]
  // api.<tenant>.ghe.com → <tenant>.ghe.com; an Enterprise Server serves the API under its own host.
  const site = host.startsWith('api.') ? host.slice(4) : host
  return [site, BLOB_STORAGE]
}

function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`)
}

/** Why `url` is not followed, or undefined when it may be. */
export function bundleUrlRefusal(text: string, base: ApiBase): string | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'bundle_url is not a URL'
  }
  if (url.username !== '' || url.password !== '') return 'bundle_url carries a user name or password'
  if (url.origin === base.url.origin) return undefined
  if (url.protocol !== 'https:' || url.port !== '') return `bundle_url ${url.protocol}//${url.host} is not https on the default port`
  const host = url.hostname.toLowerCase()
  const domains = siteDomains(base)
  if (domains.some((domain) => within(host, domain))) return undefined
  return `bundle_url is on ${host}, not on ${domains.map((domain) => `*.${domain}`).join(', ')} or the API's own origin`
}

export interface BundleFetch {
  readonly dispatcher: Dispatcher
  readonly base: ApiBase
  readonly deadlineMs: number
  readonly maxBundleBytes: number
  readonly userAgent: string
  /** The list request that named the URL, for a refusal. */
  readonly listRequest: string
}

/** The bundle JSON behind `text`: snappy-decoded, or as it is when it is already JSON. */
export async function fetchBundleUrl(text: string, options: BundleFetch): Promise<Uint8Array> {
  const refusal = bundleUrlRefusal(text, options.base)
  if (refusal !== undefined) {
    throw new GitHubApiError(`an attestation was listed by reference and its ${refusal}`, {
      request: options.listRequest,
      hint: 'shiptag follows bundle URLs only to GitHub and the storage GitHub uses; check GITHUB_API_URL and any proxy in front of the API',
    })
  }
  const url = new URL(text)
  const request = describeRequest(url)
  // Compressed bytes can only grow on decoding: the cap on the bundle caps them too.
  const answer = await getOnce(options.dispatcher, url, {
    headers: { 'user-agent': options.userAgent, accept: 'application/x-snappy, application/json' },
    deadlineMs: options.deadlineMs,
    maxBytes: options.maxBundleBytes,
    unreachableHint: `check the network path to ${url.host} (proxy settings: HTTPS_PROXY, NO_PROXY); GitHub keeps attestation bundles there`,
  })
  if (answer.status !== 200) {
    throw new GitHubApiError(`answered ${answer.status} for an attestation bundle`, {
      request,
      status: answer.status,
      hint: 'the link GitHub gave may have expired while shiptag read other pages; run the step again',
    })
  }
  const first = answer.body.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
  if (first === 0x7b) return answer.body
  try {
    return decodeSnappyBlock(answer.body, options.maxBundleBytes)
  } catch (error) {
    if (!(error instanceof SnappyError)) throw error
    throw new GitHubApiError(`the attestation bundle is neither JSON nor snappy-compressed JSON: ${error.message}`, {
      request,
      status: answer.status,
      hint: 'this is not what GitHub serves for an attestation; check any proxy between this runner and GitHub',
    })
  }
}
