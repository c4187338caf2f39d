/**
 * The custody rules on every path that writes or checks (issue 16), on the real registry: an index
 * signed on its digest alone, or on one platform only; push into an environment that requires a
 * signature; check --registry-checks on a deployment file; provenance from GitHub's attestations
 * API (the loopback stand-in).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCheckCommand } from '../src/commands/check.js'
import { runPromoteCommand } from '../src/commands/promote.js'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { inputLines } from '../src/input-lines.js'
import { PolicyViolationError } from '../src/policy/errors.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { buildLayout } from './support/layouts/index.js'
import { startGitHubApi, type GitHubApiStandIn } from './support/github-api.js'
import { startCustodyWorld, type CustodyWorld } from './support/sigstore/custody-world.js'
import { pushCosignSignatures, signBundle, signCosignTag, SLSA_PROVENANCE_V1 } from './support/sigstore/index.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') }
const PLATFORMS = ['amd64', 'arm64'].map((architecture) => ({ os: 'linux', architecture }))

/** A refusal's findings, or undefined when it went through. */
async function refusal(run: Promise<unknown>): Promise<PolicyViolationError | undefined> {
  return run.then(
    () => undefined,
    (error: unknown) => {
      if (error instanceof PolicyViolationError) return error
      throw error
    },
  )
}

describe('the custody rules on every path', () => {
  let world: CustodyWorld
  beforeAll(async () => {
    world = await startCustodyWorld()
  })
  afterAll(async () => {
    await world?.stop()
  })
  const prodPolicy = (rules: string) => `environments:\n  prod:\n    repository: ${world.registry.host}/prod/app\n${rules}`
  const promote = async (tag: string, rules: string) => {
    await world.registry.resetAccessLog()
    const refused = await refusal(
      runPromoteCommand(
        {
          source: inputLines('source', `${world.registry.host}/dev/app:${tag}`),
          metadata: { tags: tag },
          dryRun: false,
          policy: world.gate(prodPolicy(rules), 'prod'),
        },
        CONTEXT,
        OPTIONS,
        world.client,
      ),
    )
    return { refused, writes: await world.writes() }
  }

  it('an index: its digest signed is enough for index: image; every-platform refuses the unsigned platform by name', async () => {
    const image = await world.build('multi', { platforms: PLATFORMS })
    const [amd64, arm64] = image.layout.manifests.map((manifest) => manifest.digest)
    const sign = async (digest: string) => pushCosignSignatures(world.target(), digest, [await signCosignTag({ digest, signer: { key: world.key } })])
    await sign(image.digest)
    await sign(amd64!)
    const keyed = '    signatures: { keys: [.github/cosign.pub] }\n'
    expect((await promote('multi', keyed)).refused).toBeUndefined()

    const every = '    signatures: { keys: [.github/cosign.pub], index: every-platform }\n'
    const refused = await promote('multi', every)
    expect(refused.writes).toEqual([])
    expect(refused.refused?.findings.map((finding) => finding.message.split(' is not proven')[0])).toEqual([
      `${world.registry.host}/prod/app@${image.digest} (its platform manifest ${arm64})`,
    ])
    await sign(arm64!)
    expect((await promote('multi', every)).refused).toBeUndefined()
  })

  it('push: a build pushed into an environment that requires a signature is refused before its first write, unless it is signed where it is mounted from', async () => {
    const layout = buildLayout({ layers: [4096], seed: 900 })
    const policy = `environments:\n  prod:\n    repository: ${world.registry.host}/prod/pushed\n    signatures: { keys: [.github/cosign.pub] }\n`
    const push = (mountFrom: string) =>
      runPushCommand(
        {
          source: layout.dir,
          metadata: { images: `${world.registry.host}/prod/pushed`, tags: '1.0.0' },
          dryRun: false,
          mountFrom: inputLines('mount-from', mountFrom),
          policy: world.gate(policy, 'prod'),
        },
        CONTEXT,
        OPTIONS,
        world.client,
      )
    await world.registry.resetAccessLog()
    const refused = await refusal(push(''))
    expect(refused?.findings.map((finding) => finding.rule)).toEqual(['signature.required'])
    expect(await world.writes()).toEqual([])

    // The same build, signed in dev, is taken: the signature is found where the blobs are mounted from.
    await runPushCommand(
      { source: layout.dir, metadata: { images: `${world.registry.host}/dev/app`, tags: 'pushed' }, dryRun: false },
      CONTEXT,
      OPTIONS,
      world.client,
    )
    await pushCosignSignatures(world.target(), layout.rootDigest, [await signCosignTag({ digest: layout.rootDigest, signer: { key: world.key } })])
    expect(await refusal(push(`${world.registry.host}/dev/app`))).toBeUndefined()
  })

  it('check --registry-checks: an unsigned digest in a prod file is a signature.required finding at its line; a signed one passes', async () => {
    const unsigned = await world.build('deployed')
    const signed = await world.build('deployed-signed')
    await pushCosignSignatures(world.target(), signed.digest, [await signCosignTag({ digest: signed.digest, signer: { key: world.key } })])
    mkdirSync(join(world.workspace, 'deploy/prod'), { recursive: true })
    const pod = (digest: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata: { name: app }\nspec:\n  containers:\n    - name: app\n      image: ${world.registry.host}/dev/app@${digest}\n`
    const check = async (digest: string) => {
      writeFileSync(join(world.workspace, 'deploy/prod/pod.yaml'), pod(digest))
      const policy = `environments:\n  prod:\n    files: ["deploy/prod/**"]\n    signatures: { keys: [.github/cosign.pub] }\n`
      const result = await runCheckCommand(
        { files: inputLines('files', ''), metadata: {}, workspace: world.workspace, registry: world.client },
        CONTEXT,
        OPTIONS,
        world.gate(policy, ''),
      )
      return result.findings.filter((finding) => finding.rule === 'signature.required')
    }
    const findings = await check(unsigned.digest)
    expect(findings.map((finding) => [finding.level, finding.location?.file, finding.location?.line])).toEqual([['error', 'deploy/prod/pod.yaml', 7]])
    expect(await check(signed.digest)).toEqual([])
  })

  describe("provenance from GitHub's attestations API", () => {
    let api: GitHubApiStandIn
    beforeAll(async () => {
      api = await startGitHubApi()
    })
    afterAll(async () => {
      await api?.close()
    })

    it('takes a digest whose provenance GitHub holds for the repository, and refuses one it holds nothing for, saying it asked', async () => {
      const built = await world.build('attested')
      const bare = await world.build('unattested')
      const identity = {
        subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
        issuer: 'https://token.actions.githubusercontent.com',
        extensions: { '1.3.6.1.4.1.57264.1.12': 'https://github.com/acme/app', '1.3.6.1.4.1.57264.1.16': 'https://github.com/acme' },
      }
      const bundle = await signBundle({ digest: built.digest, predicateType: SLSA_PROVENANCE_V1, signer: { keyless: identity, sigstore: world.sigstore } })
      api.attest('repos/acme/app', built.digest, [{ bundle: JSON.parse(Buffer.from(bundle).toString('utf8')) }])
      const rules = `sigstore: { trustedRoot: .github/trusted_root.json }\n`
      const gate = (environment: string) =>
        world.gate(
          `${rules}environments:\n  prod:\n    repository: ${world.registry.host}/prod/app\n    provenance: { repo: acme/app, sources: [github] }\n`,
          environment,
          {
            apiUrl: api.url,
            token: 'ghs_custodyGateTest',
          },
        )
      const promote = (tag: string) =>
        refusal(
          runPromoteCommand(
            { source: inputLines('source', `${world.registry.host}/dev/app:${tag}`), metadata: { tags: tag }, dryRun: false, policy: gate('prod') },
            CONTEXT,
            OPTIONS,
            world.client,
          ),
        )
      expect(await promote('attested')).toBeUndefined()
      const refused = await promote('unattested')
      expect(refused?.findings.map((finding) => finding.rule)).toEqual(['attestation.required'])
      expect(refused!.findings[0]!.message).toMatch(/looked in GitHub attestations API at 127\.0\.0\.1:\d+ \(acme\/app\); found nothing \(GitHub answered 404/)
      expect(api.requests.map((request) => request.path)).toContainEqual(expect.stringContaining(`/repos/acme/app/attestations/${bare.digest}`))
    })
  })
})
