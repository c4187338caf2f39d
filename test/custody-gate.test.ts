/**
 * Issue 16 end to end on the real registry: promote refuses, before its first write, a digest the
 * target environment cannot prove (signature.required, attestation.required, promotion.proof), and
 * takes it once it is signed. Signatures are made by a private Sigstore instance
 * (test/support/sigstore) in cosign's formats and pushed as cosign and attest-build-provenance push them.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PolicyGate, proofLine } from '../src/commands/policy-gate.js'
import { runPromoteCommand } from '../src/commands/promote.js'
import type { GitContext } from '../src/context/index.js'
import { describeError } from '../src/errors.js'
import { inputLines } from '../src/input-lines.js'
import { loadPolicy } from '../src/policy/load.js'
import { PolicyViolationError } from '../src/policy/errors.js'
import type { RegistryClient } from '../src/registry/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import type { StartedRegistry } from './support/registry/index.js'
import { startCustodyWorld, type CustodyWorld } from './support/sigstore/custody-world.js'
import { mintIdentityToken, startRecordsSigstore } from './support/sigstore/records-sigstore.js'
import {
  SLSA_PROVENANCE_V1,
  generateSigningKey,
  pushBundleReferrer,
  pushCosignSignatures,
  signBundle,
  signCosignTag,
  simpleSigningPayload,
  startMockSigstore,
  type MockSigstore,
  type SigningKey,
} from './support/sigstore/index.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') }
const ISSUER = 'https://token.actions.githubusercontent.com'
const RELEASE = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
const SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12'
const SOURCE_REPOSITORY_OWNER_URI = '1.3.6.1.4.1.57264.1.16'

describe('promote under the custody rules', () => {
  let world: CustodyWorld
  let registry: StartedRegistry
  let client: RegistryClient
  let sigstore: MockSigstore
  let workspace: string
  let key: SigningKey
  const otherKey = generateSigningKey('ecdsa-p256')

  beforeAll(async () => {
    world = await startCustodyWorld()
    ;({ registry, client, sigstore, workspace, key } = world)
  })
  afterAll(async () => {
    await world?.stop()
  })
  const build = (tag: string) => world.build(tag)

  const dev = () => world.target()
  const policy = (prod: string) =>
    loadPolicy(
      `version: 1
sigstore: { trustedRoot: .github/trusted_root.json }
environments:
  dev: { repository: ${registry.host}/dev/app }
  prod:
    repository: ${registry.host}/prod/app
${prod}`,
      '.github/image-policy.yml',
    )
  const KEYED = '    signatures: { keys: [.github/cosign.pub] }\n'
  const KEYLESS = `    signatures:\n      identities: [{ subject: "${RELEASE}", issuer: "${ISSUER}" }]\n`

  async function promote(tag: string, prod: string) {
    const gate = new PolicyGate(policy(prod), '2026-12-06', 'prod', { workspace, now: new Date(), cacheDir: join(workspace, 'cache') })
    await registry.resetAccessLog()
    const run = runPromoteCommand(
      { source: inputLines('source', `${registry.host}/dev/app:${tag}`), metadata: { tags: tag }, dryRun: false, policy: gate },
      CONTEXT,
      OPTIONS,
      client,
    )
    const outcome = await run.then(
      () => ({ refused: undefined }),
      (error: unknown) => {
        if (!(error instanceof PolicyViolationError)) throw error
        return { refused: error }
      },
    )
    return { ...outcome, writes: await world.writes(), gate }
  }

  it('refuses an unsigned digest with nothing written, saying where it looked', async () => {
    const image = await build('unsigned')
    const { refused, writes } = await promote('unsigned', KEYED)
    expect(writes).toEqual([])
    expect(refused?.findings.map((finding) => finding.rule)).toEqual(['signature.required'])
    const text = describeError(refused!)
    expect(text).toContain(`${registry.host}/prod/app@${image.digest} is not proven for prod: it requires key .github/cosign.pub`)
    expect(text).toContain(`${image.digest.replace(':', '-')}.sig`)
    expect(text).toContain('found nothing')
    expect(text).toContain('cosign sign --key')
  })

  it('takes the digest once it carries a cosign signature by the key, and the signature travels with it', async () => {
    const image = await build('signed')
    await pushCosignSignatures(dev(), image.digest, [await signCosignTag({ digest: image.digest, signer: { key } })])
    const { refused, writes, gate } = await promote('signed', KEYED)
    expect(refused).toBeUndefined()
    // What it verified is said: the rule, the digest, the signer, where the signature was.
    expect(gate.proofs.map((proof) => proofLine(proof))).toEqual([
      `verified [signature.required] ${registry.host}/prod/app@${image.digest}: key .github/cosign.pub (${registry.host}/dev/app:${image.digest.replace(':', '-')}.sig)`,
    ])
    expect(writes.some((entry) => entry.path.includes(`/prod/app/manifests/${image.digest.replace(':', '-')}.sig`))).toBe(true)
  })

  it.each([
    ['another key', async (digest: string) => signCosignTag({ digest, signer: { key: otherKey } }), /signer|key/],
    [
      'a signature of another digest',
      async () => signCosignTag({ digest: `sha256:${'ab'.repeat(32)}`, signer: { key } }),
      new RegExp(`sha256:${'ab'.repeat(32)}`),
    ],
    [
      'a tampered payload',
      async (digest: string) => {
        const signed = await signCosignTag({ digest, signer: { key } })
        return { ...signed, payload: simpleSigningPayload(digest, 'registry.test/evil') }
      },
      /./,
    ],
  ])('refuses %s, naming what it found', async (name, sign, found) => {
    const tag = `bad-${name.replace(/\W+/g, '-')}`
    const image = await build(tag)
    await pushCosignSignatures(dev(), image.digest, [await sign(image.digest)])
    const { refused, writes } = await promote(tag, KEYED)
    expect(writes).toEqual([])
    expect(refused?.findings.map((finding) => finding.rule)).toEqual(['signature.required'])
    expect(refused!.findings[0]!.message).toMatch(/found 1: /)
    expect(refused!.findings[0]!.message).toMatch(found)
  })

  it('takes a keyless signature from the workflow the policy names, and refuses another identity naming it', async () => {
    const good = await build('keyless')
    await pushCosignSignatures(dev(), good.digest, [
      await signCosignTag({ digest: good.digest, signer: { keyless: { subject: RELEASE, issuer: ISSUER }, sigstore } }),
    ])
    expect((await promote('keyless', KEYLESS)).refused).toBeUndefined()

    const evil = 'https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main'
    const bad = await build('keyless-evil')
    await pushCosignSignatures(dev(), bad.digest, [
      await signCosignTag({ digest: bad.digest, signer: { keyless: { subject: evil, issuer: ISSUER }, sigstore } }),
    ])
    const { refused, writes } = await promote('keyless-evil', KEYLESS)
    expect(writes).toEqual([])
    expect(refused!.findings[0]!.message).toContain(evil)
  })

  it('refuses a certificate used outside its validity with no timestamp to prove otherwise', async () => {
    const past = await startMockSigstore({ ca: new Date('2020-01-01T00:00:00Z'), ctlog: new Date('2020-01-01T00:00:00Z') })
    writeFileSync(join(workspace, '.github/trusted_root.json'), past.trustedRootText)
    try {
      const image = await build('expired')
      await pushCosignSignatures(dev(), image.digest, [
        await signCosignTag({ digest: image.digest, signer: { keyless: { subject: RELEASE, issuer: ISSUER }, sigstore: past } }),
      ])
      const { refused, writes } = await promote('expired', KEYLESS)
      expect(writes).toEqual([])
      expect(refused!.findings[0]!.rule).toBe('signature.required')
    } finally {
      writeFileSync(join(workspace, '.github/trusted_root.json'), sigstore.trustedRootText)
    }
  })

  it("takes a Sigstore bundle attached as a referrer (cosign's new bundle format), through the referrers tag on a registry without the API", async () => {
    const image = await build('bundled')
    await pushBundleReferrer(dev(), image, await signBundle({ digest: image.digest, signer: { key } }), 'https://sigstore.dev/cosign/sign/v1')
    expect((await promote('bundled', KEYED)).refused).toBeUndefined()
  })

  it('requires provenance from the repository the policy names (attestation.required)', async () => {
    const PROVENANCE = '    provenance: { repo: acme/app, sources: [registry] }\n'
    const image = await build('built')
    const signer = (repo: string) => ({
      keyless: {
        subject: RELEASE.replace('acme/app', repo),
        issuer: ISSUER,
        extensions: { [SOURCE_REPOSITORY_URI]: `https://github.com/${repo}`, [SOURCE_REPOSITORY_OWNER_URI]: `https://github.com/${repo.split('/')[0]}` },
      },
      sigstore,
    })
    await pushBundleReferrer(
      dev(),
      image,
      await signBundle({ digest: image.digest, predicateType: SLSA_PROVENANCE_V1, signer: signer('evil/app') }),
      SLSA_PROVENANCE_V1,
    )
    const refused = await promote('built', PROVENANCE)
    expect(refused.writes).toEqual([])
    expect(refused.refused?.findings.map((finding) => finding.rule)).toEqual(['attestation.required'])
    expect(refused.refused!.findings[0]!.message).toContain('subject https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main')
    await pushBundleReferrer(
      dev(),
      image,
      await signBundle({ digest: image.digest, predicateType: SLSA_PROVENANCE_V1, signer: signer('acme/app') }),
      SLSA_PROVENANCE_V1,
    )
    expect((await promote('built', PROVENANCE)).refused).toBeUndefined()
  })

  it('refuses, with nothing written, a key the policy names that the workspace lacks', async () => {
    await build('nokey')
    const run = promote('nokey', '    signatures: { keys: [.github/missing.pub] }\n')
    await expect(run).rejects.toThrow(/\.github\/missing\.pub/)
  })

  describe('promotion records', () => {
    const recorder = generateSigningKey('ed25519')
    const forger = generateSigningKey('ed25519')
    const pemOf = (k: typeof recorder) => k.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    interface Keyless {
      /** The policy's sigstore: section, for the instance that signs and verifies keyless records. */
      readonly sigstore: string
      /** prod's promote.signers. */
      readonly signers: string
      /** The job's environment: the identity token. */
      readonly env: Record<string, string>
    }
    async function promoteTo(environment: 'staging' | 'prod', source: string, tag: string, recordKey: string, keyless?: Keyless) {
      const gate = new PolicyGate(
        loadPolicy(
          `version: 1
${keyless?.sigstore ?? ''}
environments:
  dev: { repository: ${registry.host}/dev/app }
  staging:
    repository: ${registry.host}/staging/app
    record: true
  prod:
    repository: ${registry.host}/prod/app
    promote:
      from: staging
      proof: attestation
      signers: ${keyless?.signers ?? '{ keys: [.github/promotion.pub] }'}
`,
          '.github/image-policy.yml',
        ),
        '2026-12-06',
        environment,
        { workspace, now: new Date(), cacheDir: join(workspace, 'cache') },
      )
      await registry.resetAccessLog()
      const outcome = await runPromoteCommand(
        {
          source: inputLines('source', source),
          metadata: { tags: tag },
          dryRun: false,
          policy: gate,
          records: {
            env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '42', GITHUB_ACTOR: 'octocat', ...keyless?.env },
            key: recordKey,
            now: new Date(),
          },
        },
        CONTEXT,
        OPTIONS,
        client,
      ).then(
        (result) => ({ result, refused: undefined }),
        (error: unknown) => {
          if (!(error instanceof PolicyViolationError)) throw error
          return { result: undefined, refused: error }
        },
      )
      return { ...outcome, writes: await world.writes() }
    }

    beforeAll(() => writeFileSync(join(workspace, '.github/promotion.pub'), recorder.publicKeyPem))

    it('staging writes a signed record, and prod takes the digest on its proof; the record follows to prod', async () => {
      const image = await build('rc1')
      const staged = await promoteTo('staging', `${registry.host}/dev/app:rc1`, 'rc1', pemOf(recorder))
      expect(staged.result?.records.map((record) => [record.environment, record.action, record.attachedVia])).toEqual([['staging', 'written', 'referrers tag']])
      const again = await promoteTo('staging', `${registry.host}/dev/app:rc1`, 'rc1', pemOf(recorder))
      expect(again.result?.promotions[0]?.targets[0]?.upToDate).toBe(true)
      expect(again.result?.records.map((record) => record.action)).toEqual(['present'])
      expect(again.writes).toEqual([])
      const prod = await promoteTo('prod', `${registry.host}/staging/app:rc1`, '1.0.0', pemOf(recorder))
      expect(prod.refused).toBeUndefined()
      expect(prod.result?.records).toEqual([])
      // The staging record travelled: it is a referrer of the digest at prod now.
      const referrersTag = image.digest.replace(':', '-')
      expect(prod.writes.some((entry) => entry.path.endsWith(`/prod/app/manifests/${referrersTag}`))).toBe(true)
    })

    it('refuses a digest that reached staging by a moved tag, without a record, and one whose record another key signed', async () => {
      const moved = await build('moved')
      // Someone with push rights to staging copies it there without shiptag's policy: no record.
      await runPromoteCommand(
        { source: inputLines('source', `${registry.host}/dev/app:moved`), metadata: { images: `${registry.host}/staging/app`, tags: 'moved' }, dryRun: false },
        CONTEXT,
        OPTIONS,
        client,
      )
      const unrecorded = await promoteTo('prod', `${registry.host}/staging/app:moved`, '2.0.0', pemOf(recorder))
      expect(unrecorded.writes).toEqual([])
      expect(unrecorded.refused?.findings.map((finding) => finding.rule)).toEqual(['promotion.proof'])
      expect(unrecorded.refused!.findings[0]!.message).toContain('a promotion record of staging signed by key .github/promotion.pub')
      expect(moved.digest).toMatch(/^sha256:/)

      await build('forged')
      await promoteTo('staging', `${registry.host}/dev/app:forged`, 'forged', pemOf(forger))
      const forged = await promoteTo('prod', `${registry.host}/staging/app:forged`, '3.0.0', pemOf(recorder))
      expect(forged.writes).toEqual([])
      expect(forged.refused?.findings.map((finding) => finding.rule)).toEqual(['promotion.proof'])
      expect(forged.refused!.findings[0]!.message).toMatch(/found 1: /)
    })

    it("keyless: staging's record is signed with the job's OIDC identity through Fulcio and Rekor, and prod accepts only that identity", async () => {
      const instance = await startRecordsSigstore()
      try {
        writeFileSync(join(workspace, '.github/records_root.json'), JSON.stringify(instance.trustedRoot))
        const promoter = 'https://github.com/acme/app/.github/workflows/promote.yml@refs/heads/main'
        const keyless = (subject: string): Keyless => ({
          sigstore: `sigstore: { trustedRoot: .github/records_root.json, fulcio: "${instance.fulcio}", rekor: "${instance.rekor}" }`,
          signers: `{ identities: [{ subject: "${promoter}", issuer: https://token.actions.githubusercontent.com }] }`,
          env: { SIGSTORE_ID_TOKEN: mintIdentityToken({ sub: subject }) },
        })
        await build('keyless-rc')
        const staged = await promoteTo('staging', `${registry.host}/dev/app:keyless-rc`, 'keyless-rc', '', keyless(promoter))
        expect(staged.result?.records.map((record) => record.action)).toEqual(['written'])
        expect(instance.requests.some((path) => path.includes('signingCert'))).toBe(true)
        expect((await promoteTo('prod', `${registry.host}/staging/app:keyless-rc`, '5.0.0', '', keyless(promoter))).refused).toBeUndefined()

        // A record signed keyless by another workflow proves nothing to prod.
        const other = 'https://github.com/acme/app/.github/workflows/other.yml@refs/heads/main'
        await build('keyless-other')
        await promoteTo('staging', `${registry.host}/dev/app:keyless-other`, 'keyless-other', '', keyless(other))
        const refused = await promoteTo('prod', `${registry.host}/staging/app:keyless-other`, '6.0.0', '', keyless(promoter))
        expect(refused.writes).toEqual([])
        expect(refused.refused?.findings.map((finding) => finding.rule)).toEqual(['promotion.proof'])
        expect(refused.refused!.findings[0]!.message).toContain(other)
      } finally {
        await instance.stop()
      }
    })

    it('refuses, before any request, a record key that is not a private key', async () => {
      await build('badkey')
      await registry.resetAccessLog()
      await expect(promoteTo('staging', `${registry.host}/dev/app:badkey`, 'badkey', recorder.publicKeyPem)).rejects.toThrow(/record-key/)
      expect(await registry.accessLog()).toEqual([])
    })
  })
})
