/**
 * Turns a produced value into a valid Docker tag (`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$`).
 * metadata-action only replaces invalid characters; we also fix the two things it lets through,
 * which registries then reject: a leading `-`/`.` (a PR with `{{branch}}-preview` gives `-preview`)
 * and tags over 128 characters (long branch names).
 */
import { createHash } from 'node:crypto'
import { MAX_TAG_LENGTH, TAG_INVALID_CHARACTERS } from '../ref/index.js'

/** Kept characters when shortening; `-` and 7 hash characters follow. */
const KEPT_LENGTH = 120

export interface ValidTag {
  /** '' when nothing valid is left. */
  readonly tag: string
  readonly truncated: boolean
}

/** metadata-action's sanitiser: each run of characters outside `[a-zA-Z0-9._-]` becomes one `-`. */
export function sanitizeTag(value: string): string {
  return value.replace(TAG_INVALID_CHARACTERS, '-')
}

/**
 * Sanitises, strips a leading `-`/`.`, and shortens an over-long tag to 120 characters plus `-` and
 * the first 7 hex digits of the SHA-256 of the full tag, so distinct long branches stay distinct.
 */
export function toValidTag(value: string): ValidTag {
  const tag = sanitizeTag(value).replace(/^[-.]+/, '')
  if (tag.length <= MAX_TAG_LENGTH) return { tag, truncated: false }
  const digest = createHash('sha256').update(tag).digest('hex').slice(0, 7)
  return { tag: `${tag.slice(0, KEPT_LENGTH)}-${digest}`, truncated: true }
}
