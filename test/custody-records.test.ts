/**
 * Promotion records on the real registry (distribution 2.8, which has no referrers API): signed with
 * a key and keyless (the @sigstore/mock instance of test/support/sigstore/records-sigstore.ts),
 * attached as referrers, read back the way the next environment reads them, verified, and checked
 * with checkPromotionRecord; forged records refused. Verification is slice A's verifyEvidence with
 * PROMOTION_REQUIREMENT, as the gate runs it (records-verify.ts).
 */
import { generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  RecordNotListedError,
  attachBundle,
  checkPromotionRecord,
  PROMOTION_PREDICATE_TYPE,
  SIGSTORE_BUNDLE_ARTIFACT_TYPE,
  writePromotionRecord,
  type PromotionFacts,
} from '../src/custody/records.js'
import { openLayout, selectRoot, walkImage } from '../src/layout/index.js'
import { parseManifest, referrersTag, type Descriptor } from '../src/oci/index.js'
import { parseReference, type Repository } from '../src/ref/index.js'
import { promoteImage, resolveSource } from '../src/promote/index.js'
import { pushImage } from '../src/push/push-image.js'
import { createRegistryClient, type RegistryClient, type RepositoryClient } from '../src/registry/index.js'
import { identityTokenSource } from '../src/sigstore/identity-token.js'
import { signingKeyFromPem } from '../src/sigstore/key-signer.js'
import { statementSigner, type StatementSigner } from '../src/sigstore/sign-statement.js'
import { createLimiter, layoutBlobSource, limiterPerRegistry, readReferrers } from '../src/store/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import { mintIdentityToken, startRecordsSigstore, type RecordsSigstore } from './support/sigstore/records-sigstore.js'
import { verifyRecordBundle, type RecordTrust } from './support/sigstore/records-verify.js'

const IDENTITY = 'https://github.com/acme/app/.github/workflows/promote.yml@refs/heads/main'

function facts(repository: string, overrides: Partial<PromotionFacts> = {}): PromotionFacts {
  return {
    from: 'dev',
    to: 'staging',
    repository,
    tags: ['1.0.0', 'staging'],
    policy: { file: '.github/image-policy.yml', digest: `sha256:${'ef'.repeat(32)}` },
    run: { url: 'https://github.com/acme/app/actions/runs/7/attempts/1', repository: 'acme/app', workflow: 'promote', actor: 'octocat', sha: 'a'.repeat(40) },
    promotedAt: '2026-12-06T22:00:00.000Z',
    ...overrides,
  }
}

/** The bundles attached to `subject`, found as the next environment finds them: the referrers API, else the referrers tag. */
async function readRecords(repo: RepositoryClient, subject: string): Promise<{ digest: string; bundle: Buffer; annotations: Record<string, string> }[]> {
  const descriptors = await readReferrers(repo, subject, new Set(await repo.listTags()), createLimiter(1), {})
  const records = []
  for (const descriptor of descriptors.filter((d) => d.artifactType === SIGSTORE_BUNDLE_ARTIFACT_TYPE)) {
    const manifest = (await repo.getManifest(descriptor.digest))!
    const parsed = parseManifest(manifest.bytes, manifest.mediaType, descriptor.digest)
    if (parsed.kind !== 'image') throw new Error('not an image manifest')
    expect(parsed.subject?.digest).toBe(subject)
    const chunks: Buffer[] = []
    for await (const chunk of await repo.openBlob(parsed.layers[0]!)) chunks.push(chunk as Buffer)
    records.push({ digest: descriptor.digest, bundle: Buffer.concat(chunks), annotations: { ...parsed.annotations } })
  }
  return records
}

function keyPair() {
  const pair = generateKeyPairSync('ed25519')
  return {
    privatePem: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicPem: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  }
}

describe('promotion records on a real registry', () => {
  let registry: StartedRegistry
  let client: RegistryClient
  let sigstore: RecordsSigstore
  let image: BuiltLayout
  let subject: Descriptor
  const staging: Repository = { registry: '', repository: 'staging/app' }
  const key = keyPair()
  let keySigner: StatementSigner

  beforeAll(async () => {
    ;[registry, sigstore] = await Promise.all([startRegistry(), startRecordsSigstore()])
    client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {} })
    image = buildLayout({ layers: [64 * 1024], seed: 71 })
    Object.assign(staging, { registry: registry.host })
    const layout = await openLayout(image.dir)
    try {
      const graph = walkImage(layout, selectRoot(layout))
      await pushImage(client, graph, layoutBlobSource(layout, graph), [staging], { tags: ['1.0.0'], dryRun: false, limiterFor: limiterPerRegistry(4) })
    } finally {
      await layout.close()
    }
    subject = { mediaType: image.rootMediaType, digest: image.rootDigest, size: image.manifests[0]!.size }
    keySigner = statementSigner({ kind: 'key', key: signingKeyFromPem(key.privatePem, 'input "record-key"') })
  })
  afterAll(async () => {
    await client?.close()
    await Promise.all([registry?.stop(), sigstore?.stop()])
  })

  const repo = () => client.repository(staging, { intent: 'push' })
  const where = () => `${registry.host}/staging/app referrers tag ${referrersTag(image.rootDigest)}`
  const check = (bundle: Uint8Array, trust: RecordTrust, digest = image.rootDigest) => verifyRecordBundle(bundle, digest, trust, where())

  it('writes a key-signed record into the referrers tag of a registry without the referrers API; the next environment finds, verifies and accepts it', async () => {
    await registry.resetAccessLog()
    const written = await writePromotionRecord({ target: repo(), subjectDescriptor: subject, facts: facts(`${registry.host}/staging/app`), signer: keySigner })
    expect(written.attachedVia).toBe('referrers tag')
    const writes = (await registry.accessLog()).filter((e) => e.method === 'PUT').map((e) => e.path)
    expect(writes).toEqual(
      [
        '/v2/staging/app/blobs/uploads/',
        '/v2/staging/app/blobs/uploads/',
        `/v2/staging/app/manifests/${written.digest}`,
        `/v2/staging/app/manifests/${referrersTag(image.rootDigest)}`,
      ].map((path) => expect.stringContaining(path.replace(/\/$/, ''))),
    )
    const records = await readRecords(repo(), image.rootDigest)
    expect(records.map((r) => r.digest)).toEqual([written.digest])
    expect(records[0]!.annotations).toEqual({
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': PROMOTION_PREDICATE_TYPE,
      'org.opencontainers.image.created': '2026-12-06T22:00:00.000Z',
    })
    const verified = await check(records[0]!.bundle, { keys: [key.publicPem] })
    expect(verified).toMatchObject({ ok: true })
    expect(checkPromotionRecord(verified, { from: 'staging', digest: image.rootDigest })).toBeUndefined()
    expect(checkPromotionRecord(verified, { from: 'prod', digest: image.rootDigest })).toBe(`${where()} records a promotion into "staging", not into "prod"`)
  })

  it('converges: the same bundle again is one referrer; a new record is added beside the first, never in its place', async () => {
    const bundle = await keySigner.signStatement(Buffer.from(JSON.stringify({ predicateType: PROMOTION_PREDICATE_TYPE })))
    const options = { predicateType: PROMOTION_PREDICATE_TYPE, created: '2026-12-06T22:05:00.000Z', limit: createLimiter(1) }
    const before = (await readRecords(repo(), image.rootDigest)).map((r) => r.digest)
    const first = await attachBundle(repo(), subject, bundle, options)
    await registry.resetAccessLog()
    const again = await attachBundle(repo(), subject, bundle, options)
    expect(again).toEqual(first)
    // Blobs are present (HEAD only), the manifest PUT by digest is idempotent, and the referrers tag already lists it.
    expect((await registry.accessLog()).filter((e) => e.method === 'PUT' || e.method === 'POST').map((e) => e.path)).toEqual([
      `/v2/staging/app/manifests/${first.digest}`,
    ])
    const next = await writePromotionRecord({
      target: repo(),
      subjectDescriptor: subject,
      facts: facts(`${registry.host}/staging/app`, { promotedAt: '2026-12-06T23:00:00.000Z' }),
      signer: keySigner,
    })
    expect((await readRecords(repo(), image.rootDigest)).map((r) => r.digest)).toEqual([...before, first.digest, next.digest])
  })

  it('signs keyless (Fulcio + Rekor + timestamp) and the record verifies against the trusted root for the workflow identity', async () => {
    const signer = statementSigner({
      kind: 'keyless',
      identityToken: identityTokenSource({ SIGSTORE_ID_TOKEN: mintIdentityToken({ sub: IDENTITY }) }, { timeoutMs: 5000 }),
      fulcio: sigstore.fulcio,
      rekor: sigstore.rekor,
      timestampAuthority: sigstore.tsa,
    })
    const written = await writePromotionRecord({
      target: repo(),
      subjectDescriptor: subject,
      facts: facts(`${registry.host}/staging/app`, { from: null, to: 'qa' }),
      signer,
    })
    const record = (await readRecords(repo(), image.rootDigest)).find((r) => r.digest === written.digest)!
    const verified = await check(record.bundle, { trustedRoot: sigstore.trustedRoot, subjectAlternativeName: IDENTITY })
    expect(verified).toMatchObject({ ok: true, signer: expect.stringContaining(IDENTITY) as string })
    expect(checkPromotionRecord(verified, { from: 'qa', digest: image.rootDigest })).toBeUndefined()
  })

  it('takes the referrers API when the registry indexes the subject itself (OCI-Subject): no referrers tag is written', async () => {
    registry.injectFaults((request) =>
      request.method === 'PUT' && request.path.includes('/manifests/sha256:')
        ? { kind: 'add-headers', headers: { 'OCI-Subject': image.rootDigest } }
        : undefined,
    )
    await registry.resetAccessLog()
    try {
      const written = await writePromotionRecord({
        target: repo(),
        subjectDescriptor: subject,
        facts: facts(`${registry.host}/staging/app`, { promotedAt: '2026-12-07T01:00:00.000Z' }),
        signer: keySigner,
      })
      expect(written.attachedVia).toBe('referrers API')
      const log = await registry.accessLog()
      expect(log.filter((e) => e.path.endsWith(`/manifests/${referrersTag(image.rootDigest)}`))).toEqual([])
      expect((await repo().getManifest(written.digest))!.digest).toBe(written.digest)
    } finally {
      registry.injectFaults(undefined)
    }
  })

  it('follows the image on a later promotion: the staging record is found and accepted at prod', async () => {
    const prod: Repository = { registry: registry.host, repository: 'prod/app' }
    const resolved = await resolveSource(client, parseReference(`${registry.host}/staging/app:1.0.0`))
    await promoteImage(client, resolved, [prod], { tags: ['1.0.0'], dryRun: false, limiterFor: limiterPerRegistry(4) })
    const records = await readRecords(client.repository(prod), image.rootDigest)
    const checks = await Promise.all(records.map((r) => check(r.bundle, { keys: [key.publicPem] })))
    const accepted = checks.filter((c) => checkPromotionRecord(c, { from: 'staging', digest: image.rootDigest }) === undefined)
    expect(accepted.length).toBeGreaterThanOrEqual(1)
  })

  it('says so when the referrers tag holds something else (the image itself, as GitLab reads sha256-<hex>): the record is stored, not listed', async () => {
    const hostile: Repository = { registry: registry.host, repository: 'staging/hostile' }
    const resolved = await resolveSource(client, parseReference(`${registry.host}/staging/app:1.0.0`))
    await promoteImage(client, resolved, [hostile], { tags: ['1.0.0'], dryRun: false, limiterFor: limiterPerRegistry(4), artifacts: false })
    const repository = client.repository(hostile, { intent: 'push' })
    const manifest = (await repository.getManifest(image.rootDigest))!
    await repository.putManifest(referrersTag(image.rootDigest), manifest.bytes, manifest.mediaType)
    const error = await writePromotionRecord({
      target: repository,
      subjectDescriptor: subject,
      facts: facts(`${registry.host}/staging/hostile`),
      signer: keySigner,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RecordNotListedError)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^the promotion record sha256:[0-9a-f]{64} was stored in ${registry.host}/staging/hostile but could not be listed for readers: the referrers tag ${referrersTag(image.rootDigest)} in ${registry.host}/staging/hostile resolves to the subject itself`,
      ),
    )
    expect((error as RecordNotListedError).hint).toContain(`the tag ${referrersTag(image.rootDigest)} is reserved for the OCI referrers index`)
  })

  describe('forged records are refused', () => {
    const otherDigest = `sha256:${'0'.repeat(64)}`
    const attachForged = async (bundle: Uint8Array) => {
      const attached = await attachBundle(repo(), subject, bundle, {
        predicateType: PROMOTION_PREDICATE_TYPE,
        created: '2026-12-06T22:00:00.000Z',
        limit: createLimiter(1),
      })
      return (await readRecords(repo(), image.rootDigest)).find((r) => r.digest === attached.digest)!.bundle
    }
    const statementBytes = (digest: string, overrides: Partial<PromotionFacts>, predicateType = PROMOTION_PREDICATE_TYPE) =>
      Buffer.from(
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v1',
          subject: [{ name: `${registry.host}/staging/app`, digest: { sha256: digest.slice(7) } }],
          predicateType,
          predicate: facts(`${registry.host}/staging/app`, overrides),
        }),
      )

    it('a record of a promotion into another environment', async () => {
      const bundle = await attachForged(await keySigner.signStatement(statementBytes(image.rootDigest, { to: 'dev' })))
      expect(checkPromotionRecord(await check(bundle, { keys: [key.publicPem] }), { from: 'staging', digest: image.rootDigest })).toBe(
        `${where()} records a promotion into "dev", not into "staging"`,
      )
    })

    it('a record of another digest, attached to this one', async () => {
      const signed = await keySigner.signStatement(statementBytes(otherDigest, {}))
      const bundle = await attachForged(signed)
      // The verifier refuses it (its statement does not name the subject); checked alone, the record says which digest it is of.
      const verified = await check(bundle, { keys: [key.publicPem] })
      expect(checkPromotionRecord(verified, { from: 'staging', digest: image.rootDigest })).toBe(
        `${where()} is not a valid promotion record (signed by key key-1.pub): signs ${otherDigest} not ${image.rootDigest}`,
      )
      const verifiedForOther = await check(bundle, { keys: [key.publicPem] }, otherDigest)
      expect(checkPromotionRecord(verifiedForOther, { from: 'staging', digest: image.rootDigest })).toBe(
        `${where()} is a promotion record of ${otherDigest}, not of ${image.rootDigest}`,
      )
    })

    it('a statement of another predicateType', async () => {
      const bundle = await attachForged(await keySigner.signStatement(statementBytes(image.rootDigest, {}, 'https://slsa.dev/provenance/v1')))
      expect(checkPromotionRecord(await check(bundle, { keys: [key.publicPem] }), { from: 'staging', digest: image.rootDigest })).toBe(
        `${where()} is not a valid promotion record (signed by key key-1.pub): an attestation of https://slsa.dev/provenance/v1, not an attestation of ${PROMOTION_PREDICATE_TYPE}`,
      )
    })

    it('a record signed by another key', async () => {
      const other = statementSigner({ kind: 'key', key: signingKeyFromPem(keyPair().privatePem, 'a forger') })
      const bundle = await attachForged(await other.signStatement(statementBytes(image.rootDigest, {})))
      expect(checkPromotionRecord(await check(bundle, { keys: [key.publicPem] }), { from: 'staging', digest: image.rootDigest })).toBe(
        `${where()} is not a valid promotion record (signed by an unknown key): signed by another key: key-1.pub does not verify the signature (or the payload was changed after signing)`,
      )
    })

    it.each([
      [
        'a tampered envelope (the payload edited after signing)',
        (json: Envelope) => (json.dsseEnvelope.payload = statementBytes(image.rootDigest, { to: 'prod' }).toString('base64')),
        '(signed by an unknown key): signed by another key: key-1.pub does not verify the signature (or the payload was changed after signing)',
      ],
      [
        'an unsigned envelope',
        (json: Envelope) => (json.dsseEnvelope.signatures = []),
        ': not a valid Sigstore bundle: content.dsseEnvelope.signatures missing or invalid',
      ],
    ])('%s', async (_, tamper, problem) => {
      const json = JSON.parse(Buffer.from(await keySigner.signStatement(statementBytes(image.rootDigest, { to: 'dev' }))).toString('utf8')) as Envelope
      tamper(json)
      const bundle = await attachForged(Buffer.from(JSON.stringify(json)))
      expect(checkPromotionRecord(await check(bundle, { keys: [key.publicPem] }), { from: 'prod', digest: image.rootDigest })).toBe(
        `${where()} is not a valid promotion record ${problem}`.replace('record :', 'record:'),
      )
    })
  })
})

interface Envelope {
  dsseEnvelope: { payload: string; signatures: unknown[] }
}
