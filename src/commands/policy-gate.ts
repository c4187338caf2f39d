import { relative, resolve } from 'node:path'
import { InputError, describeLocation } from '../errors.js'
import { builtInPolicy } from '../policy/defaults.js'
import { PolicyViolationError } from '../policy/errors.js'
import { PolicyEvaluator } from '../policy/evaluate.js'
import { loadRegexSupport } from '../policy/patterns.js'
import type { EnvironmentPolicy, Finding, Policy } from '../policy/index.js'
import { parseRepository, repositoryName, type Repository } from '../ref/index.js'
import type { RegistryClient } from '../registry/index.js'
import { didYouMean } from '../suggest.js'
import { describeOrigin, originHint, type TagOrigin } from '../tags/index.js'
import { readWorkspaceText } from '../workspace/index.js'
import type { CustodyContext, CustodyPlan, CustodyProof } from './custody-gate.js'

/**
 * A policy file is a few kilobytes; 1 MiB is the YAML loader's own limit (src/yaml), written out
 * here because importing it would load the YAML parser into every command that only needs the gate.
 */
export const MAX_POLICY_BYTES = 1024 * 1024

/** The policy file read when the `policy` input is empty and the file exists (docs/policy.md#the-policy-file). */
export const DEFAULT_POLICY_PATH = '.github/image-policy.yml'

/**
 * Reads the policy: the `policy` input's file (which must exist), else `.github/image-policy.yml`
 * when present, else the built-in defaults. Paths in messages are relative to `cwd`, the workspace,
 * so annotations land on the file in the pull request.
 */
export async function readPolicy(input: string, cwd: string): Promise<Policy> {
  const path = policyPath(input)
  // A policy file inside the workspace is read only when it is one: a link out of it is refused.
  const text = await readWorkspaceText(cwd, 'policy', path, MAX_POLICY_BYTES)
  if (text === undefined) {
    if (input.trim() === '') return builtInPolicy()
    throw new InputError({ input: 'policy' }, `cannot read the policy file ${input}: ENOENT`, {
      hint: `check the path (relative to the workspace); leave policy empty to use ${DEFAULT_POLICY_PATH} when it exists`,
    })
  }
  return loadPolicyText(text, policyFileName(path, cwd))
}

/** The `policy` input's file, or the default one. */
export function policyPath(input: string): string {
  return input.trim() === '' ? DEFAULT_POLICY_PATH : input
}

/** The file as messages and annotations name it: relative to the workspace when it is inside. */
export function policyFileName(path: string, cwd: string): string {
  const shown = relative(cwd, resolve(cwd, path))
  return shown.startsWith('..') ? resolve(cwd, path) : shown
}

/**
 * The YAML parser and the schema validator load only when there is a policy file to read, the regex
 * engine only when the file may hold a `re:` pattern.
 */
export async function loadPolicyText(text: string, file: string): Promise<Policy> {
  const { loadPolicy } = await import('../policy/load.js')
  if (text.includes('re:')) await loadRegexSupport()
  return loadPolicy(text, file)
}

/**
 * Applies the policy to what a command is about to write, before it writes: the rules on tags and
 * repositories before the first request, the rules that need the registry (`tag.immutable`,
 * `promotion.order`) once the current tags are read. An `error` finding refuses everything; `warn`
 * findings are collected for the report.
 */
export class PolicyGate {
  readonly evaluator: PolicyEvaluator
  readonly warnings: Finding[] = []
  readonly findings: Finding[] = []
  /** What the custody rules verified before the writes: each signature, attestation and record that passed. */
  readonly proofs: CustodyProof[] = []

  constructor(
    readonly policy: Policy,
    today: string,
    private readonly environmentName: string,
    /** Where the custody rules read keys, the trusted root and the GitHub API; without it they cannot run. */
    private readonly custody?: Omit<CustodyContext, 'client'>,
  ) {
    this.evaluator = new PolicyEvaluator(policy, today)
    if (environmentName !== '' && !policy.environments.has(environmentName)) {
      const known = [...policy.environments.keys()]
      throw new InputError({ input: 'environment' }, `"${environmentName}" is not an environment of ${policy.file ?? 'the policy (there is no policy file)'}`, {
        hint:
          known.length > 0 ? `${didYouMean(environmentName, known)}use one of: ${known.join(', ')}` : `define it under environments: in ${DEFAULT_POLICY_PATH}`,
      })
    }
  }

  /** The environment the `environment` input names, if any. */
  targetEnvironment(): EnvironmentPolicy | undefined {
    return this.environmentName === '' ? undefined : this.policy.environments.get(this.environmentName)
  }

  environmentFor(target: Repository): EnvironmentPolicy {
    return this.evaluator.environmentFor(target, this.environmentName)
  }

  /**
   * Tag and repository rules for every target and tag (no target: the tag rules alone); throws when
   * any is an error. `origins` says where computed tags came from, so a refusal of one names its
   * rule, line and flavor setting, and the setting that changes it (issue 13).
   */
  checkTags(targets: readonly Repository[], tags: readonly string[], origins: readonly TagOrigin[] = []): void {
    const findings = [...this.evaluator.expiredExceptions()]
    const originOf = new Map(origins.map((origin) => [origin.tag, origin]))
    const tagRules = (environment: EnvironmentPolicy, subject: { repository: Repository | undefined; tag: string; text: string }) =>
      withOrigin(this.evaluator.tagRules(environment, subject), originOf.get(subject.tag))
    if (targets.length === 0) {
      const environment = this.evaluator.environmentFor(undefined, this.environmentName)
      for (const tag of tags) findings.push(...tagRules(environment, { repository: undefined, tag, text: tag }))
    }
    for (const target of targets) {
      const name = repositoryName(target)
      const environment = this.environmentFor(target)
      if (tags.length === 0) findings.push(...this.evaluator.tagRules(environment, { repository: target, text: name }))
      for (const tag of tags) findings.push(...tagRules(environment, { repository: target, tag, text: `${name}:${tag}` }))
    }
    this.settle(findings)
  }

  /** `tag.immutable` over the tags as they are now: a tag at another digest that may never move. */
  checkMoves(
    plans: readonly {
      readonly target: Repository
      readonly digest: string
      readonly tags: readonly { readonly tag: string; readonly current: string | undefined }[]
    }[],
  ): void {
    const findings = plans.flatMap((plan) => {
      const name = repositoryName(plan.target)
      return plan.tags
        .filter((tag) => tag.current !== undefined && tag.current !== plan.digest)
        .flatMap((tag) =>
          this.evaluator.immutableMove(this.environmentFor(plan.target), {
            repository: plan.target,
            tag: tag.tag,
            text: `${name}:${tag.tag}`,
            previous: tag.current!,
            next: plan.digest,
          }),
        )
    })
    this.settle(findings)
  }

  /**
   * `promotion.order`: a target environment with `promote.from` only takes a digest the `from`
   * environment holds: its marker tag points at the digest when it has one, else one of its
   * repositories has the digest.
   */
  async checkPromotionOrder(client: RegistryClient, plans: readonly { readonly target: Repository; readonly digest: string }[]): Promise<void> {
    const findings: Finding[] = []
    for (const plan of plans) {
      const environment = this.environmentFor(plan.target)
      if (environment.promoteFrom === undefined) continue
      const from = this.policy.environments.get(environment.promoteFrom)!
      const { held, how } = await holds(client, from, plan.digest)
      findings.push(
        ...this.evaluator.promotionOrder(
          environment,
          { repository: plan.target, digest: plan.digest, text: `${repositoryName(plan.target)}@${plan.digest}` },
          held,
          how,
        ),
      )
    }
    this.settle(findings)
  }

  /**
   * `signature.required`, `attestation.required` and `promotion.proof` (docs/signatures.md#the-policy) for
   * every digest about to be written. The verifier (sigstore-js) loads only when an environment of
   * the plans has such a rule.
   */
  async checkCustody(client: RegistryClient, plans: readonly Omit<CustodyPlan, 'environment'>[]): Promise<void> {
    this.settle(
      await this.custodyFindings(
        client,
        plans.map((plan) => ({ ...plan, environment: this.environmentFor(plan.target) })),
      ),
    )
  }

  /** The custody findings alone, for `check`, which reports rather than refuses. */
  async custodyFindings(client: RegistryClient, plans: readonly CustodyPlan[]): Promise<Finding[]> {
    const planned = plans.filter((plan) => needsCustody(plan.environment))
    if (planned.length === 0) return []
    if (this.custody === undefined) throw new Error('the policy gate was made without custody settings, so it cannot verify signatures')
    const { custodyFindings } = await import('./custody-gate.js')
    const { findings, proofs } = await custodyFindings(this.policy, this.evaluator, planned, { ...this.custody, client })
    this.proofs.push(...proofs)
    return findings
  }

  private settle(findings: readonly Finding[]): void {
    this.findings.push(...findings)
    this.warnings.push(...findings.filter((finding) => finding.level === 'warn'))
    if (findings.some((finding) => finding.level === 'error')) throw new PolicyViolationError(findings)
  }
}

/** A finding on a computed tag, with where the tag came from and the setting that changes it. */
export function withOrigin(findings: readonly Finding[], origin: TagOrigin | undefined): Finding[] {
  if (origin === undefined) return [...findings]
  return findings.map((finding) =>
    finding.rule.startsWith('tag.')
      ? { ...finding, message: `${finding.message}; ${describeOrigin(origin)}`, hint: `${originHint(origin)}; or ${finding.hint}` }
      : finding,
  )
}

export async function holds(client: RegistryClient, from: EnvironmentPolicy, digest: string): Promise<{ held: boolean; how: string }> {
  if (from.repositories.length === 0) return { held: false, how: `environment ${from.name} names no repository` }
  for (const repository of from.repositories) {
    const name = repositoryName(repository)
    const repo = client.repository(repository)
    if (from.tag !== undefined) {
      const current = await repo.headManifest(from.tag)
      if (current?.digest === digest) return { held: true, how: `${name}:${from.tag}` }
    } else if ((await repo.headManifest(digest)) !== undefined) {
      return { held: true, how: `${name}@${digest}` }
    }
  }
  return {
    held: false,
    how:
      from.tag !== undefined
        ? `${from.repositories.map((r) => `${repositoryName(r)}:${from.tag}`).join(', ')} points elsewhere`
        : `not in ${from.repositories.map(repositoryName).join(', ')}`,
  }
}

/** Whether an environment has a rule the custody gate checks (kept here so deciding loads nothing). */
export function needsCustody(environment: EnvironmentPolicy): boolean {
  return environment.signatures !== undefined || environment.provenance !== undefined || environment.promoteProof?.kind === 'attestation'
}

/** `YYYY-MM-DD` of `now` in UTC: exceptions apply through their expiry day. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10)
}

/** A finding as one line of a log or warning: `[rule] file:line:column: message`, the place JSON, SARIF and annotations give. */
export function findingText(finding: Finding): string {
  const location = finding.location
  const where =
    location?.file !== undefined
      ? `${describeLocation({ file: location.file, ...(location.line !== undefined ? { line: location.line } : {}), ...(location.column !== undefined ? { column: location.column } : {}) })}: `
      : ''
  return `[${finding.rule}] ${where}${finding.message}`
}

/** `verified [signature.required] host/prod/app@sha256:…: key .github/cosign.pub (host/dev/app:sha256-….sig)`: one proof, one line. */
export function proofLine(proof: CustodyProof): string {
  return `verified [${proof.rule}] ${proof.subject}: ${proof.signer} (${proof.where})`
}

/** The tags command's check: the computed tags against the environment of each image (or the one named). */
export function checkComputedTags(gate: PolicyGate, images: readonly string[], tags: readonly string[], origins: readonly TagOrigin[]): void {
  const targets = images.flatMap((image) => {
    try {
      const { registry, repository } = parseRepository(image)
      return [{ registry, repository }]
    } catch {
      return [] // the tags command accepts any image name; only a parseable one has an environment
    }
  })
  gate.checkTags(targets, tags, origins)
}
