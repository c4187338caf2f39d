import { describe, expect, it } from 'vitest'
import { PolicyFileError } from './errors.js'
import { loadPolicy } from './load.js'

const FILE = '.github/image-policy.yml'

const SIGNED = `version: 1
sigstore:
  trustedRoot: .github/trusted_root.json
  fulcio: http://127.0.0.1:5555/
  rekor: https://rekor.acme.example
defaults:
  signatures:
    keys: [.github/cosign.pub]
environments:
  staging:
    repository: ghcr.io/acme/app
    record: true
  prod:
    repository: registry.acme.example/prod/app
    signatures:
      identities:
        - subject: "https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*"
          issuer: https://token.actions.githubusercontent.com
      index: every-platform
    provenance:
      repo: acme/app
      signerWorkflow: acme/app/.github/workflows/release.yml
    promote:
      from: staging
      proof: attestation
      signers:
        keys: [.github/promotion.pub]
`

function problemsOf(text: string): { line: number | undefined; message: string; hint: string }[] {
  try {
    loadPolicy(text, FILE)
  } catch (error) {
    if (!(error instanceof PolicyFileError)) throw error
    return error.problems.map((problem) => ({ line: problem.location.line, message: problem.message, hint: problem.hint }))
  }
  throw new Error('the policy loaded')
}

describe('the chain-of-custody part of the policy', () => {
  it('reads signatures, provenance, records, promotion proof and the Sigstore instance', () => {
    const policy = loadPolicy(SIGNED, FILE)
    expect(policy.sigstore).toEqual({
      trustedRoot: { kind: 'file', path: '.github/trusted_root.json', where: { file: FILE, line: 3, column: 16 } },
      fulcio: 'http://127.0.0.1:5555',
      rekor: 'https://rekor.acme.example',
    })
    const staging = policy.environments.get('staging')!
    expect(staging.record).toBe(true)
    // Inherited from the defaults: a key, the index digest only.
    expect(staging.signatures?.keys.map((key) => key.path)).toEqual(['.github/cosign.pub'])
    expect(staging.signatures?.index).toBe('image')
    expect(staging.provenance).toBeUndefined()
    const prod = policy.environments.get('prod')!
    expect(prod.record).toBe(false)
    expect(prod.signatures?.keys).toEqual([])
    expect(prod.signatures?.index).toBe('every-platform')
    const [identity] = prod.signatures!.identities
    expect(identity!.subject.matches('https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.3')).toBe(true)
    expect(identity!.subject.matches('https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main')).toBe(false)
    expect(identity!.issuer.matches('https://token.actions.githubusercontent.com')).toBe(true)
    expect(prod.provenance).toMatchObject({ predicateType: 'https://slsa.dev/provenance/v1', repo: 'acme/app', sources: ['registry', 'github'] })
    expect(prod.provenance?.signerWorkflow?.source).toBe('acme/app/.github/workflows/release.yml')
    expect(prod.promoteProof?.kind).toBe('attestation')
    expect(prod.promoteProof?.signers?.keys.map((key) => key.path)).toEqual(['.github/promotion.pub'])
  })

  it('without the section: public-good, no signature rules, no records, proof by tag', () => {
    const policy = loadPolicy('version: 1\nenvironments:\n  prod:\n    repository: ghcr.io/acme/app\n', FILE)
    expect(policy.sigstore).toEqual({ trustedRoot: { kind: 'public-good' } })
    const prod = policy.environments.get('prod')!
    expect([prod.signatures, prod.provenance, prod.promoteProof, prod.record]).toEqual([undefined, undefined, undefined, false])
  })

  it.each([
    ['signatures with no signer', 'environments:\n  prod:\n    signatures: { index: image }\n', 3, /environments\.prod\.signatures names no signer/],
    ['empty key and identity lists', 'environments:\n  prod:\n    signatures: { keys: [], identities: [] }\n', 3, /names no signer/],
    [
      'an identity without its issuer',
      'environments:\n  prod:\n    signatures:\n      identities: [{ subject: a@acme.example }]\n',
      4,
      /needs the field "issuer"/,
    ],
    [
      'provenance without repo or owner',
      'environments:\n  prod:\n    provenance: { signerWorkflow: x }\n',
      3,
      /neither which repository \(repo\) nor which owner/,
    ],
    ['a repo that is not owner/name', 'environments:\n  prod:\n    provenance: { repo: acme }\n', 3, /repo "acme" is not owner\/name/],
    ['an unknown provenance source', 'environments:\n  prod:\n    provenance: { repo: a/b, sources: [gitlab] }\n', 3, /"gitlab" is not allowed/],
    ['a misspelt index', 'environments:\n  prod:\n    signatures: { keys: [k.pub], index: all }\n', 3, /"all" is not allowed/],
    [
      'proof: attestation without signers',
      'environments:\n  staging: { record: true }\n  prod:\n    promote: { from: staging, proof: attestation }\n',
      4,
      /proof: attestation needs promote\.signers/,
    ],
    [
      'signers without proof: attestation',
      'environments:\n  staging: {}\n  prod:\n    promote: { from: staging, signers: { keys: [k.pub] } }\n',
      4,
      /read only with proof: attestation/,
    ],
    [
      'proof: attestation from an environment that writes no records',
      'environments:\n  staging: {}\n  prod:\n    promote: { from: staging, proof: attestation, signers: { keys: [k.pub] } }\n',
      4,
      /needs promotion records of staging, but staging does not write them/,
    ],
    [
      'a plain-http Fulcio elsewhere',
      'sigstore:\n  fulcio: http://fulcio.acme.example\n',
      2,
      /sigstore\.fulcio "http:\/\/fulcio\.acme\.example" is not an https URL/,
    ],
    ['a service URL with credentials', 'sigstore:\n  rekor: https://user:pw@rekor.acme.example\n', 2, /is not an https URL/],
    ['a bad identity pattern', 'environments:\n  prod:\n    signatures:\n      identities: [{ subject: "re:(", issuer: x }]\n', 4, /./],
  ])('refuses %s, at its line, with what to do', (_name, body, line, message) => {
    const [problem, ...rest] = problemsOf(`version: 1\n${body}`)
    expect(rest).toEqual([])
    expect(problem!.message).toMatch(message)
    expect(problem!.line).toBe(line + 1) // lines of the body, after the version line
    expect(problem!.hint).not.toBe('')
  })
})
