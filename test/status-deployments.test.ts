/**
 * The history of a digest reads GitHub's deployments when no promotion record says when an
 * environment received it (issue 17): the real Octokit against the loopback GitHub REST stand-in.
 * A GitHub that refuses is a sentence in `problems`, never a failed history.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { deploymentsReceivedFrom, deploymentsSource } from '../src/commands/status-deployments.js'
import { startGitHubApi, type GitHubApiStandIn } from './support/github-api.js'

const TOKEN = 'ghs_statusHistoryTokenThatMustNeverBePrinted'
const DIGEST = `sha256:${'ab'.repeat(32)}`
const OTHER = `sha256:${'cd'.repeat(32)}`
const payload = (digest: string) => ({ digest, tags: ['1.4.0'], refs: [`registry.acme.example/prod/app@${digest}`] })

let api: GitHubApiStandIn
beforeAll(async () => {
  api = await startGitHubApi()
})
afterEach(() => api.reset())
afterAll(async () => {
  await api.close()
})

describe('status --digest with GitHub deployments', () => {
  it('says when an environment received the digest: its first deployment since another digest of the image', async () => {
    api.deployments.seed('acme/app', { environment: 'prod', payload: payload(OTHER), statuses: ['success', 'inactive'] })
    const arrived = api.deployments.seed('acme/app', { environment: 'prod', payload: payload(DIGEST), statuses: ['success'] })
    api.deployments.seed('acme/app', { environment: 'prod', payload: payload(DIGEST), statuses: ['success'] })
    const problems: string[] = []
    const receivedFrom = deploymentsReceivedFrom({ apiUrl: api.url, token: TOKEN, repository: 'acme/app' }, problems)
    expect(await receivedFrom('prod', DIGEST)).toBe(arrived.created_at)
    expect(await receivedFrom('staging', DIGEST)).toBeUndefined()
    expect(problems).toEqual([])
  })

  it('a 403 is a problem sentence that asks for deployments: read (not write, no promotion), without the token; the history goes on', async () => {
    api.fault('/repos/acme/app/deployments', { status: 403, body: { message: 'Resource not accessible by integration' } })
    const problems: string[] = []
    const receivedFrom = deploymentsReceivedFrom({ apiUrl: api.url, token: TOKEN, repository: 'acme/app' }, problems)
    expect(await receivedFrom('prod', DIGEST)).toBeUndefined()
    expect(problems).toEqual([
      'reading the GitHub deployments of prod failed: the token may not read deployments of acme/app (403: "Resource not accessible by integration"); give the job "permissions: deployments: read", or a fine-grained token "Deployments: read" on acme/app',
    ])
    expect(api.requests.map((request) => request.method)).toEqual(['GET'])
  })

  it.each([
    [403, { 'x-ratelimit-remaining': '0' }, 'API rate limit exceeded', /rate limit is spent .*; run the step again later for what GitHub's deployments say$/],
    [422, {}, 'Validation Failed', /refused the request \(422: "Validation Failed"\); the environment name must be one GitHub accepts$/],
  ])('a %i while reading says nothing of a promotion or a commit', async (status, headers, message, said) => {
    api.fault('/repos/acme/app/deployments', { status, headers, body: { message } })
    const problems: string[] = []
    await deploymentsReceivedFrom({ apiUrl: api.url, token: TOKEN, repository: 'acme/app' }, problems)('prod', DIGEST)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(said)
    expect(problems[0]).not.toMatch(/promotion|commit|write/)
  })

  it.each([
    ['a token and the repository', { GITHUB_REPOSITORY: 'acme/app' }, TOKEN, true],
    ['no repository', {}, TOKEN, false],
    ['no token', { GITHUB_REPOSITORY: 'acme/app' }, '', false],
    ["action.yml's unexpanded default", { GITHUB_REPOSITORY: 'acme/app' }, '${{ github.token }}', false],
  ])('asks GitHub only with %s', (_name, env, token, asks) => {
    expect(deploymentsSource(env, token) !== undefined).toBe(asks)
  })
})
