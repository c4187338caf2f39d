import { describe, expect, it } from 'vitest'
import { parseReference } from './parse.js'
import { looksLikeRegistryWithoutRepository, referenceWarnings } from './warnings.js'

const D = `sha256:${'c'.repeat(64)}`

describe('a registry port read as a tag', () => {
  it('is valid: test.com:5000 is Docker Hub library/test.com with tag 5000', () => {
    const ref = parseReference('test.com:5000')
    expect(ref).toStrictEqual({ registry: 'docker.io', repository: 'library/test.com', tag: '5000', original: 'test.com:5000' })
    expect(looksLikeRegistryWithoutRepository(ref)).toBe(true)
    expect(referenceWarnings(ref)).toStrictEqual([
      {
        code: 'registry-read-as-repository',
        message: '"test.com:5000" reads as repository "library/test.com" with tag "5000" on docker.io, not as a registry',
        hint: 'to name a registry, add a path: test.com:5000/REPO',
      },
    ])
  })

  it.each([
    ['test.com:5000', true],
    ['localhost:5000', true],
    ['localhost', true],
    ['ghcr.io', true],
    ['192.168.1.1', true],
    ['192.168.1.1:5000', true],
    [`registry.example.com@${D}`, true],
    ['test.com:tag', false],
    ['ubuntu:22.04', false],
    ['redis:7', false],
    ['test.com:5000/repo', false],
    ['docker.io/test.com:5000', false],
    ['library/test.com:5000', false],
    ['localhost:5000/app', false],
  ])('%s → %s', (input, expected) => {
    expect(looksLikeRegistryWithoutRepository(parseReference(input))).toBe(expected)
  })

  it('points at the path to add when there is no tag', () => {
    expect(referenceWarnings(parseReference(`ghcr.io@${D}`))).toStrictEqual([
      {
        code: 'registry-read-as-repository',
        message: `"ghcr.io@${D}" reads as repository "library/ghcr.io" on docker.io, not as a registry`,
        hint: 'to name a registry, add a path: ghcr.io/REPO',
      },
    ])
  })
})

describe('referenceWarnings', () => {
  it.each([
    ['ghcr.io/acme/app:1.0', []],
    [`ghcr.io/acme/app@${D}`, []],
    ['ubuntu', ['implicit-latest']],
    ['ghcr.io', ['registry-read-as-repository', 'implicit-latest']],
    ['Acme/app:1', ['uppercase-registry']],
    ['Acme/app', ['uppercase-registry', 'implicit-latest']],
    ['LOCALHOST/app:1', ['uppercase-registry']],
    ['localhost/app:1', []],
    [`app:1.0@${D}`, ['tag-ignored']],
  ])('%s → %j', (input, codes) => {
    expect(referenceWarnings(parseReference(input)).map((warning) => warning.code)).toStrictEqual(codes)
  })

  it('says that an implied latest is mutable', () => {
    expect(referenceWarnings(parseReference('ubuntu'))).toStrictEqual([
      {
        code: 'implicit-latest',
        message: '"ubuntu" has no tag or digest, so it means the mutable tag "latest"',
        hint: 'pin it: ubuntu:TAG or ubuntu@sha256:DIGEST',
      },
    ])
  })

  it('says which registry upper case produced', () => {
    expect(referenceWarnings(parseReference('Acme/app:1'))).toStrictEqual([
      {
        code: 'uppercase-registry',
        message: '"Acme" in "Acme/app:1" is read as a registry because it has upper case',
        hint: 'if it is a Docker Hub namespace, lower-case it: acme/app',
      },
    ])
  })

  it('says that the tag next to a digest is not checked', () => {
    const ref = parseReference(`app:1.0@${D}`)
    expect(ref.tag).toBe('1.0')
    expect(ref.digest).toBe(D)
    expect(referenceWarnings(ref)).toStrictEqual([
      {
        code: 'tag-ignored',
        message: `"app:1.0@${D}" has both a tag and a digest; the digest is what is pulled and tag "1.0" is not checked`,
        hint: 'keep the tag only as a note for readers, or drop it',
      },
    ])
  })
})
