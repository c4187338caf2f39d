import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import type { MetadataKnobs } from './api.js'
import { readMetadataKnobs } from './knobs.js'

const defaults: MetadataKnobs = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'] }

describe('readMetadataKnobs', () => {
  it.each<[Record<string, string | undefined>, MetadataKnobs]>([
    [{}, defaults],
    [{ DOCKER_METADATA_SHORT_SHA_LENGTH: '', DOCKER_METADATA_PR_HEAD_SHA: '', DOCKER_METADATA_ANNOTATIONS_LEVELS: '' }, defaults],
    [{ DOCKER_METADATA_SHORT_SHA_LENGTH: ' 12 ' }, { ...defaults, shortShaLength: 12 }],
    [{ DOCKER_METADATA_SHORT_SHA_LENGTH: '64' }, { ...defaults, shortShaLength: 64 }],
    [{ DOCKER_METADATA_PR_HEAD_SHA: 'true' }, { ...defaults, prHeadSha: true }],
    [{ DOCKER_METADATA_PR_HEAD_SHA: 'TRUE' }, { ...defaults, prHeadSha: true }],
    [{ DOCKER_METADATA_PR_HEAD_SHA: 'False' }, defaults],
    [{ DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index' }, { ...defaults, annotationLevels: ['manifest', 'index'] }],
    [
      { DOCKER_METADATA_ANNOTATIONS_LEVELS: 'index, manifest-descriptor ,index-descriptor,index' },
      { ...defaults, annotationLevels: ['index', 'manifest-descriptor', 'index-descriptor'] },
    ],
    [
      { DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest[linux/amd64,linux/arm64],index' },
      { ...defaults, annotationLevels: ['manifest[linux/amd64,linux/arm64]', 'index'] },
    ],
  ])('%j', (env, expected) => {
    expect(readMetadataKnobs(env)).toEqual(expected)
  })

  it.each([
    ['DOCKER_METADATA_SHORT_SHA_LENGTH', 'seven', 'must be a whole number of characters, got "seven"', 'DOCKER_METADATA_SHORT_SHA_LENGTH=12'],
    ['DOCKER_METADATA_SHORT_SHA_LENGTH', '0', 'must be a whole number of characters, got "0"', 'default 7'],
    ['DOCKER_METADATA_SHORT_SHA_LENGTH', '7.5', 'must be a whole number of characters, got "7.5"', 'default 7'],
    ['DOCKER_METADATA_PR_HEAD_SHA', 'yes', 'must be true or false, got "yes"', 'DOCKER_METADATA_PR_HEAD_SHA=true'],
    [
      'DOCKER_METADATA_ANNOTATIONS_LEVELS',
      'manifest,layer',
      'unknown annotation level "layer"; expected a comma-separated list of manifest, index, manifest-descriptor, index-descriptor',
      'manifest,index',
    ],
    [
      'DOCKER_METADATA_ANNOTATIONS_LEVELS',
      'manifest,',
      'unknown annotation level ""; expected a comma-separated list of manifest, index, manifest-descriptor, index-descriptor',
      'manifest,index',
    ],
  ])('%s=%j is an InputError', (name, value, message, hint) => {
    let error: unknown
    try {
      readMetadataKnobs({ [name]: value })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    const inputError = error as InputError
    expect(inputError.location).toEqual({ input: name, line: 1 })
    expect(inputError.message).toBe(`input "${name}", line 1: ${message}`)
    expect(inputError.hint).toContain(hint)
  })
})
