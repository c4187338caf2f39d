/**
 * Drift of an environment further behind than the first VERSION_HEADS versions (issue 17,
 * docs/status.md#reading-the-board), against the real registry: staging and prod share one
 * repository with marker tags, prod six versions behind staging; a second image forty versions
 * behind, past the budget of DRIFT_VERSION_HEADS; and qa, far behind but promoted from nothing,
 * which asks no more than VERSION_HEADS; a chain where the environment promoted from is itself far
 * behind; a HEAD that fails mid-search. HEADs are counted on the recording proxy, faults injected by it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { DRIFT_VERSION_HEADS, readStatus, statusRequestBudget, VERSION_HEADS, type StatusBoard } from '../src/status/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import { policyOf, pushImageWith } from './support/status/status-world.js'

const CHAIN = (host: string) => `
environments:
  dev:
    repository: ${host}/acme/app
  mid:
    repository: ${host}/acme/app
    tag: mid
    promote: { from: dev }
  prod:
    repository: ${host}/acme/app
    tag: prod
    promote: { from: mid }
`

let registry: StartedRegistry
let client: RegistryClient
let board: StatusBoard
const digests: Record<string, string> = {}
const heads: Record<string, number> = {}
const FAR_VERSIONS = Array.from({ length: 40 }, (_, i) => `1.0.${i + 1}`)

beforeAll(async () => {
  registry = await startRegistry()
  client = createRegistryClient({ credentials: async () => undefined, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } })
  const at = (repository: string) => ({ url: registry.url, repository })
  for (let i = 0; i <= 6; i++) {
    const version = `1.0.${i}`
    const marks = i === 0 ? ['prod'] : i === 6 ? ['staging'] : []
    digests[version] = (await pushImageWith(at('acme/app'), { seed: `app-${version}` }, [version, ...marks])).digest
    await pushImageWith(at('qa/app'), { seed: `app-${version}` }, i === 0 ? [version, 'qa'] : [version])
  }
  await pushImageWith(at('acme/app'), { seed: 'app-1.0.1' }, ['mid'])
  await pushImageWith(at('acme/far'), { seed: 'far-1.0.0' }, ['1.0.0', 'prod'])
  await pushImageWith(at('acme/far'), { seed: 'far-new' }, [...FAR_VERSIONS, 'staging'])
  const policy = policyOf(`
environments:
  staging:
    repositories: [${registry.host}/acme/app, ${registry.host}/acme/far]
    tag: staging
  prod:
    repositories: [${registry.host}/acme/app, ${registry.host}/acme/far]
    tag: prod
    promote: { from: staging }
  qa:
    repository: ${registry.host}/qa/app
    tag: qa
`)
  await registry.resetAccessLog()
  board = await readStatus(client, policy)
  for (const entry of await registry.accessLog()) {
    const repository = /^\/v2\/(.+?)\/manifests\//.exec(entry.path)?.[1]
    if (entry.method === 'HEAD' && repository !== undefined) heads[repository] = (heads[repository] ?? 0) + 1
  }
}, 120_000)

afterAll(async () => {
  await client?.close()
  await registry?.stop()
})

describe('drift beyond the first version HEADs', () => {
  it('finds the version of an environment six versions behind and says how far; a cell as far behind without drift asks no more', () => {
    expect(board.images.find((row) => row.image === 'app')?.cells.prod).toMatchObject({ state: 'running', digest: digests['1.0.0'], versions: ['1.0.0'] })
    expect(board.drift.find((entry) => entry.image === 'app')).toEqual({
      image: 'app',
      environment: 'prod',
      from: 'staging',
      has: '1.0.0',
      fromHas: '1.0.6',
      versionsBehind: 6,
    })
    // Staging's and prod's cells share the repository's HEADs: each of the seven versions is asked once.
    expect(heads['acme/app']).toBe(7)
    // qa is as far behind but promotes from nothing: no drift, so no HEAD past the first VERSION_HEADS.
    expect(board.images.find((row) => row.image === 'app')?.cells.qa).toMatchObject({ state: 'running', versions: [] })
    expect(heads['qa/app']).toBe(VERSION_HEADS)
  })

  it('stops after DRIFT_VERSION_HEADS more HEADs and says in problems that older versions were not asked', () => {
    const drift = board.drift.find((entry) => entry.image === 'far')
    expect(drift).toMatchObject({ environment: 'prod', has: expect.stringMatching(/^sha256:/), fromHas: '1.0.40' })
    expect(drift).not.toHaveProperty('versionsBehind')
    expect(heads['acme/far']).toBe(VERSION_HEADS + DRIFT_VERSION_HEADS)
    expect(board.problems).toEqual([
      `prod/far: ${registry.host}/acme/far: ${drift!.has} is at none of the 36 newest versions; 5 older versions were not asked (at most 32 more HEADs for a drifting cell), so drift names the digest, not how many versions behind`,
    ])
  })

  it('the budget counts the further HEADs of a drifting cell', () => {
    expect(statusRequestBudget(0, true) - statusRequestBudget(0)).toBe(DRIFT_VERSION_HEADS)
  })

  it('asks on for the environment promoted from too, when it is the one far behind (dev 1.0.6, mid 1.0.1, prod 1.0.0)', async () => {
    const chain = await readStatus(client, policyOf(CHAIN(registry.host)))
    expect(chain.images[0]!.cells.mid).toMatchObject({ state: 'running', tag: 'mid', versions: ['1.0.1'] })
    expect(chain.drift).toEqual([
      { image: 'app', environment: 'mid', from: 'dev', has: '1.0.1', fromHas: '1.0.6', versionsBehind: 5 },
      { image: 'app', environment: 'prod', from: 'mid', has: '1.0.0', fromHas: '1.0.1', versionsBehind: 1 },
    ])
    expect(chain.problems).toEqual([])
  })

  it('a HEAD that fails mid-search keeps what its batch found and says what was not read, never a crash', async () => {
    registry.injectFaults((request) =>
      request.method === 'HEAD' && request.path === '/v2/acme/app/manifests/1.0.1' ? { kind: 'status', status: 500, body: 'boom' } : undefined,
    )
    try {
      const chain = await readStatus(client, policyOf(CHAIN(registry.host)))
      // mid is at 1.0.1, the HEAD that fails: its digest and no version; prod's 1.0.0 is in the same batch and found.
      expect(chain.images[0]!.cells.mid).toMatchObject({ state: 'running', digest: digests['1.0.1'], versions: [] })
      expect(chain.images[0]!.cells.prod).toMatchObject({ state: 'running', digest: digests['1.0.0'], versions: ['1.0.0'] })
      const notRead = (environment: string) =>
        expect.stringMatching(new RegExp(`^${environment}/app: versions past the newest 4 not all read: ${registry.host}/acme/app could not be read: `))
      expect(chain.problems).toEqual([notRead('mid'), notRead('prod')])
    } finally {
      registry.injectFaults(undefined)
    }
  })
})
