import { describe, expect, it } from 'vitest'
import { describeError, rememberSecret } from '../errors.js'
import { loadPolicy } from './load.js'

/**
 * Issue 14: a pattern's problem took its text from the error's message and cut the location back
 * out with a string replace. When the message was not the same text as the location described
 * again (here: a secret that shares 12 characters with the file name was redacted inside it), the
 * cut missed and the location was printed twice. The problem is built from the error's fields now.
 */
describe('a policy pattern problem names its location once', () => {
  rememberSecret('token-for-image-policy-reads')

  it.each([
    ['a glob with alternation', '"a|b"', 'glob "a|b" uses "|"'],
    ['an empty pattern', '""', 'an empty pattern matches nothing'],
    ['a bad semver range', '"semver:>>>"', '"semver:>>>" is not a semver range'],
  ])('%s', (_name, pattern, message) => {
    let error: unknown
    try {
      loadPolicy(`version: 1\ndefaults:\n  tags:\n    allow: [${pattern}]\n`, '.github/image-policy.yml')
    } catch (caught) {
      error = caught
    }
    const text = describeError(error)
    expect(text.split('\n')[0]).toMatch(new RegExp(`^[^:]+:4:13: ${message.replace(/[|()[\]{}.*+?^$\\]/g, '\\$&')}`))
    expect(text.match(/:4:13:/g)).toHaveLength(1)
  })
})
