/**
 * The chain-of-custody rules (docs/signatures.md#the-policy), run before the first write: every
 * digest an environment is about to take is verified against the environment's `signatures`,
 * `provenance` and `promote.proof`. Loaded with `await import()` only when a policy has such a
 * rule, so commands that verify nothing never load sigstore-js.
 */
import { InputError, ShiptagError, describeLocation } from '../errors.js'
import {
  checkPromotionRecord,
  findEvidence,
  type FoundEvidence,
  platformSubjects,
  readPlatformSubjects,
  PROMOTION_PREDICATE_TYPE,
  type ReferrersApi,
} from '../custody/index.js'
import { GitHubAttestations, provenanceIdentity, type AttestationScope } from '../github/index.js'
import type { ImageGraph, ManifestNode } from '../oci/index.js'
import type { EnvironmentPolicy, Finding, Policy, SignerPolicy } from '../policy/index.js'
import { registryKey, repositoryKey, repositoryName, type Repository } from '../ref/index.js'
import type { RegistryClient } from '../registry/index.js'
import { githubTrust, publicGoodTrust, trustedRootFromFile, verifyEvidence } from '../sigstore/index.js'
import type { Evidence, EvidenceCheck, Requirement, SignerRules, TrustSource } from '../sigstore/index.js'
import { readWorkspaceText } from '../workspace/index.js'
import type { PolicyEvaluator } from '../policy/evaluate.js'

/** A PEM public key or a trusted root is a few kilobytes; a megabyte is not one. */
const MAX_KEY_BYTES = 64 * 1024
const MAX_TRUSTED_ROOT_BYTES = 1024 * 1024

/** One digest an environment is about to take, and where its evidence may be. */
export interface CustodyPlan {
  readonly environment: EnvironmentPolicy
  readonly target: Repository
  readonly digest: string
  /** Repositories to look in, in order: the source the digest comes from, then the target. */
  readonly lookIn: readonly Repository[]
  /** The manifest written: for an index, `index: every-platform` also verifies its platform images. */
  readonly root?: ManifestNode
  /** The whole image when it is already read (push reads its layout); else nested indexes are read from `lookIn[0]`. */
  readonly graph?: Pick<ImageGraph, 'root' | 'manifests'>
  /** How findings name it: `registry/repo@sha256:…` or the reference in a file. */
  readonly text: string
  readonly location?: Finding['location']
}

/** What was proven before a write: the rule, the digest, who signed and where it was found. */
export interface CustodyProof {
  readonly rule: 'signature.required' | 'attestation.required' | 'promotion.proof'
  /** `registry/repo@sha256:…`, or the reference in a file. */
  readonly subject: string
  readonly digest: string
  readonly signer: string
  readonly where: string
}

export interface CustodyContext {
  readonly client: RegistryClient
  /** Where key and trusted-root paths of the policy are read from. */
  readonly workspace: string
  readonly now: Date
  /** The GitHub API for attestations: its URL (GITHUB_API_URL), the server (GITHUB_SERVER_URL) and a token (never printed). */
  readonly github?: { readonly apiUrl: string; readonly serverUrl?: string; readonly token: string | undefined }
  /** Where the public-good trusted root is cached between runs. */
  readonly cacheDir: string
}

/**
 * Every finding of the custody rules for the plans, levels and exceptions applied. Evidence found
 * for a (repository, digest) is read once per run, whatever asks for it.
 */
export async function custodyFindings(
  policy: Policy,
  evaluator: PolicyEvaluator,
  plans: readonly CustodyPlan[],
  context: CustodyContext,
): Promise<{ findings: Finding[]; proofs: CustodyProof[] }> {
  const run = new CustodyRun(policy, context)
  const findings: Finding[] = []
  const proofs: CustodyProof[] = []
  const proven = (rule: CustodyProof['rule'], plan: CustodyPlan, digest: string, search: Search) => {
    const check = search.checks.find((candidate) => candidate.ok)
    if (check !== undefined) proofs.push({ rule, subject: plan.text, digest, signer: check.signer ?? 'signer unknown', where: check.where })
  }
  for (const plan of plans) {
    const { environment } = plan
    const subject = { repository: plan.target, digest: plan.digest, text: plan.text, ...(plan.location ? { location: plan.location } : {}) }
    const add = (draft: Omit<Finding, 'level' | 'environment'> | undefined) => {
      if (draft !== undefined) findings.push(...evaluator.finding(environment, draft, subject))
    }
    if (environment.signatures !== undefined) {
      const rules = environment.signatures
      const signers = await run.signers(rules)
      const platforms = rules.index === 'every-platform' ? await run.platforms(plan) : []
      for (const digest of [plan.digest, ...platforms]) {
        const search = await run.search(plan.lookIn, digest, { kind: 'signature' }, signers)
        if (search.ok) proven('signature.required', plan, digest, search)
        else add(refusal('signature.required', plan, digest, describeSigners(rules), search, signHint(plan, digest, rules)))
      }
    }
    if (environment.provenance !== undefined) {
      const rules = environment.provenance
      const serverUrl = context.github?.serverUrl
      const identity = provenanceIdentity({
        ...(rules.repo !== undefined ? { repo: rules.repo } : {}),
        ...(rules.owner !== undefined ? { owner: rules.owner } : {}),
        ...(rules.signerWorkflow !== undefined ? { signerWorkflow: rules.signerWorkflow } : {}),
        ...(serverUrl !== undefined ? { serverUrl } : {}),
      })
      const signers: SignerRules = { keys: [], identities: [identity] }
      const requirement: Requirement = { kind: 'attestation', predicateType: rules.predicateType }
      const lookIn = rules.sources.includes('registry') ? plan.lookIn : []
      const github = rules.sources.includes('github') ? (rules.repo !== undefined ? { repo: rules.repo } : { owner: rules.owner! }) : undefined
      const search = await run.search(lookIn, plan.digest, requirement, signers, github)
      if (search.ok) proven('attestation.required', plan, plan.digest, search)
      add(
        search.ok
          ? undefined
          : refusal(
              'attestation.required',
              plan,
              plan.digest,
              `${rules.predicateType} provenance ${identity.text}`,
              search,
              provenanceHint(rules.repo ?? rules.owner!),
            ),
      )
    }
    const proof = environment.promoteProof
    if (proof?.kind === 'attestation' && environment.promoteFrom !== undefined) {
      const from = policy.environments.get(environment.promoteFrom)!
      const signers = await run.signers(proof.signers!)
      const requirement: Requirement = { kind: 'attestation', predicateType: PROMOTION_PREDICATE_TYPE }
      const search = await run.search(from.repositories, plan.digest, requirement, signers, undefined, (check) =>
        checkPromotionRecord(check, { from: from.name, digest: plan.digest }),
      )
      if (search.ok) proven('promotion.proof', plan, plan.digest, search)
      add(
        search.ok
          ? undefined
          : refusal(
              'promotion.proof',
              plan,
              plan.digest,
              `a promotion record of ${from.name} signed by ${describeSigners(proof.signers!)}`,
              search,
              proofHint(from.name),
            ),
      )
    }
  }
  return { findings, proofs }
}

interface Search {
  readonly ok: boolean
  readonly looked: readonly string[]
  readonly checks: readonly EvidenceCheck[]
  /** Found but not evidence: too large, not a signature, another subject. */
  readonly unreadable: readonly string[]
}

/** What one run has read: evidence per (repository, digest), keys and the trusted root, each once. */
class CustodyRun {
  private readonly evidence = new Map<string, Promise<FoundEvidence>>()
  /** Whether each registry has the referrers API, learnt by its first query. */
  private readonly referrersApi = new Map<string, ReferrersApi>()
  private attestations: GitHubAttestations | undefined
  private readonly keys = new Map<string, Promise<string>>()
  private trust: Promise<TrustSource> | undefined

  constructor(
    private readonly policy: Policy,
    private readonly context: CustodyContext,
  ) {}

  async signers(policy: SignerPolicy): Promise<SignerRules> {
    const keys = await Promise.all(policy.keys.map(async (key) => ({ name: key.path, pem: await this.key(key) })))
    return {
      keys,
      identities: policy.identities.map((identity) => ({
        subject: identity.subject,
        issuer: identity.issuer,
        text: `subject ${identity.subject.source} issued by ${identity.issuer.source}`,
      })),
    }
  }

  /**
   * Looks in each repository, then (for provenance) the GitHub API, until one piece of evidence
   * verifies; `extra` is a check beyond the signature (a promotion record's content).
   */
  async search(
    lookIn: readonly Repository[],
    digest: string,
    requirement: Requirement,
    signers: SignerRules,
    github?: AttestationScope,
    extra?: (check: EvidenceCheck) => string | undefined,
  ): Promise<Search> {
    const looked: string[] = []
    const checks: EvidenceCheck[] = []
    const unreadable: string[] = []
    const kinds: Evidence['kind'][] = requirement.kind === 'signature' ? ['cosign-tag', 'bundle'] : ['bundle']
    const verify = async (evidence: readonly Evidence[]) => {
      for (const item of evidence) {
        const check = await verifyEvidence(item, requirement, signers, await this.trustFor(signers, item), this.context.now)
        const problem = check.ok ? extra?.(check) : undefined
        checks.push(problem === undefined ? check : { ...check, ok: false, problem })
        if (check.ok && problem === undefined) return true
      }
      return false
    }
    for (const repository of lookIn) {
      for (const kind of kinds) {
        const found = await this.find(repository, digest, kind)
        looked.push(...found.looked)
        unreadable.push(...found.unreadable)
        if (await verify(found.evidence)) return { ok: true, looked, checks, unreadable }
      }
    }
    if (github !== undefined) {
      const api = this.context.github ?? { apiUrl: undefined, token: undefined }
      this.attestations ??= new GitHubAttestations({
        ...(api.apiUrl !== undefined ? { apiUrl: api.apiUrl } : {}),
        ...(api.token !== undefined ? { token: api.token } : {}),
      })
      const found = await this.attestations.list(digest, github)
      looked.push(found.where)
      unreadable.push(...found.notes)
      if (await verify(found.evidence)) return { ok: true, looked, checks, unreadable }
    }
    return { ok: false, looked, checks, unreadable }
  }

  /** The platform images of an index, for `index: every-platform`. */
  async platforms(plan: CustodyPlan): Promise<string[]> {
    const subjects =
      plan.graph !== undefined
        ? platformSubjects(plan.graph)
        : plan.root !== undefined
          ? await readPlatformSubjects(this.context.client.repository(plan.lookIn[0] ?? plan.target), plan.root)
          : []
    return subjects.map((subject) => subject.digest)
  }

  /**
   * Each place is looked in once per (repository, digest), whichever rule asks first, and only for
   * a rule that reads it: a promotion record is never in cosign's `.sig` tag.
   */
  private find(repository: Repository, digest: string, kind: Evidence['kind']): Promise<FoundEvidence> {
    const key = `${repositoryKey(repository)}@${digest} ${kind}`
    let found = this.evidence.get(key)
    if (found === undefined) {
      let referrersApi = this.referrersApi.get(registryKey(repository.registry))
      if (referrersApi === undefined) this.referrersApi.set(registryKey(repository.registry), (referrersApi = {}))
      found = findEvidence(this.context.client.repository(repository), digest, { kinds: [kind], referrersApi })
      this.evidence.set(key, found)
    }
    return found
  }

  /** A key-signed piece of evidence needs no trusted root; keyless ones do, loaded once. */
  private async trustFor(signers: SignerRules, evidence: Evidence): Promise<TrustSource | undefined> {
    if (signers.identities.length === 0 && evidence.kind === 'cosign-tag' && !('dev.sigstore.cosign/certificate' in evidence.annotations)) return undefined
    this.trust ??= this.loadTrust()
    return this.trust
  }

  private async loadTrust(): Promise<TrustSource> {
    const root = this.policy.sigstore.trustedRoot
    if (root.kind !== 'file')
      return root.kind === 'github' ? githubTrust({ cacheDir: this.context.cacheDir }) : publicGoodTrust({ cacheDir: this.context.cacheDir })
    const text = await this.read(root.path, root.where, MAX_TRUSTED_ROOT_BYTES, 'trusted root')
    return trustedRootFromFile(text, root.path)
  }

  private key(key: SignerPolicy['keys'][number]): Promise<string> {
    let pem = this.keys.get(key.path)
    if (pem === undefined) {
      pem = this.read(key.path, key.where, MAX_KEY_BYTES, 'public key')
      this.keys.set(key.path, pem)
    }
    return pem
  }

  private async read(path: string, where: Finding['location'] & object, limit: number, what: string): Promise<string> {
    let text: string | undefined
    try {
      text = await readWorkspaceText(this.context.workspace, 'policy', path, limit)
    } catch (error) {
      if (!(error instanceof ShiptagError)) throw error
      throw new InputError(where, `the ${what} ${path} cannot be read: ${error.message.split('\n')[0]}`, {
        hint: `commit the ${what} at ${path} (inside the workspace), or fix the path in the policy`,
      })
    }
    if (text === undefined) {
      throw new InputError(where, `the ${what} ${path} named by the policy (${describeLocation(where)}) does not exist in the workspace`, {
        hint: `commit the ${what} at ${path}, relative to the workspace, or fix the path`,
      })
    }
    return text
  }
}

function refusal(
  rule: Finding['rule'],
  plan: CustodyPlan,
  digest: string,
  required: string,
  search: Search,
  hint: string,
): Omit<Finding, 'level' | 'environment'> {
  const of = digest === plan.digest ? plan.text : `${plan.text} (its platform manifest ${digest})`
  const checked = search.checks.map((check) => `${check.where}: ${check.signer ?? 'signer unknown'}: ${check.problem ?? 'valid'}`)
  const notes = search.unreadable.length === 0 ? '' : ` (${search.unreadable.join('; ')})`
  const found = checked.length === 0 ? `found nothing${notes}` : `found ${checked.length}: ${checked.join('; ')}${notes}`
  return {
    rule,
    message: `${of} is not proven for ${plan.environment.name}: it requires ${required}; looked in ${search.looked.join('; ') || 'nowhere'}; ${found}`,
    hint,
    subject: plan.text,
    ...(plan.location ? { location: plan.location } : {}),
  }
}

function describeSigners(signers: SignerPolicy): string {
  return [...signers.keys.map((key) => `key ${key.path}`), ...signers.identities.map((i) => `subject ${i.subject.source} issued by ${i.issuer.source}`)].join(
    ' or ',
  )
}

function signHint(plan: CustodyPlan, digest: string, rules: SignerPolicy): string {
  const where = `${repositoryName(plan.lookIn[0] ?? plan.target)}@${digest}`
  return rules.keys.length > 0
    ? `sign it with the key: cosign sign --key <private key of ${rules.keys[0]!.path}> ${where}, then run again`
    : `sign it keyless in the workflow the policy names (cosign sign ${where} with permissions: id-token: write), then run again`
}

function provenanceHint(repo: string): string {
  return `attest the build in ${repo}'s workflow with actions/attest-build-provenance (push-to-registry: true to attach it to the image), then run again`
}

function proofHint(from: string): string {
  return `promote the digest to ${from} first, with a shiptag step that writes records (record: true) and is signed by one of promote.signers`
}
