import { describe, expect, it } from 'vitest'
import { parseChallenges, pickChallenge } from './challenge.js'

// docs/registry-protocol.md#ping-and-challenge, every vector.
describe('parseChallenges', () => {
  it.each([
    {
      input: 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull,push"',
      expected: [
        { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:samalba/my-app:pull,push' } },
      ],
    },
    {
      input: 'Basic realm="https://123456789012.dkr.ecr.us-east-1.amazonaws.com/",service="ecr.amazonaws.com"',
      expected: [{ scheme: 'basic', params: { realm: 'https://123456789012.dkr.ecr.us-east-1.amazonaws.com/', service: 'ecr.amazonaws.com' } }],
    },
    {
      input: 'Bearer realm="https://gcr.io/v2/token",service=gcr.io',
      expected: [{ scheme: 'bearer', params: { realm: 'https://gcr.io/v2/token', service: 'gcr.io' } }],
    },
    {
      input: 'Bearer realm="https://us-docker.pkg.dev/v2/token"',
      expected: [{ scheme: 'bearer', params: { realm: 'https://us-docker.pkg.dev/v2/token' } }],
    },
    {
      input: 'Basic realm="quay.io", Bearer realm="https://quay.io/v2/auth",service="quay.io",scope="repository:ns/repo:pull"',
      expected: [
        { scheme: 'basic', params: { realm: 'quay.io' } },
        { scheme: 'bearer', params: { realm: 'https://quay.io/v2/auth', service: 'quay.io', scope: 'repository:ns/repo:pull' } },
      ],
    },
    {
      input:
        'Bearer realm="https://codeberg.org/v2/token",service="container_registry",scope="*",Basic realm="https://codeberg.org/v2",service="container_registry",scope="*"',
      expected: [
        { scheme: 'bearer', params: { realm: 'https://codeberg.org/v2/token', service: 'container_registry', scope: '*' } },
        { scheme: 'basic', params: { realm: 'https://codeberg.org/v2', service: 'container_registry', scope: '*' } },
      ],
    },
    {
      input: 'Bearer realm="https://r.example/token",service="r.example",scope="repository:a/b:pull repository:c/d:pull,push",error="insufficient_scope"',
      expected: [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://r.example/token',
            service: 'r.example',
            scope: 'repository:a/b:pull repository:c/d:pull,push',
            error: 'insufficient_scope',
          },
        },
      ],
    },
    { input: 'Bearer realm="https://x/token",service="a\\"b"', expected: [{ scheme: 'bearer', params: { realm: 'https://x/token', service: 'a"b' } }] },
    { input: 'bearer REALM="https://x/t"', expected: [{ scheme: 'bearer', params: { realm: 'https://x/t' } }] },
    // Beyond the reference's table: optional whitespace around "=" and after commas, token68, empty input.
    { input: 'Basic  realm = "a b" ,  charset="UTF-8"', expected: [{ scheme: 'basic', params: { realm: 'a b', charset: 'UTF-8' } }] },
    {
      input: 'Negotiate abc==, Basic realm="x"',
      expected: [
        { scheme: 'negotiate', params: { token68: 'abc==' } },
        { scheme: 'basic', params: { realm: 'x' } },
      ],
    },
    { input: '', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(parseChallenges([input])).toEqual(expected)
  })

  it('reads every header line, as undici returns repeated headers', () => {
    const challenges = parseChallenges(['Basic realm="a"', 'Bearer realm="https://b/token",service="b"'])
    expect(challenges.map((c) => c.scheme)).toEqual(['basic', 'bearer'])
  })
})

describe('pickChallenge', () => {
  it.each([
    { input: ['Basic realm="quay.io", Bearer realm="https://quay.io/v2/auth"'], expected: 'bearer' },
    { input: ['Bearer realm="https://codeberg.org/v2/token",Basic realm="https://codeberg.org/v2"'], expected: 'bearer' },
    { input: ['Negotiate, Basic realm="x"'], expected: 'basic' },
    { input: ['Bearer service="no-realm", Basic realm="x"'], expected: 'basic' },
    { input: ['Negotiate'], expected: undefined },
    { input: [], expected: undefined },
  ])('$input → $expected', ({ input, expected }) => {
    expect(pickChallenge(parseChallenges(input))?.scheme).toBe(expected)
  })
})
