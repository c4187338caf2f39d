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
  throw knobError(SHORT_SHA_LENGTH, `must be a whole number of characters, got "${value}"`, `set ${SHORT_SHA_LENGTH}=12 for longer short shas, or unset it for the default ${DEFAULT_SHORT_SHA_LENGTH}`)
}

function readBoolean(name: string, value: string): boolean {
  if (value === '' || /^false$/i.test(value)) return false
  if (/^true$/i.test(value)) return true
  throw knobError(name, `must be true or false, got "${value}"`, `set ${name}=true to use the pull request head commit instead of the merge commit`)
}

function readLevels(value: string): string[] {
  if (value === '') return ['manifest']
  const levels: string[] = []
  // Split at commas outside brackets so `manifest[linux/amd64,linux/arm64]` stays one level.
  for (const part of value.split(/,(?![^[]*\])/)) {
    const level = part.trim()
    const base = level.replace(/\[[^\]]+\]$/, '')
    if (!ANNOTATION_LEVELS.some((known) => known === base)) {
      throw knobError(ANNOTATIONS_LEVELS, `unknown annotation level "${level}"; expected a comma-separated list of ${ANNOTATION_LEVELS.join(', ')}`, `e.g. ${ANNOTATIONS_LEVELS}=manifest,index`)
    }
    if (!levels.includes(level)) levels.push(level)
  }
  return levels
}

function knobError(name: string, message: string, hint: string): InputError {
  return new InputError({ input: name, line: 1 }, message, { hint })
}
