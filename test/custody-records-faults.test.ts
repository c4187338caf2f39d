/**
 * Attaching a promotion record under seeded random registry faults (5xx/429, lost responses, resets,
 * stalls past the client's deadlines, truncated and corrupted bodies): either the record is
 * attached and listed once in the referrers tag, or a typed error names the registry; then a re-run
 * without faults converges to one listing. Replay with SHIPTAG_FAULT_SEED=<seed>.
 */
import { generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attachBundle, PROMOTION_PREDICATE_TYPE, type AttachedBundle } from '../src/custody/records.js'
import { ShiptagError } from '../src/errors.js'
import { openLayout, selectRoot, walkImage } from '../src/layout/index.js'
import { referrersTag, type Descriptor } from '../src/oci/index.js'
import type { Repository } from '../src/ref/index.js'
import { pushImage } from '../src/push/push-image.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { signingKeyFromPem } from '../src/sigstore/key-signer.js'
import { statementSigner } from '../src/sigstore/sign-statement.js'
import { createLimiter, layoutBlobSource, limiterPerRegistry } from '../src/store/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { ALL_FAULT_KINDS, randomFaults, startRegistry, type StartedRegistry } from './support/registry/index.js'

const SEED = Number(process.env.SHIPTAG_FAULT_SEED ?? 20261216)
const ROUNDS = 8
const RATE = 0.3
const TIMEOUT_MS = 500
const tally = { injected: 0 }

describe(`attaching a promotion record under seeded random faults (seed ${SEED})`, () => {
  let registry: StartedRegistry
  let client: RegistryClient
  let image: BuiltLayout
  let subject: Descriptor
  const signer = statementSigner({
    kind: 'key',
    key: signingKeyFromPem(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), 'test'),
  })

  beforeAll(async () => {
    registry = await startRegistry()
    client = createRegistryClient({
      credentials: async () => undefined,
      sleep: async () => {},
      timeouts: { connectMs: 2_000, headersMs: TIMEOUT_MS, bodyMs: TIMEOUT_MS },
    })
    image = buildLayout({ layers: [32 * 1024], seed: 83 })
    subject = { mediaType: image.rootMediaType, digest: image.rootDigest, size: image.manifests[0]!.size }
  })
  afterAll(async () => {
    await client?.close()
    await registry?.stop()
  })

  it.each(Array.from({ length: ROUNDS }, (_, round) => round))('round %i: attached and listed once, or a typed error; a re-run converges', async (round) => {
    const target: Repository = { registry: registry.host, repository: `round${round}/app` }
    const layout = await openLayout(image.dir)
    try {
      const graph = walkImage(layout, selectRoot(layout))
      await pushImage(client, graph, layoutBlobSource(layout, graph), [target], { tags: ['1.0.0'], dryRun: false, limiterFor: limiterPerRegistry(4) })
    } finally {
      await layout.close()
    }
    const bundle = await signer.signStatement(Buffer.from(JSON.stringify({ round })))
    const repo = client.repository(target, { intent: 'push' })
    const attach = () =>
      attachBundle(repo, subject, bundle, { predicateType: PROMOTION_PREDICATE_TYPE, created: '2026-12-06T23:00:00.000Z', limit: createLimiter(1) })
    const { rule, counter } = randomFaults({ seed: SEED + round, rate: RATE, kinds: ALL_FAULT_KINDS, stallMs: 3 * TIMEOUT_MS })
    registry.injectFaults(rule)
    let attached: AttachedBundle | undefined
    let failure: unknown
    try {
      attached = await attach()
    } catch (error) {
      failure = error
    } finally {
      registry.injectFaults(undefined)
      tally.injected += counter.injected
    }
    if (failure !== undefined) {
      const described = failure instanceof Error ? `${failure.constructor.name}: ${failure.message}` : String(failure)
      expect(failure instanceof ShiptagError, `not a typed error: ${described}`).toBe(true)
      expect((failure as Error).message, described).toContain(registry.host)
      attached = await attach()
    }
    const again = await attach()
    expect(again).toEqual(attached)
    const index = JSON.parse((await repo.getManifest(referrersTag(image.rootDigest)))!.bytes.toString('utf8')) as { manifests: { digest: string }[] }
    expect(index.manifests.map((m) => m.digest)).toEqual([attached!.digest])
  })
  // Whether a fault ends an attach (or a retry absorbs it) depends on timing; that faults were injected does not.
  it('injected faults', () => {
    expect(tally.injected).toBeGreaterThan(ROUNDS)
  })
})
