import { describe, expect, it } from 'vitest'
import { DIGEST_ALGORITHMS, digestProblem, isValidDigest, parseDigest } from './digest.js'
import type { InvalidReferenceReason } from './errors.js'
import { InvalidReferenceError } from './errors.js'

const HEX64 = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90'
const HEX128 = HEX64 + HEX64

describe('parseDigest', () => {
  it.each([
    [`sha256:${HEX64}`, 'sha256', HEX64],
    [`sha512:${HEX128}`, 'sha512', HEX128],
  ])('%s', (value, algorithm, encoded) => {
    expect(parseDigest(value)).toStrictEqual({ algorithm, encoded })
    expect(isValidDigest(value)).toBe(true)
  })

  it('knows the OCI registered algorithms and their hex lengths', () => {
    expect(DIGEST_ALGORITHMS).toStrictEqual({ sha256: 64, sha512: 128 })
  })

  it.each<[string, InvalidReferenceReason, string, string]>([
    ['', 'invalid-digest', 'the digest is empty', 'write the digest as sha256:<64 hex characters>'],
    [HEX64, 'invalid-digest', `digest "${HEX64}" has no algorithm; a digest is "algorithm:hex"`, `write it as sha256:${HEX64}`],
    [`1sha:${HEX64}`, 'invalid-digest', 'digest algorithm "1sha" is not well-formed', 'use sha256 or sha512'],
    [`sha256+:${HEX64}`, 'invalid-digest', 'digest algorithm "sha256+" is not well-formed', 'use sha256 or sha512'],
    [`:${HEX64}`, 'invalid-digest', 'digest algorithm "" is not well-formed', 'use sha256 or sha512'],
    [`sha384:${HEX64}${HEX64.slice(0, 32)}`, 'unsupported-digest-algorithm', 'digest algorithm "sha384" is not supported', 'use sha256 or sha512'],
    [`sha256+b64u:${HEX64}`, 'unsupported-digest-algorithm', 'digest algorithm "sha256+b64u" is not supported', 'use sha256 or sha512'],
    [`SHA256:${HEX64}`, 'unsupported-digest-algorithm', 'digest algorithm "SHA256" is not supported', `algorithm names are lower case: sha256:${HEX64}`],
    [`toString:${HEX64}`, 'unsupported-digest-algorithm', 'digest algorithm "toString" is not supported', 'use sha256 or sha512'],
    [
      `sha256:${HEX64.slice(0, 31)}`,
      'digest-length',
      'digest sha256 must be 64 lowercase hex characters, got 31',
      'copy the whole digest; it may have been cut short',
    ],
    [`sha256:${HEX64}0`, 'digest-length', 'digest sha256 must be 64 lowercase hex characters, got 65', 'copy the whole digest; it may have been cut short'],
    [`sha512:${HEX64}`, 'digest-length', 'digest sha512 must be 128 lowercase hex characters, got 64', 'copy the whole digest; it may have been cut short'],
    ['sha256:', 'digest-length', 'digest sha256 must be 64 lowercase hex characters, got 0', 'copy the whole digest; it may have been cut short'],
    [
      `sha256:${HEX64.toUpperCase()}`,
      'invalid-digest',
      `digest sha256 must be 64 lowercase hex characters, got "${HEX64.toUpperCase()}"`,
      `lower-case the hex: sha256:${HEX64}`,
    ],
    [
      `sha256:${'g'.repeat(64)}`,
      'invalid-digest',
      `digest sha256 must be 64 lowercase hex characters, got "${'g'.repeat(64)}"`,
      'copy the digest again; it is not hex',
    ],
    [`sha256:${HEX64}:latest`, 'invalid-digest', `digest "sha256:${HEX64}:latest" has text after the hex`, 'a tag goes before the digest: NAME:TAG@DIGEST'],
  ])('%j is refused', (value, reason, detail, hint) => {
    expect(digestProblem(value)).toStrictEqual({ reason, detail, hint })
    expect(isValidDigest(value)).toBe(false)
    let caught: unknown
    try {
      parseDigest(value)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InvalidReferenceError)
    expect((caught as InvalidReferenceError).message).toBe(`invalid digest ${JSON.stringify(value)}: ${detail}`)
    expect((caught as InvalidReferenceError).hint).toBe(hint)
  })
})
