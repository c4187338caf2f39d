import { repositoryName, type Repository } from '../ref/index.js'
import type { PolicyGate } from '../commands/policy-gate.js'
import type { Finding } from '../policy/index.js'
import { PolicyViolationError } from '../policy/errors.js'
import type { Metadata } from '../tags/index.js'
import { WriteJournal } from './write-journal.js'

/** Tags a command set out to write to one repository, once the policy approved the plan. */
export interface PlannedTarget {
  readonly repository: string
  readonly digest: string
  readonly tags: readonly string[]
}

/** A plan as push and promote hand it to `beforeWrite`: the target, the digest, each tag as it is now. */
export interface ApprovedPlan {
  readonly target: Repository
  readonly digest: string
  readonly tags: readonly { readonly tag: string; readonly current: string | undefined }[]
}

/**
 * What a step knew and did so far, filled in as it goes. When the step fails, main.ts writes the job
 * summary and the `findings` output from it: the command, what was computed, what reached the
 * registries (`writes`), what was planned but not written, and the policy findings evaluated.
 */
export class StepRecord {
  dryRun = false
  /** The tags computed, once they are. */
  metadata: Metadata | undefined
  /** The policy gate, once the policy file is read: its findings so far. */
  gate: PolicyGate | undefined
  /** Every finding, when the step assembles them itself (check adds the pull request's). */
  findings: readonly Finding[] | undefined
  /** What push / promote set out to write, once computed: each target repository and its tags. */
  readonly intended: { readonly repository: string; readonly tags: readonly string[] }[] = []
  /** The approved plan of push / promote, from the moment the first write may happen. */
  planned: PlannedTarget[] = []
  readonly writes = new WriteJournal()

  constructor(readonly command: string) {}

  /** The findings the step evaluated, a refusal's included; [] when the policy was never applied. */
  findingsWith(error?: unknown): readonly Finding[] {
    if (this.findings !== undefined) return this.findings
    const evaluated = this.gate?.findings ?? []
    if (error instanceof PolicyViolationError) {
      const missing = error.findings.filter((finding) => !evaluated.includes(finding))
      return [...evaluated, ...missing]
    }
    return evaluated
  }

  /** Records the targets and tags a push or promote set out to write. */
  intend(targets: readonly Repository[], tags: readonly string[]): void {
    for (const target of targets) this.intended.push({ repository: repositoryName(target), tags })
  }

  /** Records an approved plan: each target's tags that do not point at the digest yet, in write order. */
  plan(plans: readonly ApprovedPlan[]): void {
    for (const plan of plans) {
      const tags = plan.tags.filter((tag) => tag.current !== plan.digest).map((tag) => tag.tag)
      this.planned.push({ repository: repositoryName(plan.target), digest: plan.digest, tags })
    }
  }
}
