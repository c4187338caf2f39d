/**
 * Fuzz: evidence as a registry or an API hands it over (src/sigstore): a valid keyless bundle and a
 * valid keyless `.sig` layer, changed anywhere. verifyEvidence must always answer with a check (never
 * throw, never stall), a refusal must say why, and whatever it accepts must still be the release
 * workflow's signature for the digest.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { verifyEvidence, trustedRootFromFile, type EvidenceCheck, type SignerRules, type TrustSource } from '../../src/sigstore/index.js'
import { COSIGN_ANNOTATIONS, signBundle, signCosignTag, startMockSigstore, type CosignTagSignature } from '../support/sigstore/index.js'
import { anyText, deepJson, oddJsonValue } from './arbitraries.js'
import { fuzzAsync, type Outcome } from './support.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const IDENTITY = { subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main', issuer: 'https://token.actions.githubusercontent.com' }
const SIGNER = `${IDENTITY.subject} (issuer ${IDENTITY.issuer})`
const SIGNERS: SignerRules = {
  keys: [],
  identities: [
    {
      subject: { source: IDENTITY.subject, matches: (v) => v === IDENTITY.subject },
      issuer: { source: IDENTITY.issuer, matches: (v) => v === IDENTITY.issuer },
      text: 'the release workflow',
    },
  ],
}

let bundleJson: Record<string, unknown>
let tag: CosignTagSignature
let trust: TrustSource
beforeAll(async () => {
  const sigstore = await startMockSigstore()
  trust = trustedRootFromFile(sigstore.trustedRootText, 'trusted_root.json')
  bundleJson = JSON.parse(Buffer.from(await signBundle({ digest: DIGEST, signer: { keyless: IDENTITY, sigstore, timestamp: true } })).toString()) as Record<
    string,
    unknown
  >
  tag = await signCosignTag({ digest: DIGEST, signer: { keyless: IDENTITY, sigstore, timestamp: true } })
})

/** Every path to a value in `json`, so a mutation can land anywhere. */
function paths(json: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof json !== 'object' || json === null) return [prefix]
  const entries = Array.isArray(json) ? json.map((v, i) => [i, v] as const) : Object.entries(json)
  return [prefix, ...entries.flatMap(([key, value]) => paths(value, [...prefix, key]))]
}

type Change = { kind: 'replace'; value: unknown } | { kind: 'delete' } | { kind: 'flip'; at: number }

function apply(json: unknown, path: (string | number)[], change: Change): unknown {
  const copy = structuredClone(json) as Record<string | number, unknown>
  if (path.length === 0) return change.kind === 'replace' ? change.value : copy
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy)
  const last = path[path.length - 1]!
  if (change.kind === 'delete') delete parent[last]
  else if (change.kind === 'replace') parent[last] = change.value
  else if (typeof parent[last] === 'string' && (parent[last] as string).length > 0) {
    const text = parent[last] as string
    const i = change.at % text.length
    parent[last] = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1)
  }
  return copy
}

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: oddJsonValue }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat() }),
)

/** A check, and a refusal that says why; an accepted one is still the release workflow's. */
function expectSound(outcome: Outcome): void {
  expect(outcome.kind).toBe('returned')
  const check = (outcome as { value: EvidenceCheck }).value
  if (check.ok) expect(check.signer).toBe(SIGNER)
  else expect(check.problem).toMatch(/\S{3}/)
}

describe('verifyEvidence on changed evidence', () => {
  it('a bundle changed at any one place', async () => {
    const all = paths(bundleJson)
    await fuzzAsync(
      fc.tuple(fc.nat(), change),
      ([at, c]) =>
        verifyEvidence(
          { kind: 'bundle', where: 'fuzz', subject: DIGEST, bundle: Buffer.from(JSON.stringify(apply(bundleJson, all[at % all.length]!, c))) },
          { kind: 'signature' },
          SIGNERS,
          trust,
          new Date(),
        ),
      150,
      expectSound,
    )
  })

  it('bundle bytes that are text, deep JSON or odd JSON', async () => {
    await fuzzAsync(
      fc.oneof(
        anyText,
        deepJson(100_000),
        oddJsonValue.map((v) => JSON.stringify(v) ?? 'null'),
      ),
      (text) =>
        verifyEvidence({ kind: 'bundle', where: 'fuzz', subject: DIGEST, bundle: Buffer.from(text) }, { kind: 'signature' }, SIGNERS, trust, new Date()),
      100,
      (outcome) => {
        expectSound(outcome)
        expect((outcome as { value: EvidenceCheck }).value.ok).toBe(false)
      },
    )
  })

  it('a .sig layer whose annotations or payload changed', async () => {
    const names = Object.values(COSIGN_ANNOTATIONS)
    const annotation = fc.oneof(fc.constant(undefined), anyText, deepJson(50_000), fc.nat())
    await fuzzAsync(
      fc.tuple(fc.constantFrom(...names), annotation, fc.nat(), fc.boolean()),
      ([name, value, at, flipPayload]) => {
        const annotations: Record<string, string> = { ...tag.annotations }
        if (value === undefined) delete annotations[name]
        else if (typeof value === 'number') {
          const text = annotations[name] ?? ''
          const i = value % Math.max(text.length, 1)
          annotations[name] = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1)
        } else annotations[name] = value
        const payload = Buffer.from(tag.payload)
        if (flipPayload) payload[at % payload.length]! ^= 1
        return verifyEvidence({ kind: 'cosign-tag', where: 'fuzz', subject: DIGEST, payload, annotations }, { kind: 'signature' }, SIGNERS, trust, new Date())
      },
      150,
      expectSound,
    )
  })
})
