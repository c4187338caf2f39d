import { describe, expect, it } from 'vitest'
import { GitHubRequestError } from './errors.js'
import { defaultIssuer, provenanceIdentity, SOURCE_REPOSITORY_OWNER_URI, SOURCE_REPOSITORY_URI, type ProvenanceConstraints } from './provenance-identity.js'
import type { IdentityRule, Matcher } from './types.js'

const exact = (source: string): Matcher => ({ source, matches: (value) => value === source })
const re = (pattern: string): Matcher => ({ source: `re:${pattern}`, matches: (value) => new RegExp(pattern).test(value) })

/** What a Fulcio certificate of a GitHub Actions run says about itself. */
interface Certificate {
  readonly san: string
  readonly issuer: string
  readonly extensions: Readonly<Record<string, string>>
}
function certificate(host: string, repo: string, workflow: string, issuer = defaultIssuer(host)): Certificate {
  return {
    san: `https://${host}/${workflow}`,
    issuer,
    extensions: { [SOURCE_REPOSITORY_URI]: `https://${host}/${repo}`, [SOURCE_REPOSITORY_OWNER_URI]: `https://${host}/${repo.split('/')[0]}` },
  }
}
/** How src/sigstore applies an IdentityRule: every matcher it has must match (a missing extension does not). */
function accepts(rule: IdentityRule, cert: Certificate): boolean {
  if (rule.subject !== undefined && !rule.subject.matches(cert.san)) return false
  if (rule.issuer !== undefined && !rule.issuer.matches(cert.issuer)) return false
  return Object.entries(rule.extensions ?? {}).every(([oid, matcher]) => cert.extensions[oid] !== undefined && matcher.matches(cert.extensions[oid]))
}

const RELEASE = 'acme/app/.github/workflows/release.yml@refs/heads/main'
const TAGGED = 'acme/app/.github/workflows/release.yml@refs/tags/v1.2.3'

describe('provenanceIdentity accepts what gh attestation verify accepts', () => {
  it.each<[string, ProvenanceConstraints, Certificate, boolean]>([
    ['--repo: a workflow of the repository', { repo: 'acme/app' }, certificate('github.com', 'acme/app', RELEASE), true],
    ['--repo: names compared without case', { repo: 'ACME/App' }, certificate('github.com', 'acme/app', RELEASE), true],
    [
      '--repo: another repository of the owner',
      { repo: 'acme/app' },
      certificate('github.com', 'acme/lib', 'acme/lib/.github/workflows/release.yml@refs/heads/main'),
      false,
    ],
    [
      '--repo: a repository whose name starts the same',
      { repo: 'acme/app' },
      certificate('github.com', 'acme/app2', 'acme/app2/.github/workflows/release.yml@refs/heads/main'),
      false,
    ],
    [
      '--repo: built in the repository by a reusable workflow of another (no --signer-workflow)',
      { repo: 'acme/app' },
      certificate('github.com', 'acme/app', 'acme/shared/.github/workflows/build.yml@refs/heads/main'),
      false,
    ],
    [
      '--owner: any repository of the owner',
      { owner: 'acme' },
      certificate('github.com', 'acme/lib', 'acme/lib/.github/workflows/x.yml@refs/heads/main'),
      true,
    ],
    [
      '--owner: an owner whose name starts the same',
      { owner: 'acme' },
      certificate('github.com', 'acmecorp/lib', 'acmecorp/lib/.github/workflows/x.yml@refs/heads/main'),
      false,
    ],
    [
      '--signer-workflow: the reusable workflow that signed',
      { repo: 'acme/app', signerWorkflow: exact('acme/shared/.github/workflows/build.yml') },
      certificate('github.com', 'acme/app', 'acme/shared/.github/workflows/build.yml@refs/heads/main'),
      true,
    ],
    [
      '--signer-workflow: another workflow',
      { repo: 'acme/app', signerWorkflow: exact('acme/app/.github/workflows/release.yml') },
      certificate('github.com', 'acme/app', 'acme/app/.github/workflows/ci.yml@refs/heads/main'),
      false,
    ],
    [
      '--signer-workflow: a longer file name is not the workflow',
      { repo: 'acme/app', signerWorkflow: exact('acme/app/.github/workflows/release.yml') },
      certificate('github.com', 'acme/app', 'acme/app/.github/workflows/release.yml.evil.yml@refs/heads/main'),
      false,
    ],
    [
      '--signer-workflow with the host',
      { repo: 'acme/app', signerWorkflow: exact('github.com/acme/app/.github/workflows/release.yml') },
      certificate('github.com', 'acme/app', RELEASE),
      true,
    ],
    [
      '--signer-workflow with a ref pattern: a tag',
      { repo: 'acme/app', signerWorkflow: re('^acme/app/\\.github/workflows/release\\.yml@refs/tags/') },
      certificate('github.com', 'acme/app', TAGGED),
      true,
    ],
    [
      '--signer-workflow with a ref pattern: a branch',
      { repo: 'acme/app', signerWorkflow: re('^acme/app/\\.github/workflows/release\\.yml@refs/tags/') },
      certificate('github.com', 'acme/app', RELEASE),
      false,
    ],
    [
      '--signer-workflow on another host',
      { repo: 'acme/app', signerWorkflow: exact('acme/app/.github/workflows/release.yml') },
      certificate('evil.example', 'acme/app', RELEASE, defaultIssuer('github.com')),
      false,
    ],
    ['the issuer of another identity provider', { repo: 'acme/app' }, certificate('github.com', 'acme/app', RELEASE, 'https://accounts.google.com'), false],
    [
      'an enterprise custom issuer, not named',
      { repo: 'acme/app' },
      certificate('github.com', 'acme/app', RELEASE, 'https://token.actions.githubusercontent.com/acme-ent'),
      false,
    ],
    [
      'an enterprise custom issuer, named',
      { repo: 'acme/app', issuer: exact('https://token.actions.githubusercontent.com/acme-ent') },
      certificate('github.com', 'acme/app', RELEASE, 'https://token.actions.githubusercontent.com/acme-ent'),
      true,
    ],
    ['GHE.com: the tenant and its issuer', { repo: 'acme/app', serverUrl: 'https://acme.ghe.com' }, certificate('acme.ghe.com', 'acme/app', RELEASE), true],
    ['GHE.com: a github.com certificate', { repo: 'acme/app', serverUrl: 'https://acme.ghe.com' }, certificate('github.com', 'acme/app', RELEASE), false],
    [
      'Enterprise Server: its host and issuer',
      { repo: 'acme/app', serverUrl: 'https://ghes.example.com/' },
      certificate('ghes.example.com', 'acme/app', RELEASE),
      true,
    ],
    ['github.com: an Enterprise Server certificate', { repo: 'acme/app' }, certificate('ghes.example.com', 'acme/app', RELEASE), false],
    [
      'no Source Repository Owner URI extension',
      { repo: 'acme/app' },
      { ...certificate('github.com', 'acme/app', RELEASE), extensions: { [SOURCE_REPOSITORY_URI]: 'https://github.com/acme/app' } },
      false,
    ],
  ])('%s', (_name, constraints, cert, accepted) => {
    expect(accepts(provenanceIdentity(constraints), cert)).toBe(accepted)
  })
})

describe('provenanceIdentity', () => {
  it.each<[ProvenanceConstraints, string]>([
    [
      { repo: 'acme/app' },
      'built from repository https://github.com/acme/app, signed by a workflow under https://github.com/acme/app/…, issued by https://token.actions.githubusercontent.com',
    ],
    [
      { owner: 'acme' },
      'built from owner https://github.com/acme, signed by a workflow under https://github.com/acme/…, issued by https://token.actions.githubusercontent.com',
    ],
    [
      { repo: 'acme/app', signerWorkflow: exact('acme/app/.github/workflows/release.yml') },
      'built from repository https://github.com/acme/app, signer workflow https://github.com/acme/app/.github/workflows/release.yml, issued by https://token.actions.githubusercontent.com',
    ],
    [
      { owner: 'acme', serverUrl: 'https://acme.ghe.com' },
      'built from owner https://acme.ghe.com/acme, signed by a workflow under https://acme.ghe.com/acme/…, issued by https://token.actions.acme.ghe.com',
    ],
  ])('names %j as %s', (constraints, text) => {
    expect(provenanceIdentity(constraints).text).toBe(text)
  })

  it.each<[string, ProvenanceConstraints, string]>([
    ['neither repo nor owner', {}, 'provenance names neither a repository nor an owner'],
    [
      "an owner that is not the repository's",
      { repo: 'acme/app', owner: 'other' },
      'provenance names owner "other" and repository "acme/app" of another owner',
    ],
    ['a repository that is not owner/name', { repo: 'acme' }, 'repository "acme" is not owner/name'],
    ['a server URL that is not https', { repo: 'acme/app', serverUrl: 'http://github.com' }, 'GITHUB_SERVER_URL "http://github.com" is not https://<host>'],
    [
      'a server URL with a path',
      { repo: 'acme/app', serverUrl: 'https://github.com/acme' },
      'GITHUB_SERVER_URL "https://github.com/acme" is not https://<host>',
    ],
  ])('refuses %s', (_name, constraints, message) => {
    expect(() => provenanceIdentity(constraints)).toThrow(GitHubRequestError)
    expect(() => provenanceIdentity(constraints)).toThrow(message)
  })

  it.each([
    ['github.com', 'https://token.actions.githubusercontent.com'],
    ['acme.ghe.com', 'https://token.actions.acme.ghe.com'],
    ['ghes.example.com', 'https://ghes.example.com/_services/token'],
  ])('GitHub Actions issues tokens for %s as %s', (host, issuer) => {
    expect(defaultIssuer(host)).toBe(issuer)
  })
})
