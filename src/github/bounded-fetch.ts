/**
 * The `fetch` Octokit is given (Octokit takes one as `request.fetch`,
 * https://github.com/octokit/request.js#request): @actions/github's own, which goes through the
 * runner's proxy settings (HTTPS_PROXY, NO_PROXY), wrapped so that every request has a deadline for
 * the whole exchange (connection, headers and body) and a cap on the body, and all of them share one
 * budget (a GitHub that answers each request just before its deadline still ends). Octokit reads a body
 * whole with no limit of its own, and waits as long as the server does; a deployment record must
 * never hold a completed promotion hostage. No redirect is followed: one would carry the token to
 * wherever it points, and the deployments API answers directly.
 */

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>

export interface FetchBounds {
  readonly deadlineMs: number
  readonly maxBytes: number
  /** All requests of this fetch together (epoch ms): a GitHub that answers each request just in time still ends. */
  readonly endsAt: number
  readonly budgetMs: number
}

/** Statuses whose Response may not carry a body (https://fetch.spec.whatwg.org/#null-body-status). */
const NULL_BODY = new Set([101, 103, 204, 205, 304])

export function boundedFetch(inner: Fetch, bounds: FetchBounds): Fetch {
  return async (url, init = {}) => {
    const left = bounds.endsAt - Date.now()
    if (left <= 0) throw new Error(`GitHub was asked for ${bounds.budgetMs / 1000} s in all, the most one step waits for it`)
    const deadlineMs = Math.min(bounds.deadlineMs, left)
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), deadlineMs)
    const outer = init.signal
    if (outer) outer.addEventListener('abort', () => controller.abort(), { once: true })
    const late = () => new Error(`no complete answer within ${deadlineMs / 1000} s`)
    try {
      let response: Response
      try {
        response = await inner(url, { ...init, redirect: 'manual', signal: controller.signal })
      } catch (error) {
        throw controller.signal.aborted ? late() : error
      }
      const declared = Number(response.headers.get('content-length'))
      if (Number.isFinite(declared) && declared > bounds.maxBytes) {
        await response.body?.cancel().catch(() => {})
        throw tooLarge(response.status, bounds.maxBytes)
      }
      const bytes = await readCapped(response, bounds.maxBytes).catch((error: unknown) => {
        throw controller.signal.aborted ? late() : error
      })
      return new Response(NULL_BODY.has(response.status) ? null : bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      })
    } finally {
      clearTimeout(timer)
    }
  }
}

function tooLarge(status: number, maxBytes: number): Error {
  return new Error(`the answer (status ${status}) is larger than ${maxBytes} bytes, the most shiptag reads from it`)
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.length
    if (length > maxBytes) {
      await reader.cancel().catch(() => {})
      throw tooLarge(response.status, maxBytes)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, length)
}
