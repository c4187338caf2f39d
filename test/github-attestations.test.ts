/**
 * src/github's attestations client against a loopback stand-in of the GitHub REST API
 * (test/support/github-api.ts): the documented answer, pages, bundles by reference, and every
 * failure typed with what to do, the token in none of them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  GitHubApiError,
  GitHubAttestations,
  GitHubPermissionError,
  GitHubRateLimitError,
  GitHubRequestError,
  GitHubUnreachableError,
  type GitHubAttestationsOptions,
} from '../src/github/index.js'
import { startGitHubApi, type GitHubApiStandIn } from './support/github-api.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`
const TOKEN = 'ghs_standInToken0123456789abcdefghijklmn'
const bundle = (n: number) => ({
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  dsseEnvelope: { payload: `cGF5bG9hZA${n}`, payloadType: 'application/vnd.in-toto+json', signatures: [] },
})

let api: GitHubApiStandIn
const clients: GitHubAttestations[] = []
function client(options: GitHubAttestationsOptions = {}): GitHubAttestations {
  const made = new GitHubAttestations({ apiUrl: api.url, token: TOKEN, ...options })
  clients.push(made)
  return made
}
async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: Error) => error,
  )
}
function expectNoToken(error: Error): void {
  const text = `${error.message}\n${(error as { hint?: string }).hint ?? ''}`
  expect(text).not.toContain(TOKEN)
  for (let i = 0; i + 12 <= TOKEN.length; i++) expect(text).not.toContain(TOKEN.slice(i, i + 12))
}

beforeAll(async () => {
  api = await startGitHubApi()
})
afterEach(async () => {
  await Promise.all(clients.splice(0).map((made) => made.close()))
  api.reset()
})
afterAll(async () => {
  await api.close()
})

describe('GitHubAttestations.list', () => {
  it('returns each listed bundle as evidence for the digest, asking with the token and the documented headers', async () => {
    api.attest('repos/acme/app', DIGEST, [{ bundle: bundle(1) }, { bundle: bundle(2) }])
    const found = await client().list(DIGEST, { repo: 'acme/app' })
    expect(found.where).toBe(`GitHub attestations API at ${new URL(api.url).host} (acme/app)`)
    expect(found.notes).toEqual([])
    expect(found.evidence.map((e) => ({ ...e, bundle: JSON.parse(Buffer.from(e.bundle).toString('utf8')) as unknown }))).toEqual([
      { kind: 'bundle', where: found.where, subject: DIGEST, bundle: bundle(1) },
      { kind: 'bundle', where: found.where, subject: DIGEST, bundle: bundle(2) },
    ])
    expect(api.requests).toEqual([{ method: 'GET', path: `/repos/acme/app/attestations/${DIGEST}?per_page=100`, authorization: `Bearer ${TOKEN}` }])
  })

  it('follows the Link header through every page, with the token on each', async () => {
    api.pageSize = 2
    api.attest(
      'repos/acme/app',
      DIGEST,
      [1, 2, 3, 4, 5].map((n) => ({ bundle: bundle(n) })),
    )
    const found = await client().list(DIGEST, { repo: 'acme/app' })
    expect(found.evidence).toHaveLength(5)
    expect(api.requests.map((r) => r.path)).toEqual([
      `/repos/acme/app/attestations/${DIGEST}?per_page=100`,
      `/repos/acme/app/attestations/${DIGEST}?per_page=100&after=2`,
      `/repos/acme/app/attestations/${DIGEST}?per_page=100&after=4`,
    ])
    expect(api.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true)
  })

  it('reads at most maxPages pages and says that it stopped', async () => {
    api.pageSize = 1
    api.attest(
      'repos/acme/app',
      DIGEST,
      [1, 2, 3, 4, 5].map((n) => ({ bundle: bundle(n) })),
    )
    const found = await client({ maxPages: 2 }).list(DIGEST, { repo: 'acme/app' })
    expect(found.evidence).toHaveLength(2)
    expect(api.requests).toHaveLength(2)
    expect(found.notes).toEqual(['stopped after 2 pages (2 attestations); GitHub lists more'])
  })

  it('fetches a bundle listed by reference, snappy-decoded, without sending the token to storage', async () => {
    api.attest('repos/acme/app', DIGEST, [{ bundle: bundle(7), byReference: true }])
    const found = await client().list(DIGEST, { repo: 'acme/app' })
    expect(JSON.parse(Buffer.from(found.evidence[0]!.bundle).toString('utf8'))).toEqual(bundle(7))
    const storage = api.requests.find((r) => r.path.startsWith('/storage/'))
    expect(storage).toMatchObject({ method: 'GET', authorization: undefined })
  })

  it.each([
    ['another host', 'https://attacker.example/bundle.json', 'bundle_url is on attacker.example'],
    ['cloud metadata over http', 'http://169.254.169.254/latest/meta-data', 'is not https on the default port'],
    ['not a URL', 'not a url', 'bundle_url is not a URL'],
  ])('refuses a bundle_url to %s without requesting it', async (_name, bundleUrl, said) => {
    api.attest('repos/acme/app', DIGEST, [{ bundle: null, bundleUrl }])
    const error = await failure(client().list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error.message).toContain(said)
    expect(api.requests).toHaveLength(1)
  })

  it('says where it looked when GitHub has nothing (404), and that a private repository needs a token', async () => {
    const withToken = await client().list(DIGEST, { repo: 'acme/nothing' })
    expect(withToken).toEqual({
      where: expect.stringContaining('(acme/nothing)'),
      evidence: [],
      notes: ['GitHub answered 404: no attestation for this digest, or the token cannot see the repository'],
    })
    const anonymous = await client({ token: '' }).list(DIGEST, { repo: 'acme/nothing' })
    expect(anonymous.notes).toEqual(['GitHub answered 404: no attestation for this digest, or the repository is private (no token was given)'])
    expect(api.requests.at(-1)?.authorization).toBeUndefined()
  })

  it('asks the organization, then the user, for an owner', async () => {
    api.attest('users/octo', DIGEST, [{ bundle: bundle(1) }])
    const found = await client().list(DIGEST, { owner: 'octo' })
    expect(found.evidence).toHaveLength(1)
    expect(found.where).toContain('(owner octo)')
    expect(api.requests.map((r) => r.path.split('?')[0])).toEqual([`/orgs/octo/attestations/${DIGEST}`, `/users/octo/attestations/${DIGEST}`])
  })

  it('keeps an Enterprise Server base path (GITHUB_API_URL https://<host>/api/v3) on every page', async () => {
    api.pageSize = 1
    api.attest('api/v3/repos/acme/app', DIGEST, [{ bundle: bundle(1) }, { bundle: bundle(2) }])
    const found = await client({ apiUrl: `${api.url}/api/v3/` }).list(DIGEST, { repo: 'acme/app' })
    expect(found.evidence).toHaveLength(2)
    expect(api.requests.map((r) => r.path.split('?')[0])).toEqual([
      `/api/v3/repos/acme/app/attestations/${DIGEST}`,
      `/api/v3/repos/acme/app/attestations/${DIGEST}`,
    ])
  })

  it('leaves out an entry without a bundle and a bundle past the cap, and says so', async () => {
    api.attest('repos/acme/app', DIGEST, [{ bundle: null }, { bundle: { big: 'x'.repeat(5000) } }, { bundle: bundle(1) }])
    const found = await client({ maxBundleBytes: 4096 }).list(DIGEST, { repo: 'acme/app' })
    expect(found.evidence).toHaveLength(1)
    expect(found.notes).toEqual([
      'an attestation listed with neither a bundle nor a bundle_url was left out',
      'an attestation bundle larger than 4096 bytes was left out',
    ])
  })

  it('leaves out a bundle nested too deep to serialise, and says a repeated note once with its count', async () => {
    // Raw text: the stand-in could not serialise it either (JSON.stringify overflows the stack).
    const deep = `${'{"a":'.repeat(100_000)}{}${'}'.repeat(100_000)}`
    const empty = Array.from({ length: 50 }, () => '{"bundle":null}').join(',')
    api.fault('/repos/acme/app/', { status: 200, body: `{"attestations":[{"bundle":${deep}},${empty},{"bundle":${JSON.stringify(bundle(1))}}]}` })
    const found = await client().list(DIGEST, { repo: 'acme/app' })
    expect(found.evidence).toHaveLength(1)
    expect(found.notes).toEqual([
      'an attestation bundle nested deeper than 64 levels was left out',
      'an attestation listed with neither a bundle nor a bundle_url was left out (50 times)',
    ])
  })

  it('reads at most maxAttestations entries', async () => {
    api.attest(
      'repos/acme/app',
      DIGEST,
      [1, 2, 3, 4].map((n) => ({ bundle: bundle(n), byReference: true })),
    )
    const found = await client({ maxAttestations: 2 }).list(DIGEST, { repo: 'acme/app' })
    expect(found.evidence).toHaveLength(2)
    expect(found.notes).toEqual(['read the first 2 attestations; GitHub lists more'])
    expect(api.requests.filter((r) => r.path.startsWith('/storage/'))).toHaveLength(2)
  })

  it('follows a redirect that stays on the API (a renamed repository), with the token', async () => {
    api.attest('repositories/42', DIGEST, [{ bundle: bundle(1) }])
    api.fault('/repos/acme/old-name/', {
      status: 301,
      headers: { location: `${api.url}/repositories/42/attestations/${DIGEST}?per_page=100` },
      body: { message: 'Moved Permanently' },
    })
    const found = await client().list(DIGEST, { repo: 'acme/old-name' })
    expect(found.evidence).toHaveLength(1)
    expect(api.requests.map((r) => [r.path.split('?')[0], r.authorization])).toEqual([
      [`/repos/acme/old-name/attestations/${DIGEST}`, `Bearer ${TOKEN}`],
      [`/repositories/42/attestations/${DIGEST}`, `Bearer ${TOKEN}`],
    ])
  })
})

describe('GitHubAttestations.list failures', () => {
  const prefix = '/repos/acme/app/'

  it('403: names the permission to grant, quotes GitHub, and never the token (even when GitHub echoes it)', async () => {
    api.fault(prefix, { status: 403, body: { message: `Resource not accessible by integration (token ${TOKEN})` } })
    const error = await failure(client().list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubPermissionError)
    expect(error.message).toBe(
      `GET ${api.url}/repos/acme/app/attestations/${DIGEST}: GitHub denied reading attestations (403): "Resource not accessible by integration (token ***)"`,
    )
    expect((error as GitHubPermissionError).hint).toContain('"permissions: attestations: read"')
    expect((error as GitHubPermissionError).hint).toContain('"Attestations: read" on acme/app')
    expectNoToken(error)
  })

  it('403 from an organization with SAML single sign-on says to authorize the token', async () => {
    api.fault(prefix, {
      status: 403,
      headers: { 'x-github-sso': 'required; url=https://github.com/orgs/acme/sso?authorization_request=x' },
      body: { message: 'Resource protected by organization SAML enforcement.' },
    })
    const error = await failure(client().list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubPermissionError)
    expect((error as GitHubPermissionError).hint).toContain('SAML single sign-on')
  })

  it('401: the token was refused', async () => {
    api.fault(prefix, { status: 401, body: { message: 'Bad credentials' } })
    const error = await failure(client().list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubPermissionError)
    expect(error.message).toContain('GitHub refused the credentials (401): "Bad credentials"')
    expectNoToken(error)
  })

  it.each([
    ['429 with retry-after', { status: 429, headers: { 'retry-after': '60' } }, '2026-01-01T00:01:00.000Z'],
    ['403 with the limit spent', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767226000' } }, '2026-01-01T00:06:40.000Z'],
  ])('%s: a rate-limit error that says when to run again', async (_name, fault, at) => {
    api.fault(prefix, { ...fault, body: { message: 'API rate limit exceeded' } })
    const error = await failure(client({ now: () => new Date('2026-01-01T00:00:00Z') }).list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubRateLimitError)
    expect((error as GitHubRateLimitError).retryAt?.toISOString()).toBe(at)
    expect((error as GitHubRateLimitError).hint).toBe(`run the step again after ${at}`)
  })

  it('5xx: tried three times in all, then GitHub had a problem, run again', async () => {
    api.fault(prefix, { status: 502, body: { message: 'Server Error' } })
    const error = await failure(client().list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error.message).toContain('GitHub answered 502: "Server Error"')
    expect(api.requests).toHaveLength(3)
  })

  it.each([
    ['a 503', { status: 503, body: {} }],
    ['a connection closed without an answer', { status: 200, body: 'x', drop: true }],
  ])('%s once is tried again, and the list is read', async (_name, fault) => {
    api.attest('repos/acme/app', DIGEST, [{ bundle: bundle(1) }])
    api.fault(prefix, { ...fault, times: 1 })
    const found = await client().list(DIGEST, { repo: 'acme/app' })
    expect(found.evidence).toHaveLength(1)
    expect(api.requests).toHaveLength(2)
  })

  it('a request that ran out of time is not tried again', async () => {
    api.fault(prefix, { delayMs: 1_000 })
    await failure(client({ deadlineMs: 300 }).list(DIGEST, { repo: 'acme/app' }))
    expect(api.requests).toHaveLength(1)
  })

  it.each([
    ['no headers in time', { delayMs: 2_000 }],
    ['a body that drips', { dripMs: 200, body: { attestations: [] } }],
  ])('%s: fails at the deadline, typed', async (_name, fault) => {
    api.fault(prefix, fault)
    const started = Date.now()
    const error = await failure(client({ deadlineMs: 400 }).list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubUnreachableError)
    expect(error.message).toContain('no complete answer within 0.4 s')
    expect(Date.now() - started).toBeLessThan(1_500)
  })

  it('a page past the byte cap is refused, not cut', async () => {
    api.attest('repos/acme/app', DIGEST, [{ bundle: { big: 'x'.repeat(4000) } }])
    const error = await failure(client({ maxPageBytes: 1000 }).list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error.message).toContain('is larger than 1000 bytes')
  })

  it.each([
    ['not JSON', '<html>proxy login</html>', 'the answer is not JSON'],
    ['not the documented shape', { attestations: 'none' }, 'the answer is not {"attestations": [ … ]}'],
  ])('an answer that is %s is a typed error', async (_name, body, said) => {
    api.fault(prefix, { status: 200, body })
    const error = await failure(client().list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error.message).toContain(said)
  })

  it('does not follow a Link to another origin (the token would go with it)', async () => {
    api.fault(prefix, {
      status: 200,
      headers: { link: '<https://attacker.example/repos/acme/app/attestations/x?after=1>; rel="next"' },
      body: { attestations: [] },
    })
    const error = await failure(client().list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error.message).toContain('the next page https://attacker.example/repos/acme/app/attestations/x is not under the API')
    expect(api.requests).toHaveLength(1)
  })

  it.each([
    ['off the API', 'https://attacker.example/x', 'redirected off the API (the token would go with it): https://attacker.example/x is not under the API'],
    ['without a Location', undefined, 'answered 302 without a usable Location'],
  ])('a redirect %s is refused, not followed', async (_name, location, said) => {
    api.fault(prefix, { status: 302, headers: location === undefined ? {} : { location }, body: {} })
    const error = await failure(client().list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error.message).toContain(said)
    expect(api.requests).toHaveLength(1)
  })

  it('a redirect loop ends', async () => {
    api.fault(prefix, { status: 307, headers: { location: `${api.url}/repos/acme/app/attestations/${DIGEST}?per_page=100` }, body: {} })
    const error = await failure(client().list(DIGEST, { repo: 'acme/app' }))
    expect(error.message).toContain('redirected in a loop')
    expect(api.requests).toHaveLength(1)
  })

  it('the whole lookup has a budget: slow pages, each within its deadline, still end', async () => {
    api.pageSize = 1
    api.attest(
      'repos/acme/app',
      DIGEST,
      [1, 2, 3, 4, 5, 6].map((n) => ({ bundle: bundle(n) })),
    )
    api.fault(prefix, { delayMs: 200, passThrough: true })
    const started = Date.now()
    const error = await failure(client({ deadlineMs: 1_000, budgetMs: 500 }).list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubUnreachableError)
    expect(error.message).toMatch(/: (the attestations were not all read within 0.5 s|no complete answer within 0.\d+ s)$/)
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(api.requests.length).toBeLessThan(4)
  })

  it('a rate-limit reset no date can hold is no date, not a crash', async () => {
    api.fault(prefix, { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1e300' }, body: {} })
    const error = await failure(client().list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubRateLimitError)
    expect((error as GitHubRateLimitError).hint).toBe('run the step again later')
  })

  it.each(['ghs_abc\n', 'ghs abc', 'ghs_ä'])('a token an HTTP header cannot carry (%j) is refused as such, unquoted', (token) => {
    let thrown: unknown
    try {
      client({ token })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(GitHubRequestError)
    expect((thrown as Error).message).toBe('the GitHub token holds a space, a line break or another character an HTTP header cannot carry')
  })

  it('nothing listening: unreachable, with the code', async () => {
    const closed = await startGitHubApi()
    await closed.close()
    const error = await failure(client({ apiUrl: closed.url }).list(DIGEST, { repo: 'acme/app' }))
    expect(error).toBeInstanceOf(GitHubUnreachableError)
    expect(error.message).toContain('no answer (ECONNREFUSED)')
  })
})
