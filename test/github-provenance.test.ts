/**
 * End to end: a SLSA provenance attestation as actions/attest-build-provenance makes it (a Sigstore
 * bundle v0.3 over an in-toto statement, signed keyless by a workflow of acme/app), served by the
 * GitHub attestations API stand-in, found by src/github and verified by src/sigstore against
 * provenanceIdentity, as `gh attestation verify --repo acme/app` would.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  GITHUB_ACTIONS_ISSUER,
  GitHubAttestations,
  provenanceIdentity,
  SOURCE_REPOSITORY_OWNER_URI,
  SOURCE_REPOSITORY_URI,
  type ProvenanceConstraints,
} from '../src/github/index.js'
import { trustedRootFromFile, verifyEvidence } from '../src/sigstore/index.js'
import { startGitHubApi, type GitHubApiStandIn } from './support/github-api.js'
import { signBundle, SLSA_PROVENANCE_V1, startMockSigstore, type KeylessIdentity, type MockSigstore } from './support/sigstore/index.js'

const DIGEST = `sha256:${'5a'.repeat(32)}`
const OTHER = `sha256:${'6b'.repeat(32)}`
const RELEASE = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'

function workflowOf(repo: string, workflow = RELEASE.replace('acme/app', repo)): KeylessIdentity {
  return {
    subject: workflow,
    issuer: GITHUB_ACTIONS_ISSUER,
    extensions: { [SOURCE_REPOSITORY_URI]: `https://github.com/${repo}`, [SOURCE_REPOSITORY_OWNER_URI]: `https://github.com/${repo.split('/')[0]}` },
  }
}
const exact = (source: string) => ({ source, matches: (value: string) => value === source })

let api: GitHubApiStandIn
let sigstore: MockSigstore
let client: GitHubAttestations

beforeAll(async () => {
  ;[api, sigstore] = await Promise.all([startGitHubApi(), startMockSigstore()])
  client = new GitHubAttestations({ apiUrl: api.url, token: 'ghs_provenanceTestToken' })
})
afterEach(() => api.reset())
afterAll(async () => {
  await client.close()
  await api.close()
})

async function provenance(identity: KeylessIdentity, digest = DIGEST): Promise<unknown> {
  const bytes = await signBundle({
    digest,
    name: 'ghcr.io/acme/app',
    signer: { keyless: identity, sigstore },
    predicateType: SLSA_PROVENANCE_V1,
    predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' } },
  })
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown
}

async function verifyListed(constraints: ProvenanceConstraints) {
  const found = await client.list(DIGEST, { repo: 'acme/app' })
  const trust = trustedRootFromFile(sigstore.trustedRootText, 'trusted_root.json')
  const signers = { keys: [], identities: [provenanceIdentity(constraints)] }
  return Promise.all(
    found.evidence.map((evidence) => verifyEvidence(evidence, { kind: 'attestation', predicateType: SLSA_PROVENANCE_V1 }, signers, trust, new Date())),
  )
}

describe('a GitHub artifact attestation, found through the API and verified', () => {
  it('is accepted for its repository, inline and listed by reference', async () => {
    const bundle = await provenance(workflowOf('acme/app'))
    api.attest('repos/acme/app', DIGEST, [{ bundle }, { bundle, byReference: true }])
    const checks = await verifyListed({ repo: 'acme/app', signerWorkflow: exact('acme/app/.github/workflows/release.yml') })
    expect(checks.map((check) => ({ ok: check.ok, where: check.where, signer: check.signer, problem: check.problem }))).toEqual([
      {
        ok: true,
        where: `GitHub attestations API at ${new URL(api.url).host} (acme/app)`,
        signer: `${RELEASE} (issuer ${GITHUB_ACTIONS_ISSUER})`,
        problem: undefined,
      },
      {
        ok: true,
        where: `GitHub attestations API at ${new URL(api.url).host} (acme/app)`,
        signer: `${RELEASE} (issuer ${GITHUB_ACTIONS_ISSUER})`,
        problem: undefined,
      },
    ])
    expect(checks[0]?.statement?.predicateType).toBe(SLSA_PROVENANCE_V1)
  })

  it.each<[string, KeylessIdentity, ProvenanceConstraints, string]>([
    ['built in another repository', workflowOf('acme/lib'), { repo: 'acme/app' }, 'does not match built from repository https://github.com/acme/app'],
    [
      'signed by another workflow',
      workflowOf('acme/app', 'https://github.com/acme/app/.github/workflows/ci.yml@refs/heads/main'),
      { repo: 'acme/app', signerWorkflow: exact('acme/app/.github/workflows/release.yml') },
      'does not match built from repository https://github.com/acme/app, signer workflow https://github.com/acme/app/.github/workflows/release.yml',
    ],
    [
      'built in another repository by a reusable workflow of this one (Source Repository URI acme/lib)',
      workflowOf('acme/lib', RELEASE),
      { repo: 'acme/app' },
      'does not match built from repository https://github.com/acme/app',
    ],
    [
      'issued by another identity provider',
      { ...workflowOf('acme/app'), issuer: 'https://accounts.example' },
      { repo: 'acme/app' },
      'issued by https://accounts.example does not match',
    ],
  ])('is refused when %s, naming the signer found', async (_name, identity, constraints, said) => {
    api.attest('repos/acme/app', DIGEST, [{ bundle: await provenance(identity) }])
    const [check] = await verifyListed(constraints)
    expect(check?.ok).toBe(false)
    expect(check?.signer).toBe(`${identity.subject} (issuer ${identity.issuer})`)
    expect(check?.problem).toContain(said)
  })

  it('is refused when the API lists, under this digest, an attestation of another', async () => {
    api.attest('repos/acme/app', DIGEST, [{ bundle: await provenance(workflowOf('acme/app'), OTHER) }])
    const [check] = await verifyListed({ repo: 'acme/app' })
    expect(check?.ok).toBe(false)
    expect(check?.problem).toContain(OTHER)
  })
})
