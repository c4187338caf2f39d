import { InputError, type InputLocation } from '../errors.js'
import { findEvidence, PROMOTION_PREDICATE_TYPE, readPromotionPredicate, type PromotionPredicate, type ReferrersApi } from '../custody/index.js'
import type { EnvironmentPolicy, Policy, SignerPolicy } from '../policy/index.js'
import type { RepositoryClient } from '../registry/index.js'
// The constant alone: sigstore-js (about 300 KB of bundle) loads only when a signature is verified (issue 18).
import { COSIGN_SIGN_PREDICATE_TYPE } from '../sigstore/statement.js'
import type { Evidence, SignerRules, TrustSource } from '../sigstore/index.js'
import type { Slot } from './image-facts.js'
import { timeValue } from './label-values.js'

/** A PEM public key or a trusted root is a few kilobytes, as the custody gate bounds them. */
const MAX_KEY_BYTES = 64 * 1024
const MAX_TRUSTED_ROOT_BYTES = 1024 * 1024

/**
 * How the board verifies signatures: the policy's keys and trusted root, read by the caller (the
 * command reads them from the workspace; status/ does no file I/O), and the clock.
 */
export interface SignatureVerification {
  /** A workspace file the policy names (a public key, a trusted_root.json), within `limit` bytes; undefined when it does not exist. */
  readFile(path: string, limit: number): Promise<string | undefined>
  readonly cacheDir: string
  readonly now: Date
}

/** What the reader needs of an environment: records are into `name`, `signatures` says what verifies. A given repository is a target with neither. */
export type CustodyTarget = Pick<EnvironmentPolicy, 'name' | 'record' | 'signatures'>

export interface CustodyState {
  readonly signature: 'verified' | 'present' | 'absent' | 'unknown'
  readonly record: 'present' | 'absent' | 'not-written'
  /** The record's `promotedAt`. */
  readonly since?: string
  /** Why a signature that is there did not verify, or why nothing could be said. */
  readonly problem?: string
}

/**
 * The signature and promotion-record state of one digest in one environment's repository: one
 * evidence search (cosign's `.sig` tag, then the bundle referrers; docs/signatures.md#where-shiptag-looks),
 * as the custody gate does, through the registry's limiter. A signature is `verified` when the
 * environment has `signatures` rules and one piece verifies against them (sigstore/verifyEvidence,
 * the gate's own check), else `present`. A record is a bundle whose statement is a promotion into
 * this environment; it is read for presence and `promotedAt`, not verified (the next promote verifies it).
 */
export class CustodyReader {
  private readonly referrersApi = new Map<string, ReferrersApi>()
  private readonly signers = new Map<SignerPolicy, Promise<SignerRules>>()
  private trust: Promise<TrustSource> | undefined

  constructor(
    private readonly policy: Policy,
    private readonly verification: SignatureVerification | undefined,
  ) {}

  async read(environment: CustodyTarget, repository: RepositoryClient, digest: string, slot: Slot): Promise<CustodyState> {
    const api = this.apiOf(repository.registry)
    const found = await slot(() => findEvidence(repository, digest, { kinds: ['cosign-tag', 'bundle'], referrersApi: api }))
    const records = recordsInto(found.evidence, environment.name)
    const signatures = found.evidence.filter((item) => item.kind === 'cosign-tag' || statementOf(item.bundle)?.predicateType === COSIGN_SIGN_PREDICATE_TYPE)
    const since = newest(records.map((record) => record.promotedAt))
    const record = records.length > 0 ? 'present' : environment.record ? 'absent' : 'not-written'
    const base = { record, ...(since !== undefined ? { since } : {}) } as const
    if (signatures.length === 0) return { signature: 'absent', ...base }
    if (environment.signatures === undefined || this.verification === undefined) return { signature: 'present', ...base }
    const verification = this.verification
    const signers = await this.signersOf(environment.signatures)
    const problems: string[] = []
    const { verifyEvidence } = await import('../sigstore/index.js')
    for (const item of signatures) {
      const check = await verifyEvidence(item, { kind: 'signature' }, signers, await this.trustFor(signers, item), verification.now)
      if (check.ok) return { signature: 'verified', ...base }
      problems.push(`${check.where}: ${check.signer ?? 'signer unknown'}: ${check.problem ?? 'not valid'}`)
    }
    return { signature: 'present', ...base, problem: `a signature is there but none verifies against the policy's signers (${problems.join('; ')})` }
  }

  /** When the newest promotion record of `digest` into `environment` says it arrived: bundles only, no `.sig` tag. */
  async recordSince(environment: string, repository: RepositoryClient, digest: string, slot: Slot): Promise<string | undefined> {
    const found = await slot(() => findEvidence(repository, digest, { kinds: ['bundle'], referrersApi: this.apiOf(repository.registry) }))
    return newest(recordsInto(found.evidence, environment).map((record) => record.promotedAt))
  }

  private apiOf(registry: string): ReferrersApi {
    let api = this.referrersApi.get(registry)
    if (api === undefined) this.referrersApi.set(registry, (api = {}))
    return api
  }

  private signersOf(policy: SignerPolicy): Promise<SignerRules> {
    let rules = this.signers.get(policy)
    if (rules === undefined) {
      rules = (async () => ({
        keys: await Promise.all(policy.keys.map(async (key) => ({ name: key.path, pem: await this.file(key.path, key.where, MAX_KEY_BYTES, 'public key') }))),
        identities: policy.identities.map((identity) => ({
          subject: identity.subject,
          issuer: identity.issuer,
          text: `subject ${identity.subject.source} issued by ${identity.issuer.source}`,
        })),
      }))()
      this.signers.set(policy, rules)
    }
    return rules
  }

  /** Key-signed `.sig` signatures need no trusted root; keyless ones load it once, as the custody gate does. */
  private async trustFor(signers: SignerRules, evidence: Evidence): Promise<TrustSource | undefined> {
    if (signers.identities.length === 0 && evidence.kind === 'cosign-tag' && !('dev.sigstore.cosign/certificate' in evidence.annotations)) return undefined
    this.trust ??= (async () => {
      const root = this.policy.sigstore.trustedRoot
      const cacheDir = this.verification!.cacheDir
      const { githubTrust, publicGoodTrust, trustedRootFromFile } = await import('../sigstore/index.js')
      if (root.kind !== 'file') return root.kind === 'github' ? githubTrust({ cacheDir }) : publicGoodTrust({ cacheDir })
      return trustedRootFromFile(await this.file(root.path, root.where, MAX_TRUSTED_ROOT_BYTES, 'trusted root'), root.path)
    })()
    return this.trust
  }

  /** A key or root the policy names is not there: an InputError, which the board shows as signature `unknown` and a problem. */
  private async file(path: string, where: InputLocation, limit: number, what: string): Promise<string> {
    const text = await this.verification!.readFile(path, limit)
    if (text === undefined) {
      throw new InputError(where, `the ${what} ${path} named by the policy does not exist in the workspace`, {
        hint: `commit the ${what} at ${path}, or fix the path`,
      })
    }
    return text
  }
}

/** The promotion records into `environment` among the evidence, read (not verified) field by field. */
function recordsInto(evidence: readonly Evidence[], environment: string): PromotionPredicate[] {
  return evidence.flatMap((item) => {
    const statement = item.kind === 'bundle' ? statementOf(item.bundle) : undefined
    if (statement?.predicateType !== PROMOTION_PREDICATE_TYPE) return []
    const read = readPromotionPredicate(statement.predicate)
    // promotedAt is shown and sorted: only an RFC 3339 time is taken from a record anyone could attach.
    return 'predicate' in read && read.predicate.to === environment && timeValue(read.predicate.promotedAt) !== undefined ? [read.predicate] : []
  })
}

/** The latest of RFC 3339 times, by the instant they name (`+02:00` and `Z` spellings compare right). */
function newest(times: readonly string[]): string | undefined {
  return [...times].sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1)
}

/** The in-toto statement of a DSSE bundle, when it is one; anything else is not a statement of ours. */
function statementOf(bundle: Uint8Array): { predicateType?: unknown; predicate?: unknown } | undefined {
  try {
    const json = JSON.parse(Buffer.from(bundle).toString('utf8')) as { dsseEnvelope?: { payload?: unknown } }
    const payload = json.dsseEnvelope?.payload
    if (typeof payload !== 'string') return undefined
    return JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { predicateType?: unknown; predicate?: unknown }
  } catch {
    return undefined
  }
}
