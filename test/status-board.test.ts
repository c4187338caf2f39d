/**
 * The status board read from real registries (issue 17): dev and staging on one registry, prod on
 * another, a fourth environment on a registry that is down; drift of two versions, missing tags, an
 * index image, signatures verified against the policy's key, promotion records, and the requests
 * each (environment, image) costs, counted by the recording proxy.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { limiterPerRegistry } from '../src/store/index.js'
import { readStatus, statusRequestBudget, type StatusBoard, type StatusCell } from '../src/status/index.js'
import { freePort } from './support/registry/free-port.js'
import type { StartedRegistry } from './support/registry/index.js'
import type { SigningKey } from './support/sigstore/keys.js'
import { attachRecord, policyOf, pushImageWith, pushIndexWith, signWithKey, startTwoRegistries } from './support/status/status-world.js'

let a: StartedRegistry
let b: StartedRegistry
let key: SigningKey
let stop: () => Promise<void>
let client: RegistryClient
let workspace: string
let downHost: string
const digests: Record<string, string> = {}

const POLICY = () => `
defaults:
  tags:
    forbid: ['latest']
environments:
  dev:
    repositories: [${a.host}/dev/app, ${a.host}/dev/web]
  staging:
    repositories: [${a.host}/staging/app, ${a.host}/staging/web]
    tag: staging
    record: true
    promote: { from: dev }
  prod:
    repositories: [${b.host}/prod/app, ${b.host}/prod/web]
    tag: prod
    record: true
    signatures:
      keys: [.github/cosign.pub]
    promote: { from: staging }
  qa:
    repository: ${downHost}/qa/app
`

beforeAll(async () => {
  ;({ a, b, key, stop } = await startTwoRegistries())
  downHost = `127.0.0.1:${await freePort()}`
  client = createRegistryClient({ credentials: async () => undefined, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } })
  workspace = mkdtempSync(join(tmpdir(), 'shiptag-status-'))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(join(workspace, '.github/cosign.pub'), key.publicKeyPem)
  const at = (registry: StartedRegistry, repository: string) => ({ url: registry.url, repository })
  const versions = ['1.4.0', '1.4.1', '1.4.2']
  for (const [i, version] of versions.entries()) {
    const spec = { seed: `app-${version}`, created: `2026-12-0${i + 1}T10:00:00Z`, revision: `${i + 1}`.repeat(40) }
    const latest = version === '1.4.2'
    const dev = await pushImageWith(at(a, 'dev/app'), spec, [version])
    const staging = await pushImageWith(at(a, 'staging/app'), spec, latest ? [version, 'staging'] : [version])
    digests[version] = dev.digest
    expect(staging.digest).toBe(dev.digest)
    if (version === '1.4.0') {
      const prod = await pushImageWith(at(b, 'prod/app'), spec, [version, 'prod'])
      await signWithKey(at(b, 'prod/app'), prod.digest, key)
      await attachRecord(at(b, 'prod/app'), prod, 'prod', 'staging', '2026-12-02T09:00:00.000Z', key)
    }
    if (latest) await signWithKey(at(a, 'staging/app'), staging.digest, key)
  }
  await pushImageWith(at(a, 'dev/app'), { seed: 'app-latest' }, ['latest'])
  const web = await pushIndexWith(
    at(a, 'dev/web'),
    [{ seed: 'web-amd64', created: '2026-12-05T08:00:00Z', revision: 'c'.repeat(40) }, { seed: 'web-arm64' }],
    ['2.0.0'],
  )
  digests.web = web.digest
  await pushIndexWith(
    at(a, 'staging/web'),
    [{ seed: 'web-amd64', created: '2026-12-05T08:00:00Z', revision: 'c'.repeat(40) }, { seed: 'web-arm64' }],
    ['2.0.0'],
  )
}, 120_000)

afterAll(async () => {
  await client?.close()
  await stop?.()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

const verification = () => ({
  readFile: async (path: string) => readFileSync(join(workspace, path), 'utf8'),
  cacheDir: join(workspace, 'cache'),
  now: new Date(),
})

function cell(board: StatusBoard, image: string, environment: string): StatusCell | undefined {
  return board.images.find((row) => row.image === image)?.cells[environment]
}

describe('readStatus', () => {
  let board: StatusBoard
  beforeAll(async () => {
    board = await readStatus(client, policyOf(POLICY()), { verification: verification(), now: () => new Date('2026-12-06T12:00:00Z') })
  }, 60_000)

  it('lists the environments in promotion order, the chain first', () => {
    expect(board.environments.map((column) => column.name)).toEqual(['dev', 'staging', 'prod', 'qa'])
    expect(board.environments[2]).toEqual({ name: 'prod', promoteFrom: 'staging', marker: 'prod' })
  })

  it('reads the newest version without a marker, the marker tag with one, and what each image says of itself', () => {
    expect(cell(board, 'app', 'dev')).toMatchObject({
      state: 'running',
      tag: '1.4.2',
      how: 'newest',
      digest: digests['1.4.2'],
      versions: ['1.4.2'],
      created: '2026-12-03T10:00:00Z',
      revision: '3'.repeat(40),
      sharedWith: ['staging'],
    })
    expect(cell(board, 'app', 'staging')).toMatchObject({ tag: 'staging', how: 'marker', digest: digests['1.4.2'], versions: ['1.4.2'], sharedWith: ['dev'] })
    expect(cell(board, 'app', 'prod')).toMatchObject({ tag: 'prod', how: 'marker', digest: digests['1.4.0'], versions: ['1.4.0'], sharedWith: [] })
  })

  it('says two versions behind, and since when staging has held what prod lacks', () => {
    expect(board.drift).toEqual([
      { image: 'app', environment: 'prod', from: 'staging', has: '1.4.0', fromHas: '1.4.2', versionsBehind: 2, since: '2026-12-03T10:00:00Z' },
    ])
  })

  it('verifies signatures against the policy key, and finds promotion records and when they were written', () => {
    expect(cell(board, 'app', 'prod')).toMatchObject({ signature: 'verified', record: 'present', since: '2026-12-02T09:00:00.000Z' })
    expect(cell(board, 'app', 'staging')).toMatchObject({ signature: 'present', record: 'absent' })
    expect(cell(board, 'app', 'dev')).toMatchObject({ signature: 'absent', record: 'not-written' })
    expect(cell(board, 'web', 'dev')).toMatchObject({ signature: 'absent' })
  })

  it('reads an index through its first platform, past the attestation manifest', () => {
    expect(cell(board, 'web', 'dev')).toMatchObject({
      state: 'running',
      digest: digests.web,
      tag: '2.0.0',
      created: '2026-12-05T08:00:00Z',
      revision: 'c'.repeat(40),
    })
  })

  it('says what is missing: a marker tag not there, a repository with no tags', () => {
    expect(cell(board, 'web', 'staging')).toEqual({
      state: 'missing',
      repository: `${a.host}/staging/web`,
      reason: "no tag staging (the environment's marker tag)",
    })
    expect(cell(board, 'web', 'prod')).toEqual({
      state: 'missing',
      repository: `${b.host}/prod/web`,
      reason: 'no tags: the repository is empty or does not exist',
    })
  })

  it('shows a registry that is down as unreachable cells and a problem, never a gap', () => {
    expect(cell(board, 'app', 'qa')).toMatchObject({ state: 'unreachable', repository: `${downHost}/qa/app` })
    expect(board.problems).toEqual([expect.stringMatching(new RegExp(`^qa/app: ${downHost}/qa/app could not be read: `))])
  })
})

describe('requests', () => {
  /** Requests of one board per repository, from the registry's own access log (the recording proxy). */
  async function requestsPerRepository(registry: StartedRegistry): Promise<Record<string, number>> {
    const counts: Record<string, number> = {}
    for (const entry of await registry.accessLog()) {
      const repository = /^\/v2\/(.+?)\/(manifests|blobs|tags|referrers)\//.exec(entry.path)?.[1] ?? entry.path
      counts[repository] = (counts[repository] ?? 0) + 1
    }
    return counts
  }

  it('cost at most the stated budget per (environment, image), and at most `concurrency` at once per registry', async () => {
    await Promise.all([a.resetAccessLog(), b.resetAccessLog()])
    const running = new Map<string, number>()
    const most = new Map<string, number>()
    const limited = limiterPerRegistry(2)
    const limiterFor = (registry: string) => {
      const inner = limited(registry)
      return <T>(task: () => Promise<T>) =>
        inner(async () => {
          running.set(registry, (running.get(registry) ?? 0) + 1)
          most.set(registry, Math.max(most.get(registry) ?? 0, running.get(registry)!))
          try {
            return await task()
          } finally {
            running.set(registry, running.get(registry)! - 1)
          }
        })
    }
    await readStatus(client, policyOf(POLICY()), { environment: 'prod', verification: verification(), limiterFor })
    const [onA, onB] = [await requestsPerRepository(a), await requestsPerRepository(b)]
    // staging/app: tag list, manifest, config, 3 version HEADs, .sig manifest + its signature blob, referrers API + referrers tag.
    // prod/app: the same with 1 version HEAD, and the record's manifest and bundle blob; a repository without tags costs its tag list.
    expect({ stagingApp: onA['staging/app'], stagingWeb: onA['staging/web'], prodApp: onB['prod/app'], prodWeb: onB['prod/web'] }).toEqual({
      stagingApp: 10,
      stagingWeb: 1,
      prodApp: 10,
      prodWeb: 1,
    })
    expect(onA['staging/app']).toBeLessThanOrEqual(statusRequestBudget(1))
    expect(onB['prod/app']).toBeLessThanOrEqual(statusRequestBudget(2))
    expect(Math.max(...most.values())).toBeLessThanOrEqual(2)
    expect(most.size).toBe(2)
  })

  it('reads a repository shared by two environments once: one tag list, one manifest', async () => {
    await a.resetAccessLog()
    const policy = policyOf(`
environments:
  staging:
    repository: ${a.host}/staging/app
    tag: staging
  canary:
    repository: ${a.host}/staging/app
    tag: '1.4.2'
`)
    const board = await readStatus(client, policy)
    expect(board.images[0]!.cells.canary).toMatchObject({ state: 'running', sharedWith: ['staging'] })
    const log = await a.accessLog()
    expect(log.filter((entry) => entry.path.endsWith('/tags/list'))).toHaveLength(1)
    expect(log.filter((entry) => entry.method === 'GET' && entry.path === `/v2/staging/app/manifests/1.4.2`)).toHaveLength(1)
  })
})

describe('images outside the policy', () => {
  let board: StatusBoard
  const given = (row: string) => board.images.find((found) => found.image === row)
  beforeAll(async () => {
    const at = (repository: string) => ({ url: a.url, repository })
    digests.cli = (await pushImageWith(at('tools/cli'), { seed: 'cli-1', created: '2026-11-30T08:00:00Z' }, ['0.9.0', '1.0.0'])).digest
    await pushImageWith(at('tools/cli'), { seed: 'cli-main' }, ['main'])
    digests.base = (await pushImageWith(at('tools/base'), { seed: 'base' }, ['latest'])).digest
    await pushImageWith(at('tools/base'), { seed: 'base-build' }, ['build-9', 'build-10'])
    board = await readStatus(client, policyOf(POLICY()), {
      images: ['app', `${a.host}/tools/cli`, `${a.host}/tools/base`, `${a.host}/dev/app:1.4.1`, `${a.host}/dev/app:9.9.9`, `${downHost}/x/y`, 'nothere'],
      verification: verification(),
    })
  }, 60_000)

  it('shows a repository given outside the environments as a row of its own: its newest version, else latest', () => {
    expect(given(`${a.host}/tools/cli`)).toEqual({
      image: `${a.host}/tools/cli`,
      cells: {},
      given: expect.objectContaining({ state: 'running', tag: '1.0.0', how: 'newest', digest: digests.cli, versions: ['1.0.0', '0.9.0'], signature: 'absent' }),
    })
    expect(given(`${a.host}/tools/base`)?.given).toMatchObject({ state: 'running', tag: 'latest', how: 'newest', digest: digests.base, versions: [] })
  })

  it('reads the tag a given image names, even in a repository of the policy, and names the environments holding its digest', () => {
    expect(given(`${a.host}/dev/app:1.4.1`)?.given).toMatchObject({ state: 'running', tag: '1.4.1', how: 'named', digest: digests['1.4.1'], sharedWith: [] })
    // The policy's own row is still there, asked for by its name, and the given cells do not change its sharing.
    expect(cell(board, 'app', 'prod')).toMatchObject({ state: 'running', sharedWith: [] })
    expect(given(`${a.host}/dev/app:9.9.9`)?.given).toEqual({ state: 'missing', repository: `${a.host}/dev/app`, reason: 'no tag 9.9.9' })
  })

  it('shares a digest with every environment holding it', async () => {
    const shared = await readStatus(client, policyOf(POLICY()), { images: ['app', `${a.host}/dev/app:1.4.2`] })
    expect(shared.images.find((row) => row.image === `${a.host}/dev/app:1.4.2`)?.given).toMatchObject({ sharedWith: ['dev', 'staging'] })
  })

  it('says what it could not read: a given registry that is down, a row name the policy does not have', () => {
    expect(given(`${downHost}/x/y`)?.given).toMatchObject({ state: 'unreachable', repository: `${downHost}/x/y` })
    expect(board.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^nothere is the name of no row in the policy: to show a repository outside the policy, write it whole \(docker\.io\/library\/nothere/,
        ),
        expect.stringMatching(new RegExp(`^${downHost}/x/y: ${downHost}/x/y could not be read: `)),
      ]),
    )
  })
})
