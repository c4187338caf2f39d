import { describe, expect, it } from 'vitest'
import { describeError } from '../errors.js'
import { InvalidReferenceError } from './errors.js'
import { parseReference, parseRepository } from './parse.js'
import { redactUserInfo } from './user-info.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const SECRET = 'ghp_Tok3nVa1ue'

describe('user info in a reference', () => {
  it.each([
    [`https://octo:${SECRET}@ghcr.io/acme/app:1.0`, 'https://***@ghcr.io/acme/app:1.0'],
    [`octo:${SECRET}@ghcr.io/acme/app`, '***@ghcr.io/acme/app'],
    [`octo:${SECRET}@ghcr.io/acme/app@${DIGEST}`, `***@ghcr.io/acme/app@${DIGEST}`],
    [`octo:${SECRET}/with+slash=@ghcr.io/acme/app`, '***@ghcr.io/acme/app'],
    [`octo:${SECRET}@ghcr.io`, '***@ghcr.io'],
    [`octo:${SECRET}@localhost:5000`, '***@localhost:5000'],
    [`docker://octo:${SECRET}@registry.example`, 'docker://***@registry.example'],
    [`http://octo:${SECRET}@[::1]:5000/acme/app`, 'http://***@[::1]:5000/acme/app'],
    [`oc@to:${SECRET}@ghcr.io/acme/app`, '***@ghcr.io/acme/app'],
    [`octo:${SECRET}/x@ghcr.io`, '***@ghcr.io'],
    [`octo:${SECRET}/x@localhost:5000`, '***@localhost:5000'],
  ])('refuses %s without quoting the secret', (input, shown) => {
    expect(redactUserInfo(input)).toBe(shown)
    for (const parse of [parseReference, parseRepository]) {
      const error = (() => {
        try {
          parse(input)
        } catch (e) {
          return e
        }
        return undefined
      })()
      expect(error).toBeInstanceOf(InvalidReferenceError)
      const message = describeError(error)
      expect((error as InvalidReferenceError).reason).toBe('user-info')
      expect((error as InvalidReferenceError).input).toBe(shown)
      expect(message).toContain(JSON.stringify(shown))
      expect(message).not.toContain(SECRET.slice(0, 4))
    }
  })

  it.each([
    `alpine@${DIGEST}`,
    `alpine:3.19@${DIGEST}`,
    `ghcr.io/acme/app:1@${DIGEST}`,
    `localhost:5000/acme/app@${DIGEST}`,
    `[::1]:5000/acme/app:1@${DIGEST}`,
    'ghcr.io/acme/app:1.0',
  ])('reads %s as a reference', (input) => {
    expect(redactUserInfo(input)).toBe(input)
    expect(parseReference(input).original).toBe(input)
  })

  it.each([
    ['a bad digest after a path', 'ghcr.io/acme/app:1@nodigest', 'invalid-digest'],
    ['a user name alone', 'octo@ghcr.io', 'invalid-digest'],
    ['a digest after a scheme', `docker://alpine@${DIGEST}`, 'scheme'],
  ])('keeps its own diagnosis for %s', (_name, input, reason) => {
    expect(() => parseReference(input)).toThrow(expect.objectContaining({ reason }))
  })
})
