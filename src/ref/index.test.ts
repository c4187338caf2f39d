import { expect, it } from 'vitest'
import * as ref from './index.js'

it('exports the public API and nothing else', () => {
  expect(Object.keys(ref).sort()).toStrictEqual([
    'DEFAULT_REGISTRY',
    'DEFAULT_TAG',
    'DIGEST_ALGORITHMS',
    'InvalidReferenceError',
    'MAX_PATH_LENGTH',
    'MAX_TAG_LENGTH',
    'TAG_INVALID_CHARACTERS',
    'TAG_PATTERN',
    'digestProblem',
    'effectiveTag',
    'familiarName',
    'formatReference',
    'isImplicitLatest',
    'isSameOrUnder',
    'isSameRegistry',
    'isSameRepository',
    'isValidDigest',
    'isValidRepositoryPath',
    'isValidTag',
    'looksLikeRegistryWithoutRepository',
    'parseDigest',
    'parseReference',
    'parseRepository',
    'redactUserInfo',
    'referenceProblem',
    'referenceWarnings',
    'registryProblem',
    'repositoryKey',
    'repositoryName',
    'repositoryProblem',
    'resolutionTarget',
    'tagProblem',
  ])
})
