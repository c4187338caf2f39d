import { describe, expect, it } from 'vitest'
import { describeError, ShiptagError } from './errors.js'
import { redactSecrets, rememberSecret } from './secrets.js'

describe('redactSecrets', () => {
  rememberSecret('tok-4f8a"x\\y')
  rememberSecret('tok-4f8a"x\\y-longer')
  rememberSecret('p@ss w/rd')
  rememberSecret('ab')
  const jwt = `eyJhbGciOiJSUzI1NiJ9.${'eyJzdWIiOiJwdXNoZXIifQ'.repeat(20)}.c2lnbmF0dXJl`
  rememberSecret(jwt)

  it.each([
    ['the value itself', 'denied for tok-4f8a"x\\y.', 'denied for ***.'],
    ['a longer secret containing a shorter one, whole', 'got tok-4f8a"x\\y-longer', 'got ***'],
    ['JSON-escaped, as an error body quotes it', '{"detail":"tok-4f8a\\"x\\\\y"}', '{"detail":"***"}'],
    ['percent-encoded, as a query carries it', '?password=p%40ss%20w%2Frd', '?password=***'],
    ['form-encoded, as a POST body carries it', 'password=p%40ss+w%2Frd', 'password=***'],
    ['every occurrence', 'p@ss w/rd and p@ss w/rd', '*** and ***'],
    ['nothing else', 'a plain message about ab', 'a plain message about ab'],
    ['a prefix of a long token, cut short by the registry', `bad token ${jwt.slice(0, 100)}…`, 'bad token ***…'],
    ['a piece from the middle', `x${jwt.slice(50, 70)}y and ${jwt.slice(200, 230)}`, 'x***y and ***'],
    ['no run shorter than 12 characters', `sig ${jwt.slice(-11)} end`, `sig ${jwt.slice(-11)} end`],
  ])('replaces %s', (_name, text, expected) => {
    expect(redactSecrets(text)).toBe(expected)
  })

  it('scrubs every typed error, message and hint, and the unexpected ones', () => {
    const error = new ShiptagError('the registry said "tok-4f8a"x\\y"', { hint: 'p@ss w/rd is wrong' })
    expect(describeError(error)).toBe('the registry said "***"\nWhat to do: *** is wrong')
    expect(describeError(new Error('boom p@ss w/rd'))).not.toContain('p@ss')
  })
})
