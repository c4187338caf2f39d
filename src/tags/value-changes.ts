/**
 * Every value the tag engine changes (a tag sanitised, shortened or dropped; an image name
 * lower-cased) is recorded with its input, line, the value given and the value used. The tags
 * command keeps metadata-action's rewriting and warns; push and promote refuse a change to a value
 * the user wrote literally (issue 13: `1.2.3+build.5` was pushed as the prerelease `1.2.3-build.5`
 * with no warning).
 */
import { describeLocation } from '../errors.js'
import { MAX_TAG_LENGTH, TAG_INVALID_CHARACTERS } from '../ref/index.js'

export interface ValueChange {
  readonly input: 'tags' | 'flavor' | 'images'
  /** 1-based line in the input; undefined for a default rule or a flavor-only tag. */
  readonly line: number | undefined
  /** The default rule that made the value, when the `tags` input is empty (there is no line to name). */
  readonly defaultRule?: string
  readonly given: string
  /** '' when the value was dropped. */
  readonly used: string
  /** Why it changed, and what it now means when that differs. */
  readonly why: string
  /**
   * The user wrote the offending text literally (not a value from git or an expression), so push
   * and promote refuse it rather than write something else than was asked for.
   */
  readonly explicit: boolean
  /** What to write instead. */
  readonly instead: string
}

/** The longest value quoted in a message: one stray line must not flood the log. */
const MAX_SHOWN_LENGTH = 200

/**
 * A user value quoted for a message: JSON escaping makes control characters and line breaks
 * visible, so a value cannot start a log line of its own (a `::workflow command::`) or colour a
 * terminal, and a long one is cut.
 */
export function shown(value: string): string {
  return JSON.stringify(value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}…` : value)
}

/** `input "tags", line 3: "bad tag!" is not a valid tag; "bad-tag-" is used instead (…)` */
export function changeMessage(change: ValueChange): string {
  const input = describeLocation(change.line === undefined ? { input: change.input } : { input: change.input, line: change.line })
  const where = change.defaultRule === undefined ? input : `${input} (the default rule ${change.defaultRule}, as the input is empty)`
  const what = change.input === 'images' ? 'image name' : 'tag'
  if (change.used === change.given) return `${where}: ${what} ${shown(change.given)} is not valid: ${change.why}`
  const outcome = change.used === '' ? 'so it is dropped' : `so ${shown(change.used)} is used instead`
  return `${where}: ${what} ${shown(change.given)} is not valid as given, ${outcome}: ${change.why}`
}

/** Semver build metadata: `+` and dot-separated identifiers at the end (https://semver.org/#spec-item-10). */
const BUILD_METADATA = /\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/

/** Why sanitising turned `given` into `used`, in words a user can act on. */
export function tagChangeReason(given: string, used: string, truncated: boolean): { why: string; instead: string } {
  const reasons: string[] = []
  const build = BUILD_METADATA.exec(given)?.[0]
  if (build !== undefined) {
    reasons.push(
      `"+" is not allowed in a tag, and semver build metadata ${shown(build)} would become ${shown(`-${build.slice(1)}`)}, which reads as a prerelease`,
    )
  }
  const bad = [...new Set((given.match(TAG_INVALID_CHARACTERS) ?? []).join(''))].filter((character) => build === undefined || character !== '+')
  // The first few distinct characters name the problem; a value of a thousand symbols needs no list of them all.
  const named = bad.slice(0, 10).map((character) => JSON.stringify(character))
  if (bad.length > named.length) named.push(`${bad.length - named.length} more`)
  if (bad.length > 0) reasons.push(`a tag allows only letters, digits, "_", "." and "-", not ${named.join(', ')}`)
  if (/^[-.]/.test(given.replace(TAG_INVALID_CHARACTERS, '-'))) reasons.push('a tag cannot start with "-" or "."')
  if (truncated) reasons.push(`a tag has at most ${MAX_TAG_LENGTH} characters`)
  const instead =
    used === ''
      ? 'write a tag of letters, digits, "_", "." and "-" that starts with a letter, digit or "_"'
      : build !== undefined
        ? `write the tag without build metadata (e.g. ${shown(given.slice(0, -build.length))}), or with it spelt as you want it (e.g. ${shown(given.replace('+', '_'))})`
        : `write ${shown(used)} if that is the tag you want`
  return { why: reasons.join('; ') || 'it is not a valid tag', instead }
}

/** The text a user typed in a template: everything outside `{{…}}`. */
function literalText(template: string): string {
  return template.replace(/\{\{[\s\S]*?\}\}/g, '')
}

/**
 * Whether the user wrote the problem: a literal part of a template holds a character a tag cannot
 * have, or every part is literal (nothing came from git) and the value still changed.
 */
export function writtenByUser(templates: readonly string[]): boolean {
  const literal = templates.map(literalText)
  if (literal.some((text) => new RegExp(TAG_INVALID_CHARACTERS.source).test(text))) return true
  return templates.every((template) => !template.includes('{{'))
}
