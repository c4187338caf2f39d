/**
 * metadata-action's environment knobs, read once by the shell and passed in as values.
 * Stricter than metadata-action, which treats any value containing `true` as true and passes any
 * annotation level through to buildx unchecked.
 */
import { InputError } from '../errors.js'
import type { MetadataKnobs } from './api.js'

/** The annotation levels buildx accepts, optionally narrowed to platforms: `manifest[linux/amd64]`. */
export const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'] as const

const SHORT_SHA_LENGTH = 'DOCKER_METADATA_SHORT_SHA_LENGTH'
const PR_HEAD_SHA = 'DOCKER_METADATA_PR_HEAD_SHA'
const ANNOTATIONS_LEVELS = 'DOCKER_METADATA_ANNOTATIONS_LEVELS'

export const DEFAULT_SHORT_SHA_LENGTH = 7

/** Unset or empty variables take metadata-action's defaults. */
export function readMetadataKnobs(env: Record<string, string | undefined>): MetadataKnobs {
  return {
    shortShaLength: readShortShaLength(env[SHORT_SHA_LENGTH]?.trim() ?? ''),
    prHeadSha: readBoolean(PR_HEAD_SHA, env[PR_HEAD_SHA]?.trim() ?? ''),
    annotationLevels: readLevels(env[ANNOTATIONS_LEVELS]?.trim() ?? ''),
  }
}

function readShortShaLength(value: string): number {
  if (value === '') return DEFAULT_SHORT_SHA_LENGTH
  if (/^\d+$/.test(value) && Number(value) > 0) return Number(value)
  throw knobError(
    SHORT_SHA_LENGTH,
    `must be a whole number of characters, got "${value}"`,
    `set ${SHORT_SHA_LENGTH}=12 for longer short shas, or unset it for the default ${DEFAULT_SHORT_SHA_LENGTH}`,
  )
}

function readBoolean(name: string, value: string): boolean {
  if (value === '' || /^false$/i.test(value)) return false
  if (/^true$/i.test(value)) return true
  throw knobError(name, `must be true or false, got "${value}"`, `set ${name}=true to use the pull request head commit instead of the merge commit`)
}

function readLevels(value: string): string[] {
  if (value === '') return ['manifest']
  const levels = new Set<string>()
  for (const part of splitOutsideBrackets(value)) {
    const level = part.trim()
    if (!ANNOTATION_LEVELS.some((known) => known === baseLevel(level))) {
      throw knobError(
        ANNOTATIONS_LEVELS,
        `unknown annotation level "${level.slice(0, 80)}"; expected a comma-separated list of ${ANNOTATION_LEVELS.join(', ')}`,
        `e.g. ${ANNOTATIONS_LEVELS}=manifest,index`,
      )
    }
    levels.add(level)
  }
  return [...levels]
}

/**
 * Splits at commas outside brackets, so `manifest[linux/amd64,linux/arm64]` stays one level. One
 * pass: the lookahead `/,(?![^[]*\])/` it replaces rescanned to the end from every comma.
 */
function splitOutsideBrackets(value: string): string[] {
  const parts: string[] = []
  let start = 0
  let inBrackets = false
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '[') inBrackets = true
    else if (value[i] === ']') inBrackets = false
    else if (value[i] === ',' && !inBrackets) {
      parts.push(value.slice(start, i))
      start = i + 1
    }
  }
  parts.push(value.slice(start))
  return parts
}

/** `manifest[linux/amd64]` → `manifest`: a last non-empty `[…]` without `]` inside is the platform filter. */
function baseLevel(level: string): string {
  if (!level.endsWith(']')) return level
  const open = level.indexOf('[', level.lastIndexOf(']', level.length - 2) + 1)
  return open !== -1 && open < level.length - 2 ? level.slice(0, open) : level
}

function knobError(name: string, message: string, hint: string): InputError {
  return new InputError({ input: name, line: 1 }, message, { hint })
}
