import type { OciErrorEntry } from './errors.js'

/** What a refused manifest PUT to a tag looked like. */
export interface TagPutRefusal {
  readonly status: number
  readonly errors: readonly OciErrorEntry[]
  /** The body when it was not OCI JSON. */
  readonly text?: string
}

/** Codes registries use for a tag that may not move: ECR `TAG_INVALID`, Docker Hub/GitLab `DENIED`, Harbor `PRECONDITION`. */
const IMMUTABILITY_CODES: ReadonlySet<string> = new Set(['TAG_INVALID', 'DENIED', 'PRECONDITION'])

/** Statuses that say something else than "this tag is frozen": auth, absent repository, size, rate limit. */
const OTHER_MEANING: ReadonlySet<number> = new Set([401, 404, 413, 429])

function mentionsImmutable(refusal: TagPutRefusal): boolean {
  const said = [refusal.text ?? '', ...refusal.errors.map((e) => `${e.message} ${typeof e.detail === 'string' ? e.detail : JSON.stringify(e.detail ?? '')}`)]
  return said.some((text) => /immutable/i.test(text))
}

/** Worth a HEAD of the tag to tell (docs/registry-protocol.md#tag-immutability): a 4xx of a kind immutability takes on some registry. */
export function mayBeImmutability(refusal: TagPutRefusal): boolean {
  if (refusal.status < 400 || refusal.status > 499 || OTHER_MEANING.has(refusal.status)) return false
  return mentionsImmutable(refusal) || refusal.status === 412 || refusal.status === 403 || refusal.errors.some((e) => IMMUTABILITY_CODES.has(e.code))
}

/**
 * The rule of docs/registry-protocol.md#tag-immutability: a 4xx on a PUT to a tag that already exists, with code TAG_INVALID/DENIED (or
 * Harbor's PRECONDITION), or status 412/403, or a message saying "immutable", means the tag is
 * immutable. ECR: 400 TAG_INVALID "… cannot be overwritten because the repository is immutable"
 * (even for the same digest); Harbor: 412 "… configured as immutable"; Docker Hub: 403; Artifact
 * Registry and GitLab: a 4xx whose message is all there is. Without the tag existing, TAG_INVALID and
 * DENIED mean what they say (a bad tag, no permission), unless the message says "immutable".
 */
export function isImmutabilityRefusal(refusal: TagPutRefusal, tagExists: boolean): boolean {
  if (!mayBeImmutability(refusal)) return false
  return mentionsImmutable(refusal) || tagExists
}
