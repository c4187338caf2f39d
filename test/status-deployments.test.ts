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

  it('a GitHub that refuses is a problem sentence without the token, and the history goes on', async () => {
    api.fault('/repos/acme/app/deployments', { status: 403, body: { message: 'Resource not accessible by integration' } })
    const problems: string[] = []
    const receivedFrom = deploymentsReceivedFrom({ apiUrl: api.url, token: TOKEN, repository: 'acme/app' }, problems)
    expect(await receivedFrom('prod', DIGEST)).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^reading the GitHub deployments of prod failed: the token may not .* \(403: "Resource not accessible by integration"\)/)
    expect(problems[0]).not.toContain(TOKEN)
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
