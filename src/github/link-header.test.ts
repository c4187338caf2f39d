import { describe, expect, it } from 'vitest'
import { apiBase } from './api-base.js'
import { nextPage } from './link-header.js'

const github = apiBase('https://api.github.com')
const ghes = apiBase('https://ghes.example.com/api/v3')

describe('nextPage', () => {
  it.each([
    ['no header', undefined, github, { kind: 'none' }],
    [
      'GitHub next and last',
      '<https://api.github.com/repositories/1/attestations/sha256:ab?per_page=100&after=Y3Vy>; rel="next", <https://api.github.com/repositories/1/attestations/sha256:ab?per_page=100>; rel="first"',
      github,
      { kind: 'next', url: 'https://api.github.com/repositories/1/attestations/sha256:ab?per_page=100&after=Y3Vy' },
    ],
    ['only prev', '<https://api.github.com/x?before=1>; rel="prev"', github, { kind: 'none' }],
    [
      'rel unquoted, several rels, other case',
      '<https://api.github.com/x?after=2>; REL=next',
      github,
      { kind: 'next', url: 'https://api.github.com/x?after=2' },
    ],
    ['several rel values', '<https://api.github.com/x?after=3>; rel="last next"', github, { kind: 'next', url: 'https://api.github.com/x?after=3' }],
    [
      'repeated headers',
      ['<https://api.github.com/x?before=1>; rel="prev"', '<https://api.github.com/x?after=4>; rel="next"'],
      github,
      { kind: 'next', url: 'https://api.github.com/x?after=4' },
    ],
    [
      'relative target',
      '</repositories/1/attestations/sha256:ab?after=5>; rel="next"',
      github,
      { kind: 'next', url: 'https://api.github.com/repositories/1/attestations/sha256:ab?after=5' },
    ],
    [
      'Enterprise Server base path',
      '<https://ghes.example.com/api/v3/repositories/1/attestations/x?after=6>; rel="next"',
      ghes,
      { kind: 'next', url: 'https://ghes.example.com/api/v3/repositories/1/attestations/x?after=6' },
    ],
  ])('%s', (_name, header, base, expected) => {
    const got = nextPage(header, base)
    expect(got.kind === 'next' ? { kind: 'next', url: got.url.href } : got).toEqual(expected)
  })

  it.each([
    [
      'another origin',
      '<https://attacker.example/x?after=1>; rel="next"',
      github,
      'the next page https://attacker.example/x is not under the API https://api.github.com',
    ],
    [
      'http on the same host',
      '<http://api.github.com/x?after=1>; rel="next"',
      github,
      'the next page http://api.github.com/x is not under the API https://api.github.com',
    ],
    [
      'outside the base path',
      '<https://ghes.example.com/other/x?after=1>; rel="next"',
      ghes,
      'the next page https://ghes.example.com/other/x is not under the API https://ghes.example.com/api/v3',
    ],
    [
      'user info',
      '<https://user:pw@api.github.com/x?after=1>; rel="next"',
      github,
      'the next page https://api.github.com/x is not under the API https://api.github.com',
    ],
    ['too long', `<https://api.github.com/x?after=${'a'.repeat(9000)}>; rel="next"`, github, 'the Link header is longer than 8192 bytes'],
  ])('refuses %s', (_name, header, base, reason) => {
    expect(nextPage(header, base)).toEqual({ kind: 'refused', reason })
  })
})
