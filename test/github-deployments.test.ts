/**
 * GitHub Deployments through the real Octokit (@actions/github's getOctokit) against the loopback
 * REST stand-in, which records every request: what is asked of GitHub (method, path, body), what
 * replaces what, pagination within its bound, and GitHub's refusals (403, 422), a deadline and an
 * oversized answer as warnings that say what to do (issue 17 part 2).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { deploymentsApi, deploymentsOf, recordDeployment, type DeploymentRequest, type DeploymentsSettings } from '../src/github/index.js'
import { startGitHubApi, type GitHubApiStandIn } from './support/github-api.js'

const TOKEN = 'ghs_deploymentsTokenThatMustNeverBePrinted'
const DIGEST = `sha256:${'ab'.repeat(32)}`
const OLD = `sha256:${'cd'.repeat(32)}`
const SHA = '1a2b3c4d5e6f70811a2b3c4d5e6f70811a2b3c4d'

let api: GitHubApiStandIn
beforeAll(async () => {
  api = await startGitHubApi()
})
afterEach(() => api.reset())
afterAll(async () => {
  await api.close()
})

const settings = (more: Partial<DeploymentsSettings> = {}): DeploymentsSettings => ({ apiUrl: api.url, token: TOKEN, repository: 'acme/app', ...more })
const request = (more: Partial<DeploymentRequest> = {}): DeploymentRequest => ({
  environment: 'prod',
  production: true,
  commits: [SHA],
  digest: DIGEST,
  tags: ['1.4.2', 'prod'],
  refs: [`registry.acme.example/prod/app@${DIGEST}`],
  environmentUrl: 'https://github.com/acme/app/pkgs/container/app',
  logUrl: 'https://github.com/acme/app/actions/runs/42',
  description: `shiptag promote: registry.acme.example/prod/app@${DIGEST}`,
  ...more,
})
const shiptagPayload = (digest: string, repository = 'registry.acme.example/prod/app') => ({ digest, tags: ['1.4.0'], refs: [`${repository}@${digest}`] })
const calls = () => api.requests.map((entry) => `${entry.method} ${entry.path.replace(/\?.*$/, '')}`)

describe('recordDeployment', () => {
  it('creates the deployment, marks it successful, and retires the previous deployment of the same image only', async () => {
    const previous = api.deployments.seed('acme/app', { environment: 'prod', payload: shiptagPayload(OLD), statuses: ['success'] })
    const otherImage = api.deployments.seed('acme/app', {
      environment: 'prod',
      payload: shiptagPayload(OLD, 'registry.acme.example/prod/worker'),
      statuses: ['success'],
    })
    const outcome = await recordDeployment(await deploymentsApi(settings()), request())
    expect(outcome).toMatchObject({ action: 'recorded', environment: 'prod', ref: SHA, replaced: previous.id, warnings: [] })
    const created = api.deployments.byRepository.get('acme/app')!.at(-1)!
    expect(outcome.id).toBe(created.id)
    expect(calls()).toEqual([
      'GET /repos/acme/app/deployments',
      `GET /repos/acme/app/deployments/${previous.id}/statuses`,
      'POST /repos/acme/app/deployments',
      `POST /repos/acme/app/deployments/${created.id}/statuses`,
      `POST /repos/acme/app/deployments/${previous.id}/statuses`,
    ])
    expect(api.requests[0]!.path).toBe('/repos/acme/app/deployments?environment=prod&per_page=100')
    expect(api.requests[2]!.body).toEqual({
      ref: SHA,
      environment: 'prod',
      task: 'deploy',
      payload: { digest: DIGEST, tags: ['1.4.2', 'prod'], refs: [`registry.acme.example/prod/app@${DIGEST}`] },
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
      transient_environment: false,
      description: `shiptag promote: registry.acme.example/prod/app@${DIGEST}`,
    })
    expect(api.requests[3]!.body).toEqual({
      state: 'success',
      environment_url: 'https://github.com/acme/app/pkgs/container/app',
      log_url: 'https://github.com/acme/app/actions/runs/42',
      description: `shiptag promote: registry.acme.example/prod/app@${DIGEST}`,
      auto_inactive: false,
    })
    expect(api.requests[4]!.body).toMatchObject({ state: 'inactive', auto_inactive: false })
    expect(otherImage.statuses.map((status) => status.state)).toEqual(['success'])
    expect(api.requests.every((entry) => entry.authorization === `token ${TOKEN}`)).toBe(true)
  })

  it('a re-run for the digest the environment already shows writes nothing', async () => {
    const previous = api.deployments.seed('acme/app', { environment: 'prod', payload: shiptagPayload(DIGEST), statuses: ['success'] })
    const outcome = await recordDeployment(await deploymentsApi(settings()), request())
    expect(outcome).toMatchObject({ action: 'present', id: previous.id })
    expect(api.requests.filter((entry) => entry.method === 'POST')).toEqual([])
  })

  it('leaves a replaced deployment alone when its last status is not success', async () => {
    api.deployments.seed('acme/app', { environment: 'prod', payload: shiptagPayload(OLD), statuses: ['success', 'inactive'] })
    const outcome = await recordDeployment(await deploymentsApi(settings()), request())
    expect(outcome.action).toBe('recorded')
    expect(outcome.replaced).toBeUndefined()
    expect(api.requests.filter((entry) => entry.method === 'POST')).toHaveLength(2)
  })

  it('follows the Link header to find the deployment it replaces, within its page bound', async () => {
    api.pageSize = 2
    const previous = api.deployments.seed('acme/app', { environment: 'prod', payload: shiptagPayload(OLD), statuses: ['success'] })
    for (let i = 0; i < 4; i++) api.deployments.seed('acme/app', { environment: 'prod', payload: shiptagPayload(OLD, `registry.acme.example/prod/other-${i}`) })
    const found = await recordDeployment(await deploymentsApi(settings()), request())
    expect(found.replaced).toBe(previous.id)
    expect(api.requests.filter((entry) => entry.path.includes('deployments?')).map((entry) => entry.path)).toEqual([
      '/repos/acme/app/deployments?environment=prod&per_page=100',
      '/repos/acme/app/deployments?environment=prod&per_page=100&page=2',
      '/repos/acme/app/deployments?environment=prod&per_page=100&page=3',
    ])

    api.reset()
    api.pageSize = 2
    api.deployments.seed('acme/app', { environment: 'prod', payload: shiptagPayload(OLD), statuses: ['success'] })
    for (let i = 0; i < 4; i++) api.deployments.seed('acme/app', { environment: 'prod', payload: shiptagPayload(OLD, `registry.acme.example/prod/other-${i}`) })
    const bounded = await recordDeployment(await deploymentsApi(settings({ maxPages: 2 })), request())
    expect(bounded.action).toBe('recorded')
    expect(bounded.replaced).toBeUndefined()
    expect(bounded.warnings).toEqual(['the deployment this one replaces was not found: read the newest 4 deployments of prod (2 pages); GitHub lists more'])
    expect(api.requests.filter((entry) => entry.path.includes('deployments?'))).toHaveLength(2)
  })

  it('refuses a Link to another host (the token would go with it)', async () => {
    api.fault('/repos/acme/app/deployments', {
      method: 'GET',
      times: 1,
      body: [],
      headers: { link: '<https://evil.example/repos/acme/app/deployments?page=2>; rel="next"' },
    })
    const outcome = await recordDeployment(await deploymentsApi(settings()), request())
    expect(outcome.action).toBe('recorded')
    expect(outcome.warnings[0]).toContain('https://evil.example/repos/acme/app/deployments is not under the API')
  })

  it('a 403 (no deployments: write) is a warning that names the permission, without the token', async () => {
    api.fault('/repos/acme/app/deployments', {
      method: 'POST',
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
      },
    })
    const outcome = await recordDeployment(await deploymentsApi(settings()), request())
    expect(outcome.action).toBe('failed')
    expect(outcome.warnings).toEqual([
      `recording the deployment of ${DIGEST} in prod failed: the token may not write deployments of acme/app (403: "Resource not accessible by integration"); give the job "permissions: deployments: write", or a fine-grained token "Deployments: write" on acme/app`,
    ])
    expect(JSON.stringify(outcome)).not.toContain(TOKEN)
  })

  it('a revision GitHub does not know (422) is recorded for GITHUB_SHA instead, with a word', async () => {
    api.deployments.commits.add(SHA)
    const outcome = await recordDeployment(await deploymentsApi(settings()), request({ commits: ['0123456789abcdef0123456789abcdef01234567', SHA] }))
    expect(outcome).toMatchObject({ action: 'recorded', ref: SHA })
    expect(outcome.warnings).toEqual([
      `GitHub knows no commit 0123456789abcdef0123456789abcdef01234567 in acme/app (the image's revision label); the deployment is recorded for ${SHA} (GITHUB_SHA)`,
    ])
  })

  it('a 422 with nothing left to try is a warning', async () => {
    const outcome = await recordDeployment(await deploymentsApi(settings()), request({ commits: ['v-not-a-commit'] }))
    expect(outcome.action).toBe('failed')
    expect(outcome.warnings[0]).toContain('(422: "No ref found for: v-not-a-commit"); the commit must exist in acme/app')
  })

  it('a silent API is a warning after the deadline, and so is an answer past the byte cap', async () => {
    api.fault('/repos/acme/app/deployments', { method: 'POST', delayMs: 3000, status: 201, body: { id: 1 } })
    const started = Date.now()
    const late = await recordDeployment(await deploymentsApi(settings({ deadlineMs: 300 })), request())
    expect(Date.now() - started).toBeLessThan(2500)
    expect(late.action).toBe('failed')
    expect(late.warnings.at(-1)).toContain('no usable answer from GitHub (no complete answer within 0.3 s)')

    api.reset()
    api.fault('/repos/acme/app/deployments', { method: 'GET', body: 'x'.repeat(4096) })
    const large = await recordDeployment(await deploymentsApi(settings({ maxPageBytes: 1024 })), request())
    expect(large.action).toBe('recorded')
    expect(large.warnings[0]).toContain('the answer (status 200) is larger than 1024 bytes')
  })

  it('every request shares one budget: a GitHub that answers each just in time still ends', async () => {
    api.fault('/repos/acme/app/deployments', { passThrough: true, delayMs: 250 })
    const github = await deploymentsApi(settings({ deadlineMs: 1000, budgetMs: 600 }))
    const started = Date.now()
    const first = await recordDeployment(github, request())
    const second = await recordDeployment(github, request({ environment: 'staging' }))
    expect(Date.now() - started).toBeLessThan(1500)
    expect([first.action, second.action]).toEqual(['failed', 'failed'])
    expect(second.warnings.at(-1)).toContain('GitHub was asked for 0.6 s in all, the most one step waits for it')
  })

  it('a refused connection is a warning naming GITHUB_API_URL', async () => {
    const outcome = await recordDeployment(await deploymentsApi(settings({ apiUrl: 'http://127.0.0.1:1' })), request())
    expect(outcome.action).toBe('failed')
    expect(outcome.warnings.at(-1)).toMatch(/failed: no usable answer from GitHub \(.*\); check GITHUB_API_URL and the network path to 127\.0\.0\.1:1/)
  })
})

describe('deploymentsOf', () => {
  it('lists an environment newest first with the digest of its payload and when it was made', async () => {
    const first = api.deployments.seed('acme/app', { environment: 'prod', payload: shiptagPayload(OLD), statuses: ['success', 'inactive'] })
    api.deployments.seed('acme/app', { environment: 'staging', payload: shiptagPayload(DIGEST) })
    const second = api.deployments.seed('acme/app', { environment: 'prod', payload: JSON.stringify(shiptagPayload(DIGEST)) })
    const foreign = api.deployments.seed('acme/app', { environment: 'prod', payload: { app: 'web' } })
    const list = await deploymentsOf(settings(), 'prod')
    expect(list.entries.map((entry) => [entry.id, entry.digest, entry.createdAt])).toEqual([
      [foreign.id, undefined, foreign.created_at],
      [second.id, DIGEST, second.created_at],
      [first.id, OLD, first.created_at],
    ])
    expect(list.notes).toEqual([])
  })
})
