import type { ReferenceProblem } from './errors.js'
import { quote } from './errors.js'
import { TAG_RE } from './grammar.js'

/** The longest tag the grammar allows (regexp.go `tag`: one character, then at most 127). */
export const MAX_TAG_LENGTH = 128

/** A whole tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`, anchored. */
export const TAG_PATTERN: RegExp = TAG_RE

/**
 * The tag a registry serves when a reference names none (normalize.go `defaultTag`). The parser
 * never fills it in; `effectiveTag` does, so policy code can still see that it was implied.
 */
export const DEFAULT_TAG = 'latest'

export function isValidTag(tag: string): boolean {
  return TAG_PATTERN.test(tag)
}

const TAG_CHARACTER = /[A-Za-z0-9_.-]/

/**
 * Every run of characters a tag cannot hold (the complement of the tag grammar's class), global:
 * metadata-action's sanitiser replaces each run with one `-`, and the tag engine names them.
 */
export const TAG_INVALID_CHARACTERS = /[^A-Za-z0-9_.-]+/g

/** Why `tag` is not a valid tag, or undefined when it is. */
export function tagProblem(tag: string): ReferenceProblem | undefined {
  if (isValidTag(tag)) return undefined
  if (tag === '') {
    return { reason: 'invalid-tag', detail: 'the tag after ":" is empty', hint: 'remove the ":" or write a tag after it' }
  }
  if (tag.length > MAX_TAG_LENGTH) {
    return {
      reason: 'tag-too-long',
      detail: `tag is ${tag.length} characters long; at most ${MAX_TAG_LENGTH} are allowed`,
      hint: `shorten the tag to ${MAX_TAG_LENGTH} characters or fewer`,
    }
  }
  if (tag.includes('+')) {
    // Registries reject `+` in tags; ECR answers a HEAD for such a tag with 400
    // (https://github.com/bazel-contrib/rules_oci/issues/720). SemVer build metadata has to be mapped before it is a tag.
    return {
      reason: 'invalid-tag',
      detail: `tag ${quote(tag)} contains "+", which tags do not allow`,
      hint: `replace "+" with "-" or "_", e.g. ${quote(tag.replaceAll('+', '-'))}`,
    }
  }
  const bad = [...tag].find((character) => !TAG_CHARACTER.test(character))
  if (bad !== undefined) {
    return {
      reason: 'invalid-tag',
      detail: `tag ${quote(tag)} contains ${quote(bad)}; tags allow letters, digits, "_", "." and "-"`,
      hint: 'remove or replace the character',
    }
  }
  return {
    reason: 'invalid-tag',
    detail: `tag ${quote(tag)} must start with a letter, a digit or "_"`,
    hint: 'remove the leading "." or "-"',
  }
}
