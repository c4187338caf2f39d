/**
 * One token request for the repositories of a run (issue 18), on the real registry with token auth:
 * promote and push announce their repositories before the first request, so the first token covers
 * them all (in batches within the budget of token-scopes.ts), and a token server that refuses the
 * announced scopes costs one request more than before, never the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPromoteCommand } from '../src/commands/promote.js'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { describeError } from '../src/errors.js'
import { inputLines } from '../src/input-lines.js'
import { openLayout, selectRoot, walkImage } from '../src/layout/index.js'
import { pushImage } from '../src/push/push-image.js'
import { parseScope, type Scope } from '../src/registry/auth/scope.js'
import { MAX_TOKEN_SCOPE_BYTES, scopeQueryBytes } from '../src/registry/auth/token-scopes.js'
import { loadPolicy } from '../src/policy/index.js'
import { createRegistryClient, RegistryAuthError, type Credential, type RegistryClient } from '../src/registry/index.js'
import { readDigestHistory, readStatus } from '../src/status/index.js'
import { layoutBlobSource, limiterPerRegistry } from '../src/store/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { startRegistry, type RegistryUser, type StartedRegistry } from './support/registry/index.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-07T00:00:00Z') }
const PUSHER: Credential = { username: 'pusher', password: 'pusher-secret', source: 'test' }
const CI: Credential = { username: 'ci', password: 'ci-secret', source: 'test' }
const READER: Credential = { username: 'reader', password: 'reader-secret', source: 'test' }
const USERS: RegistryUser[] = [
  { username: 'pusher', password: 'pusher-secret', grants: [{ repository: '*', actions: ['pull', 'push'] }] },
  // Reads dev/*, writes prod/*, may not see vault/*.
  {
    username: 'ci',
    password: 'ci-secret',
    grants: [
      { repository: 'dev/*', actions: ['pull'] },
      { repository: 'prod/*', actions: ['pull', 'push'] },
    ],
  },
  { username: 'reader', password: 'reader-secret', grants: [{ repository: '*', actions: ['pull'] }] },
]

const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`)

describe('one token request for the repositories of a run', () => {
  let registry: StartedRegistry
  let image: BuiltLayout
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token', users: USERS })
    image = buildLayout({ layers: [2048], seed: 1807 })
    const client = createRegistryClient({ credentials: async () => PUSHER })
    const layout = await openLayout(image.dir)
    try {
      const graph = walkImage(layout, selectRoot(layout))
      for (const repository of ['dev/app', 'prod/held'])
        await pushImage(client, graph, layoutBlobSource(layout, graph), [{ registry: registry.host, repository }], {
          tags: ['v1'],
          dryRun: false,
          limiterFor: limiterPerRegistry(4),
        })
    } finally {
      await layout.close()
      await client.close()
    }
  })
  afterAll(async () => {
    await registry?.stop()
  })

  /** Runs `work` with a new client for `credential`; returns the token requests it made, their scopes parsed. */
  const tokenRequestsOf = async (credential: Credential, work: (client: RegistryClient) => Promise<unknown>) => {
    const client = createRegistryClient({ credentials: async () => credential })
    const before = registry.tokenServer!.requests.length
    await registry.resetAccessLog()
    try {
      const outcome: { error?: unknown } = await work(client).then(
        () => ({}),
        (error: unknown) => ({ error }),
      )
      const asked = registry.tokenServer!.requests.slice(before).map((request) => request.scopes.map((scope) => parseScope(scope)!))
      return { ...outcome, asked, stats: client.stats(registry.host), log: await registry.accessLog() }
    } finally {
      await client.close()
    }
  }
  const promote = (source: string, targets: readonly string[], tags: string) => (client: RegistryClient) =>
    runPromoteCommand(
      {
        source: inputLines('source', `${registry.host}/${source}`),
        metadata: { images: targets.map((target) => `${registry.host}/${target}`).join('\n'), tags },
        dryRun: false,
      },
      CONTEXT,
      OPTIONS,
      client,
    )
  const push = (target: string, tags: string, mountFrom: string) => (client: RegistryClient) =>
    runPushCommand(
      {
        source: image.dir,
        metadata: { images: `${registry.host}/${target}`, tags },
        mountFrom: inputLines('mount-from', `${registry.host}/${mountFrom}`),
        dryRun: false,
      },
      CONTEXT,
      OPTIONS,
      client,
    )
  const covers = (asked: readonly Scope[][], name: string, actions: string) =>
    asked.some((scopes) => scopes.some((scope) => scope.name === name && scope.actions.join(',') === actions))

  it('promotes one image to 20 repositories with one token request for all of them', async () => {
    const targets = names('prod/few', 20)
    const run = await tokenRequestsOf(CI, promote('dev/app:v1', targets, 'v2'))
    expect(run.error).toBeUndefined()
    expect(run.asked).toHaveLength(1)
    expect(run.asked[0]).toHaveLength(21)
    for (const target of targets) expect(covers(run.asked, target, 'pull,push')).toBe(true)
    expect(covers(run.asked, 'dev/app', 'pull')).toBe(true)
    // The recording proxy: the ping's 401 is the only refusal, every request the client counted reached the registry.
    expect(run.log.filter((entry) => entry.status === 401).map((entry) => `${entry.method} ${entry.path}`)).toEqual(['GET /v2/'])
    expect(run.log).toHaveLength(run.stats.requests)
    expect(run.stats.authRequests).toBe(1)
  })

  it('promotes one image to 50 repositories with a token request per batch of scopes within the budget, not one a repository', async () => {
    const targets = names('prod/fan', 50)
    const run = await tokenRequestsOf(CI, promote('dev/app:v1', targets, 'v2'))
    expect(run.error).toBeUndefined()
    // 51 scopes of about 47 bytes each: ceil(51 × 47 / 2048) = 2 batches (was 51 requests).
    expect(run.asked).toHaveLength(2)
    for (const scopes of run.asked) expect(scopeQueryBytes(scopes)).toBeLessThanOrEqual(MAX_TOKEN_SCOPE_BYTES)
    for (const target of targets) expect(covers(run.asked, target, 'pull,push')).toBe(true)
    expect(run.log.filter((entry) => entry.status === 401).map((entry) => `${entry.method} ${entry.path}`)).toEqual(['GET /v2/'])
    expect(run.log).toHaveLength(run.stats.requests)
    expect(run.stats.authRequests).toBe(2)
  })

  // The same push announcing nothing: what the client did before, the yardstick of "one request more".
  const withoutAnnouncing =
    (work: (client: RegistryClient) => Promise<unknown>) =>
    (client: RegistryClient): Promise<unknown> =>
      work({ ...client, announce: () => {} })
  const refused = (log: readonly { status: number; method: string; path: string }[]) =>
    log.filter((entry) => entry.status === 401 || entry.status === 403).map((entry) => `${entry.method} ${entry.path}`)
  const puts = (log: readonly { method: string; path: string; status: number }[]) =>
    log.filter((entry) => entry.method === 'PUT').map((entry) => `${entry.path} ${entry.status}`)

  it.each([
    { partialGrant: 'refuse' as const, tag: 'v2', moreRequests: 0 },
    { partialGrant: 'nothing' as const, tag: 'v3', moreRequests: 1 },
  ])(
    'when the token server answers a scope the user lacks with "$partialGrant", asks again without the announced scopes: the push succeeds with one token request more',
    async ({ partialGrant, tag, moreRequests }) => {
      registry.tokenServer!.partialGrant = partialGrant
      try {
        // vault/base is announced (mount-from) but never needed: prod/held has every blob already.
        const before = await tokenRequestsOf(CI, withoutAnnouncing(push('prod/held', `${tag}-before`, 'vault/base')))
        expect(before.error).toBeUndefined()
        const run = await tokenRequestsOf(CI, push('prod/held', tag, 'vault/base'))
        expect(run.error).toBeUndefined()
        expect(puts(run.log)).toEqual([`/v2/prod/held/manifests/${tag} 201`])
        // The first token request had the announced scopes; the rest are those of a run that announces nothing.
        expect(run.asked[0]!.map((scope) => scope.name).sort()).toEqual(['prod/held', 'vault/base'])
        expect(run.asked.slice(1)).toEqual(before.asked)
        // `refuse`: the token request was refused; `nothing`: the registry refused the token that granted nothing, once.
        expect(run.stats.requests).toBe(before.stats.requests + moreRequests)
        expect(refused(run.log)).toHaveLength(1 + moreRequests)
        expect(refused(run.log)[0]).toBe('GET /v2/')
        expect(refused(before.log)).toEqual(['GET /v2/'])
      } finally {
        registry.tokenServer!.partialGrant = 'intersection'
      }
    },
  )

  it('says exactly what a pull-only user lacks, after one try with the announced scopes', async () => {
    const run = await tokenRequestsOf(READER, promote('dev/app:v1', ['prod/r-1', 'prod/r-2'], 'v2'))
    expect(run.asked[0]!.map((scope) => `${scope.name}:${scope.actions.join(',')}`).sort()).toEqual([
      'dev/app:pull',
      'prod/r-1:pull,push',
      'prod/r-2:pull,push',
    ])
    expect(run.error).toBeInstanceOf(Error)
    const error = run.error as Error
    const text = describeError(error)
    expect(error).toBeInstanceOf(RegistryAuthError)
    expect(text).toMatch(
      /the token has pull but not push on prod\/r-[12] \(needed repository:prod\/r-[12]:push\); give user "reader" \(from test\) push access to prod\/r-[12]/,
    )
    expect(text).not.toContain('reader-secret')
  })

  // status and its digest history read every repository of the policy: one token for all of them too.
  const boardPolicy = () => {
    const list = (environment: string) =>
      `[${names(`${environment}/svc`, 6)
        .map((name) => `${registry.host}/${name}`)
        .join(', ')}, ${registry.host}/${environment}/app]`
    return loadPolicy(
      `version: 1\nenvironments:\n  dev:\n    repositories: ${list('dev')}\n  prod:\n    repositories: ${list('prod')}\n    promote: { from: dev }\n`,
      'policy.yml',
    )
  }

  it.each([
    ['the board', (client: RegistryClient) => readStatus(client, boardPolicy())],
    ['the history of a digest', (client: RegistryClient) => readDigestHistory(client, boardPolicy(), image.rootDigest)],
  ])('reads %s of 14 repositories with one token request for all of them', async (_what, work) => {
    const run = await tokenRequestsOf(READER, work)
    expect(run.error).toBeUndefined()
    expect(run.asked).toHaveLength(1)
    expect(run.asked[0]).toHaveLength(14)
    for (const name of [...names('dev/svc', 6), ...names('prod/svc', 6), 'dev/app', 'prod/app']) expect(covers(run.asked, name, 'pull')).toBe(true)
    expect(run.stats.authRequests).toBe(1)
  })
})
