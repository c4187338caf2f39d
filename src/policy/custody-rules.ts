import { items, map, strings } from './document-values.js'
import type { PolicyProblem } from './errors.js'
import type { Pattern, PromotionProof, ProvenanceRules, SignatureRules, SignerPolicy, SigstoreSettings } from './types.js'
import type { YamlLocations } from './yaml-locations.js'

type Raw = Record<string, unknown>
type Path = (string | number)[]

/** Compiles one pattern written at `path`, or reports it and gives undefined. */
export type CompileOne = (source: string, path: Path) => Pattern | undefined

interface Reader {
  readonly compile: CompileOne
  readonly locations: YamlLocations
  readonly problems: PolicyProblem[]
}

/** The SLSA provenance predicate actions/attest-build-provenance writes (https://slsa.dev/spec/v1.0/provenance). */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'

/** Whose signature counts: keys (workspace paths, read when a command verifies) and keyless identities. */
export function readSigners(raw: Raw, path: Path, reader: Reader, what: string): SignerPolicy {
  const keys = items(raw.keys).flatMap(([i, key]) => (typeof key === 'string' ? [{ path: key, where: reader.locations.of([...path, 'keys', i]) }] : []))
  const identities = items(raw.identities).flatMap(([i, entry]) => {
    const value = map(entry)
    if (typeof value.subject !== 'string' || typeof value.issuer !== 'string') return []
    const subject = reader.compile(value.subject, [...path, 'identities', i, 'subject'])
    const issuer = reader.compile(value.issuer, [...path, 'identities', i, 'issuer'])
    return subject && issuer ? [{ subject, issuer, where: reader.locations.of([...path, 'identities', i]) }] : []
  })
  // Checked here rather than in the schema so the message says what an empty list would mean.
  if (strings(raw.keys).length === 0 && items(raw.identities).length === 0) {
    reader.problems.push({
      location: reader.locations.of(path),
      message: `${what} names no signer, so no signature could ever satisfy it`,
      hint: 'add keys: [path/to/cosign.pub] or identities: [{ subject: …, issuer: … }] (README "Signed promotions")',
    })
  }
  return { keys, identities }
}

export function readSignatureRules(raw: unknown, path: Path, reader: Reader): SignatureRules | undefined {
  if (raw === undefined) return undefined
  const value = map(raw)
  return {
    ...readSigners(value, path, reader, path.join('.')),
    where: reader.locations.of(path),
    index: value.index === 'every-platform' ? 'every-platform' : 'image',
  }
}

export function readProvenanceRules(raw: unknown, path: Path, reader: Reader): ProvenanceRules | undefined {
  if (raw === undefined) return undefined
  const value = map(raw)
  const where = reader.locations.of(path)
  const repo = typeof value.repo === 'string' ? value.repo : undefined
  const owner = typeof value.owner === 'string' ? value.owner : undefined
  if (repo !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) {
    reader.problems.push({
      location: reader.locations.of([...path, 'repo']),
      message: `repo "${repo}" is not owner/name`,
      hint: 'write it as GitHub does, e.g. acme/app',
    })
  }
  if (owner !== undefined && !/^[A-Za-z0-9_.-]+$/.test(owner)) {
    reader.problems.push({
      location: reader.locations.of([...path, 'owner']),
      message: `owner "${owner}" is not a GitHub owner name`,
      hint: 'write the user or organisation alone, e.g. acme',
    })
  }
  // gh attestation verify needs --repo or --owner too: provenance built by anyone proves nothing.
  if (repo === undefined && owner === undefined) {
    reader.problems.push({
      location: where,
      message: `${path.join('.')} says neither which repository (repo) nor which owner (owner) must have built the image`,
      hint: 'add repo: owner/name (or owner: name), as gh attestation verify --repo/--owner',
    })
  }
  const signerWorkflow = typeof value.signerWorkflow === 'string' ? reader.compile(value.signerWorkflow, [...path, 'signerWorkflow']) : undefined
  const sources = strings(value.sources).filter((source): source is 'registry' | 'github' => source === 'registry' || source === 'github')
  return {
    where,
    predicateType: typeof value.predicateType === 'string' ? value.predicateType : SLSA_PROVENANCE_V1,
    ...(repo !== undefined ? { repo } : {}),
    ...(owner !== undefined ? { owner } : {}),
    ...(signerWorkflow !== undefined ? { signerWorkflow } : {}),
    sources: sources.length > 0 ? sources : ['registry', 'github'],
  }
}

export function readPromotionProof(raw: unknown, path: Path, reader: Reader): PromotionProof | undefined {
  const value = map(raw)
  if (value.proof === undefined && value.signers === undefined) return undefined
  const kind = value.proof === 'attestation' ? 'attestation' : 'tag'
  const where = reader.locations.of([...path, value.proof !== undefined ? 'proof' : 'signers'])
  if (kind === 'tag' && value.signers !== undefined) {
    reader.problems.push({
      location: reader.locations.of([...path, 'signers']),
      message: 'promote.signers is read only with proof: attestation',
      hint: 'add proof: attestation to require signed promotion records, or remove signers',
    })
  }
  if (kind === 'attestation' && value.signers === undefined) {
    reader.problems.push({
      location: where,
      message: 'proof: attestation needs promote.signers: who may sign the promotion records it accepts',
      hint: 'add signers: { identities: [{ subject: <workflow URL>, issuer: https://token.actions.githubusercontent.com }] } or signers: { keys: [path.pub] }',
    })
  }
  return {
    kind,
    where,
    ...(kind === 'attestation' && value.signers !== undefined
      ? { signers: readSigners(map(value.signers), [...path, 'signers'], reader, 'promote.signers') }
      : {}),
  }
}

/** The Sigstore instance: public-good unless the policy names another. */
export function readSigstoreSettings(raw: unknown, reader: Reader): SigstoreSettings {
  const value = map(raw)
  const root = typeof value.trustedRoot === 'string' ? value.trustedRoot : 'public-good'
  const trustedRoot: SigstoreSettings['trustedRoot'] =
    root === 'public-good' || root === 'github' ? { kind: root } : { kind: 'file', path: root, where: reader.locations.of(['sigstore', 'trustedRoot']) }
  const url = (field: 'fulcio' | 'rekor' | 'timestampAuthority'): { [key: string]: string } => {
    const text = value[field]
    if (typeof text !== 'string') return {}
    if (!isServiceUrl(text)) {
      reader.problems.push({
        location: reader.locations.of(['sigstore', field]),
        message: `sigstore.${field} "${text}" is not an https URL`,
        hint: 'write the service URL, e.g. https://fulcio.sigstore.dev (http only for localhost)',
      })
      return {}
    }
    return { [field]: text.replace(/\/+$/, '') }
  }
  return { trustedRoot, ...url('fulcio'), ...url('rekor'), ...url('timestampAuthority') }
}

/** https, or http to this machine (a private instance in a test or on the runner). */
function isServiceUrl(text: string): boolean {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return false
  }
  if (url.username !== '' || url.password !== '') return false
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
}
