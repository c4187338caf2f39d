import type { InputLocation } from '../errors.js'
import { isSameRepository, repositoryKey, repositoryName, type Repository } from '../ref/index.js'
import { matchesAny } from './patterns.js'
import type { EnvironmentPolicy, Finding, FindingLevel, Policy, RuleId } from './types.js'

/** What a rule is about: the repository, its tag, where it was written. */
export interface Subject {
  /** Undefined when only tag names are known (the tags command without images): image rules are skipped. */
  readonly repository: Repository | undefined
  readonly tag?: string
  readonly digest?: string
  /** The reference as the user wrote it, for messages. */
  readonly text: string
  readonly location?: Finding['location']
}

type Draft = Omit<Finding, 'level' | 'environment'>

/**
 * The policy's findings about one subject in one environment, after levels (`off` drops a rule) and
 * exceptions (a live exception drops the findings it covers). Pure: `today` is `YYYY-MM-DD`.
 */
export class PolicyEvaluator {
  constructor(
    readonly policy: Policy,
    private readonly today: string,
  ) {}

  /** The environment named, else the one whose repositories include `repository`, else the defaults. */
  environmentFor(repository: Repository | undefined, named?: string): EnvironmentPolicy {
    if (named !== undefined && named !== '') return this.policy.environments.get(named) ?? this.policy.defaults
    for (const environment of this.policy.environments.values()) {
      if (repository !== undefined && environment.repositories.some((listed) => isSameRepository(listed, repository))) return environment
    }
    return this.policy.defaults
  }

  /** Rules on what a tag and repository may be (no registry needed): checked before any request. */
  tagRules(environment: EnvironmentPolicy, subject: Subject): Finding[] {
    const drafts: Draft[] = [...this.imageRules(environment, subject)]
    const { tag } = subject
    if (tag !== undefined) {
      const forbidden = matchesAny(environment.tags.forbid, tag)
      if (forbidden) {
        drafts.push({
          rule: 'tag.forbidden',
          message: `tag "${tag}" is forbidden in ${label(environment)} (pattern "${forbidden.source}")`,
          hint: forbiddenHint(environment, tag),
          subject: subject.text,
          ...at(subject),
        })
      } else if (environment.tags.allow.length > 0 && !matchesAny(environment.tags.allow, tag)) {
        drafts.push({
          rule: 'tag.pattern',
          message: `tag "${tag}" matches none of the tags ${label(environment)} allows (${environment.tags.allow.map((p) => `"${p.source}"`).join(', ')})`,
          hint: `use a tag that matches one of them, e.g. a version such as 1.2.3 when "semver:*" is allowed`,
          subject: subject.text,
          ...at(subject),
        })
      }
    }
    return this.settle(environment, drafts, subject)
  }

  /** Rules on a reference written in a deployment file. */
  referenceRules(environment: EnvironmentPolicy, subject: Subject): Finding[] {
    const drafts: Draft[] = []
    if (subject.tag === undefined && subject.digest === undefined && environment.tags.requireExplicit) {
      drafts.push({
        rule: 'tag.missing',
        message: `"${subject.text}" names no tag, so it means whatever "latest" is when it is pulled`,
        hint: `pin it: ${subject.text}:<version> or ${subject.text}@sha256:<digest>`,
        subject: subject.text,
        ...at(subject),
      })
    }
    if (subject.digest === undefined && environment.digest === 'required') {
      drafts.push({
        rule: 'digest.required',
        message: `"${subject.text}" is not pinned by digest, which ${label(environment)} requires`,
        hint: 'append @sha256:<digest> (the refs output of push and promote gives it)',
        subject: subject.text,
        ...at(subject),
      })
    }
    // With a digest, the tag is decoration: a registry resolves the digest (normalize.go ParseDockerRef).
    const tagged = subject.digest === undefined ? subject : { ...subject, tag: undefined }
    return [...this.settle(environment, drafts, subject), ...this.tagRules(environment, tagged)]
  }

  /** `tag.immutable`: a tag that points at another digest and may never move. */
  immutableMove(environment: EnvironmentPolicy, subject: Subject & { readonly tag: string; readonly previous: string; readonly next: string }): Finding[] {
    const rule = matchesAny(environment.tags.immutable, subject.tag)
    if (!rule || matchesAny(environment.tags.mutable, subject.tag)) return []
    return this.settle(
      environment,
      [
        {
          rule: 'tag.immutable',
          message: `${nameOf(subject)}:${subject.tag} is immutable in ${label(environment)} (pattern "${rule.source}") and points at ${subject.previous}; it would move to ${subject.next}`,
          hint: `publish a new tag instead (e.g. the next version); ${subject.tag} stays at ${subject.previous.slice(0, 19)}…`,
          subject: `${nameOf(subject)}:${subject.tag}`,
          ...at(subject),
        },
      ],
      subject,
    )
  }

  /** `promotion.order`: the digest must already be held by the environment it is promoted from. */
  promotionOrder(environment: EnvironmentPolicy, subject: Subject & { readonly digest: string }, heldByFrom: boolean, how: string): Finding[] {
    if (environment.promoteFrom === undefined || heldByFrom) return []
    return this.settle(
      environment,
      [
        {
          rule: 'promotion.order',
          message: `${subject.digest} is not in ${environment.promoteFrom} (${how}), and ${label(environment)} only takes what ${environment.promoteFrom} holds`,
          hint: `promote it to ${environment.promoteFrom} first, or promote the digest ${environment.promoteFrom} runs`,
          subject: subject.text,
          ...at(subject),
        },
      ],
      subject,
    )
  }

  /** Findings any rule can produce directly (`ref.invalid`, `ref.unresolved`), with levels and exceptions applied. */
  finding(environment: EnvironmentPolicy, draft: Draft, subject?: Subject): Finding[] {
    return this.settle(environment, [draft], subject)
  }

  /** `exception.expired`: every exception past its date, at its place in the policy file. */
  expiredExceptions(): Finding[] {
    return this.policy.exceptions
      .filter((exception) => exception.expires !== undefined && exception.expires < this.today)
      .map((exception) => ({
        rule: 'exception.expired' as const,
        level: levelOf(this.policy.defaults, 'exception.expired') ?? 'error',
        message: `the exception ${exception.id} (${exception.reason}) expired on ${exception.expires}`,
        hint: 'fix what it excused and remove it, or renew it with a new expires date and a reason',
        location: exception.where,
      }))
  }

  private imageRules(environment: EnvironmentPolicy, subject: Subject): Draft[] {
    const drafts: Draft[] = []
    if (subject.repository === undefined) return drafts
    // Patterns match the key, so a host spelt in capitals falls under the same rules.
    const repository = repositoryKey(subject.repository)
    const denied = matchesAny(environment.images.deny, repository)
    if (denied) {
      drafts.push({
        rule: 'image.denied',
        message: `${repositoryName(subject.repository)} is denied in ${label(environment)} (pattern "${denied.source}")`,
        hint: 'use an image from an allowed repository',
        subject: subject.text,
        ...at(subject),
      })
    } else if (environment.images.allow.length > 0 && !matchesAny(environment.images.allow, repository)) {
      drafts.push({
        rule: 'image.allowed',
        message: `${repositoryName(subject.repository)} is not among the images ${label(environment)} allows (${environment.images.allow.map((p) => `"${p.source}"`).join(', ')})`,
        hint: 'use an image from an allowed repository, or add an exception with a reason and an expiry date',
        subject: subject.text,
        ...at(subject),
      })
    }
    return drafts
  }

  private settle(environment: EnvironmentPolicy, drafts: readonly Draft[], subject: Subject | undefined): Finding[] {
    return drafts.flatMap((draft) => {
      const level = levelOf(environment, draft.rule)
      if (level === undefined || this.excepted(environment, draft.rule, subject)) return []
      return [{ ...draft, level, ...(environment.name !== 'defaults' ? { environment: environment.name } : {}) }]
    })
  }

  private excepted(environment: EnvironmentPolicy, rule: RuleId, subject: Subject | undefined): boolean {
    return this.policy.exceptions.some(
      (exception) =>
        exception.rules.includes(rule) &&
        (exception.expires === undefined || exception.expires >= this.today) &&
        (exception.environments.length === 0 || exception.environments.includes(environment.name)) &&
        (exception.images.length === 0 ||
          (subject?.repository !== undefined && matchesAny(exception.images, repositoryKey(subject.repository)) !== undefined)) &&
        (exception.tags.length === 0 || (subject?.tag !== undefined && matchesAny(exception.tags, subject.tag) !== undefined)),
    )
  }
}

function levelOf(environment: EnvironmentPolicy, rule: RuleId): FindingLevel | undefined {
  const level = environment.levels[rule] ?? environment.enforcement
  return level === 'off' ? undefined : level
}

function label(environment: EnvironmentPolicy): string {
  return environment.name === 'defaults' ? 'the policy' : `environment ${environment.name}`
}

function forbiddenHint(environment: EnvironmentPolicy, tag: string): string {
  const floating = tag === 'latest' || tag === 'main' || tag === 'master'
  return `${floating ? 'a floating tag moves under whoever deploys it; ' : ''}use a version or another allowed tag${environment.tags.allow.length > 0 ? ` (${environment.tags.allow.map((p) => p.source).join(', ')})` : ''}`
}

/** The subject's repository as written; `immutableMove` subjects always have one. */
function nameOf(subject: Subject): string {
  return subject.repository === undefined ? '' : repositoryName(subject.repository)
}

function at(subject: Subject): { location?: InputLocation & { endColumn?: number } } {
  return subject.location ? { location: subject.location } : {}
}
