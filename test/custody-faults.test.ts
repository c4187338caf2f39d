/**
 * findEvidence under random faults on the real registry (the proxy breaks a share of requests:
 * 5xx and 429, lost responses, resets, stalls past the deadline, truncated and corrupted bodies).
 * Whatever breaks, it ends within its deadlines with evidence byte-identical to what was attached,
 * or with a typed error; never with a spoiled signature, an untyped crash or a hang.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ShiptagError } from '../src/errors.js'
import { findEvidence, type FoundEvidence } from '../src/custody/index.js'
import { createRegistryClient, deadlinesFor, type RegistryClient, type RepositoryClient } from '../src/registry/index.js'
import { pushGraph, smallImage } from './support/layouts/graphs.js'
import { ALL_FAULT_KINDS, describeFaultCount, randomFaults, startRegistry, type FaultCounter, type StartedRegistry } from './support/registry/index.js'
import { addToReferrersTag, pushBundleReferrer, pushCosignSignatures, signaturePayload } from './support/sigstore/evidence-attach.js'

const SEED = Number(process.env.SHIPTAG_FAULT_SEED ?? 20261206)
const ROUNDS = 12
const BUDGET_MS = 1_500

describe('findEvidence under random registry faults', () => {
  let registry: StartedRegistry
  let setup: RegistryClient
  let repo: { digest: string; signatures: Buffer[]; bundle: Buffer }
  const tally: FaultCounter = { injected: 0, byKind: {} }
  const outcomes = { complete: 0, noted: 0, typed: 0 }
  beforeAll(async () => {
    registry = await startRegistry()
    setup = createRegistryClient({ credentials: async () => undefined, sleep: async () => {} })
    const client = setup.repository({ registry: registry.host, repository: 'acme/faulty' }, { intent: 'push' })
    const image = smallImage(701)
    await pushGraph(client, image, 'latest')
    const digest = image.root.digest
    const signatures = [1, 2].map((n) => signaturePayload(digest, `registry.test/signer-${n}`))
    await pushCosignSignatures(
      client,
      digest,
      signatures.map((payload) => ({ payload, annotations: {} })),
    )
    const bundle = Buffer.from(JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', filler: 'x'.repeat(20_000) }))
    const referrer = await pushBundleReferrer(client, { digest, size: image.root.size, mediaType: image.root.mediaType }, bundle)
    await addToReferrersTag(client, digest, [referrer])
    repo = { digest, signatures, bundle }
  })
  afterAll(async () => {
    console.log(`custody random faults (seed ${SEED}): ${tally.injected} injected (${describeFaultCount(tally)}); rounds: ${JSON.stringify(outcomes)}`)
    await setup?.close()
    await registry?.stop()
  })

  it.each(Array.from({ length: ROUNDS }, (_, round) => round))('round %i: evidence intact or a typed error, within the deadlines', async (round) => {
    const { rule, counter } = randomFaults({ seed: SEED + round, rate: 0.3, kinds: ALL_FAULT_KINDS, stallMs: 2 * BUDGET_MS })
    const client = createRegistryClient({
      credentials: async () => undefined,
      timeouts: deadlinesFor(BUDGET_MS),
      retry: { baseDelayMs: 10, maxDelayMs: 1_000 },
    })
    const reader: RepositoryClient = client.repository({ registry: registry.host, repository: 'acme/faulty' })
    registry.injectFaults(rule)
    const started = Date.now()
    let outcome: FoundEvidence | unknown
    try {
      outcome = await findEvidence(reader, repo.digest, { kinds: ['cosign-tag', 'bundle'] })
    } catch (error) {
      outcome = error
    } finally {
      registry.injectFaults(undefined)
      await client.close()
      tally.injected += counter.injected
      for (const [kind, n] of Object.entries(counter.byKind))
        tally.byKind[kind as keyof typeof tally.byKind] = (tally.byKind[kind as keyof typeof tally.byKind] ?? 0) + n
    }
    expect(Date.now() - started).toBeLessThan(6 * BUDGET_MS)
    if (outcome instanceof Error) {
      expect(outcome, String(outcome.stack)).toBeInstanceOf(ShiptagError)
      outcomes.typed++
      return
    }
    const found = outcome as FoundEvidence
    for (const evidence of found.evidence) {
      const bytes = Buffer.from(evidence.kind === 'bundle' ? evidence.bundle : evidence.payload)
      expect([...repo.signatures, repo.bundle].some((expected) => expected.equals(bytes))).toBe(true)
    }
    // A fault is an error or a sentence: evidence is never dropped silently.
    if (found.unreadable.length === 0) expect(found.evidence).toHaveLength(3)
    outcomes[found.unreadable.length === 0 ? 'complete' : 'noted']++
    expect(found.looked).toHaveLength(2)
  })
})
