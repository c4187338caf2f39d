/**
 * The predicate of a promotion record (predicateType https://shiptag.dev/promotion/v1), each field
 * documented in docs/signatures.md#promotion-records, and its reader for records found in a registry:
 * anyone can attach a statement, so every field is checked before any is believed.
 */
export interface PromotionPredicate {
  /** The environment the digest came from; null for the first environment (a push or a promote without `from`). */
  readonly from: string | null
  /** The environment it was promoted into. */
  readonly to: string
  /** The target repository, `registry/path`. */
  readonly repository: string
  /** The tags the promote wrote (or found in place) at the target. */
  readonly tags: readonly string[]
  /** The policy file that allowed the promotion, and the sha256 of its bytes. */
  readonly policy: { readonly file: string; readonly digest: string }
  /** The workflow run that promoted; null fields outside GitHub Actions. */
  readonly run: {
    readonly url: string | null
    readonly repository: string | null
    readonly workflow: string | null
    readonly actor: string | null
    readonly sha: string | null
  }
  /** When, RFC 3339 UTC. */
  readonly promotedAt: string
}

/** A value is quoted up to this many characters in a message: a forged record may hold anything. */
const MAX_QUOTED = 80
/** Tags listed in a record, at most: more than a promote ever writes (the tags input is bounded far below). */
const MAX_TAGS = 1000

export function readPromotionPredicate(value: unknown): { readonly predicate: PromotionPredicate } | { readonly problem: string } {
  if (!isObject(value)) return { problem: `it is ${describe(value)}, not an object` }
  const problems: string[] = []
  const text = (field: string, of: Record<string, unknown>, nullable: boolean, path = field): string | null => {
    const found = of[field]
    if (typeof found === 'string' && found !== '') return found
    if (nullable && found === null) return null
    problems.push(`"${path}" is ${describe(found)}, not ${nullable ? 'a string or null' : 'a non-empty string'}`)
    return ''
  }
  const from = text('from', value, true)
  const to = text('to', value, false) ?? ''
  const repository = text('repository', value, false) ?? ''
  const tags = value.tags
  if (!Array.isArray(tags) || tags.length > MAX_TAGS || !tags.every((tag) => typeof tag === 'string')) {
    problems.push(`"tags" is ${describe(tags)}, not a list of at most ${MAX_TAGS} strings`)
  }
  const policy = isObject(value.policy) ? value.policy : undefined
  if (policy === undefined) problems.push(`"policy" is ${describe(value.policy)}, not an object`)
  const policyFile = policy === undefined ? '' : (text('file', policy, false, 'policy.file') ?? '')
  const policyDigest = policy === undefined ? '' : (text('digest', policy, false, 'policy.digest') ?? '')
  const run = isObject(value.run) ? value.run : undefined
  if (run === undefined) problems.push(`"run" is ${describe(value.run)}, not an object`)
  const runField = (field: string) => (run === undefined ? null : text(field, run, true, `run.${field}`))
  const runFacts = { url: runField('url'), repository: runField('repository'), workflow: runField('workflow'), actor: runField('actor'), sha: runField('sha') }
  const promotedAt = text('promotedAt', value, false) ?? ''
  if (promotedAt !== '' && Number.isNaN(Date.parse(promotedAt))) problems.push(`"promotedAt" is ${describe(promotedAt)}, not a time`)
  if (problems.length > 0) return { problem: problems.join('; ') }
  return {
    predicate: { from, to, repository, tags: tags as string[], policy: { file: policyFile, digest: policyDigest }, run: runFacts, promotedAt },
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `missing`, `null`, `42`, `"prod"`, `a list`, `an object`: what a field holds, short. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return clip(JSON.stringify(value))
}

/** `text` cut to MAX_QUOTED characters. */
export function clip(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text
}
