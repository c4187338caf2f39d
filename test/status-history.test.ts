/**
 * The history of a digest (issue 17, `status --digest`): where it is on real registries, under which
 * tags, and when each environment received it (a promotion record, else the deployments hook);
 * a signature that does not verify against the policy's key is only `present`, and says why.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../src/errors.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { readDigestHistory, readStatus } from '../src/status/index.js'
import { freePort } from './support/registry/free-port.js'
import type { StartedRegistry } from './support/registry/index.js'
import { generateSigningKey, type SigningKey } from './support/sigstore/keys.js'
import type { PushedManifest } from './support/sigstore/push.js'
import { attachRecord, policyOf, pushImageWith, pushIndexWith, signWithKey, startTwoRegistries } from './support/status/status-world.js'

let a: StartedRegistry
let b: StartedRegistry
let key: SigningKey
let stop: () => Promise<void>
let client: RegistryClient
let downHost: string
let old: PushedManifest
let newer: PushedManifest

const POLICY = () => `
environments:
  dev:
    repository: ${a.host}/dev/app
  staging:
    repository: ${a.host}/staging/app
    tag: staging
    record: true
    promote: { from: dev }
  prod:
    repositories: [${b.host}/prod/app, ${downHost}/mirror/app]
    tag: prod
    record: true
    promote: { from: staging }
`

beforeAll(async () => {
  ;({ a, b, key, stop } = await startTwoRegistries())
  downHost = `127.0.0.1:${await freePort()}`
  client = createRegistryClient({ credentials: async () => undefined, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } })
  const spec = { seed: 'history-1.4.0', created: '2026-12-01T10:00:00Z' }
  old = await pushImageWith({ url: a.url, repository: 'dev/app' }, spec, ['1.4.0', 'main'])
  newer = await pushImageWith({ url: a.url, repository: 'dev/app' }, { seed: 'history-1.4.1' }, ['1.4.1'])
  await pushImageWith({ url: a.url, repository: 'staging/app' }, spec, ['1.4.0', 'staging'])
  await pushImageWith({ url: b.url, repository: 'prod/app' }, spec, ['1.4.0', 'prod'])
  await attachRecord({ url: b.url, repository: 'prod/app' }, old, 'prod', 'staging', '2026-12-04T09:00:00.000Z', key)
}, 120_000)

afterAll(async () => {
  await client?.close()
  await stop?.()
})

describe('readDigestHistory', () => {
  it('lists every place the digest is, its tags there, and when each environment received it', async () => {
    const asked: string[] = []
    const history = await readDigestHistory(client, policyOf(POLICY()), old.digest, {
      receivedFrom: async (environment) => (asked.push(environment), environment === 'staging' ? '2026-12-03T08:00:00Z' : undefined),
    })
    expect(history.digest).toBe(old.digest)
    expect(history.places).toEqual([
      { environment: 'dev', repository: `${a.host}/dev/app`, tags: ['1.4.0', 'main'], evidence: 'unknown' },
      { environment: 'staging', repository: `${a.host}/staging/app`, tags: ['staging', '1.4.0'], receivedAt: '2026-12-03T08:00:00Z', evidence: 'deployment' },
      { environment: 'prod', repository: `${b.host}/prod/app`, tags: ['prod', '1.4.0'], receivedAt: '2026-12-04T09:00:00.000Z', evidence: 'promotion record' },
    ])
    expect(asked.sort()).toEqual(['dev', 'staging'])
    expect(history.problems).toEqual([expect.stringMatching(new RegExp(`^prod: ${downHost}/mirror/app could not be read: `))])
  })

  it('takes an image reference by tag, and a repository outside the policy', async () => {
    await pushImageWith({ url: b.url, repository: 'elsewhere/app' }, { seed: 'history-1.4.1' }, ['copy'])
    const history = await readDigestHistory(client, policyOf(POLICY()), `${b.host}/elsewhere/app:copy`)
    expect(history.digest).toBe(newer.digest)
    expect(history.places).toEqual([
      { environment: 'dev', repository: `${a.host}/dev/app`, tags: ['1.4.1'], evidence: 'unknown' },
      { repository: `${b.host}/elsewhere/app`, tags: ['copy'], evidence: 'unknown' },
    ])
  })

  it.each([['sha256:abc'], ['not a reference!'], ['']])('refuses %j with an input error', async (text) => {
    await expect(readDigestHistory(client, policyOf(POLICY()), text)).rejects.toBeInstanceOf(InputError)
  })
})

describe('signatures on the board', () => {
  it('a signature by another key is present, not verified, and the board says why', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-status-'))
    try {
      mkdirSync(join(workspace, '.github'))
      writeFileSync(join(workspace, '.github/cosign.pub'), key.publicKeyPem)
      const image = await pushIndexWith({ url: b.url, repository: 'signed/web' }, [{ seed: 'signed-web' }], ['1.0.0'], {
        'org.opencontainers.image.created': '2026-12-06T01:02:03Z',
        'org.opencontainers.image.revision': 'f'.repeat(40),
      })
      await signWithKey({ url: b.url, repository: 'signed/web' }, image.digest, generateSigningKey('ecdsa-p256'))
      const policy = policyOf(`
environments:
  prod:
    repository: ${b.host}/signed/web
    signatures:
      keys: [.github/cosign.pub]
`)
      const board = await readStatus(client, policy, {
        verification: { readFile: async (path) => readFileSync(join(workspace, path), 'utf8'), cacheDir: join(workspace, 'cache'), now: new Date() },
      })
      expect(board.images[0]!.cells.prod).toMatchObject({ signature: 'present', created: '2026-12-06T01:02:03Z', revision: 'f'.repeat(40) })
      expect(board.problems).toEqual([expect.stringContaining("prod/web: a signature is there but none verifies against the policy's signers")])
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('a key the policy names but the workspace lacks leaves the signature unknown, said in problems', async () => {
    const policy = policyOf(`
environments:
  prod:
    repository: ${b.host}/signed/web
    signatures:
      keys: [.github/missing.pub]
`)
    const board = await readStatus(client, policy, { verification: { readFile: async () => undefined, cacheDir: tmpdir(), now: new Date() } })
    expect(board.images[0]!.cells.prod).toMatchObject({ state: 'running', signature: 'unknown' })
    expect(board.problems).toEqual([expect.stringMatching(/^prod\/web: signatures not verified: .*\.github\/missing\.pub/)])
  })
})

describe('hostile answers', () => {
  it('a config that does not hash to its digest costs the creation time, not the digest', async () => {
    const image = await pushImageWith({ url: b.url, repository: 'hostile/app' }, { seed: 'hostile', created: '2026-12-06T00:00:00Z' }, ['1.0.0'])
    const policy = policyOf(`\nenvironments:\n  prod:\n    repository: ${b.host}/hostile/app\n`)
    b.injectFaults((request) => (request.method === 'GET' && request.path.startsWith('/v2/hostile/app/blobs/') ? { kind: 'corrupt' } : undefined))
    try {
      const board = await readStatus(client, policy)
      const cell = board.images[0]!.cells.prod!
      expect(cell).toMatchObject({ state: 'running', digest: image.digest, tag: '1.0.0' })
      expect(cell).not.toHaveProperty('created')
      expect(board.problems).toEqual([expect.stringMatching(/^prod\/app: its creation time and revision could not be read: /)])
    } finally {
      b.injectFaults(undefined)
    }
  })
})
