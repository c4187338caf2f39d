import { describe, expect, it } from 'vitest'
import { familiarName, formatReference, repositoryName } from './format.js'
import { parseReference } from './parse.js'

const D = `sha256:${'0123456789abcdef'.repeat(4)}`

describe('formatReference', () => {
  it.each([
    ['ubuntu', 'docker.io/library/ubuntu'],
    ['ubuntu:22.04', 'docker.io/library/ubuntu:22.04'],
    ['index.docker.io/acme/app:1', 'docker.io/acme/app:1'],
    [`app@${D}`, `docker.io/library/app@${D}`],
    [`app:1@${D}`, `docker.io/library/app:1@${D}`],
    ['ghcr.io/acme/app:v1', 'ghcr.io/acme/app:v1'],
    ['localhost:5000/app', 'localhost:5000/app'],
    ['[2001:db8::1]:5000/repo:tag', '[2001:db8::1]:5000/repo:tag'],
    ['Foo/bar', 'Foo/bar'],
    ['test.com:5000', 'docker.io/library/test.com:5000'],
  ])('%s → %s', (input, canonical) => {
    expect(formatReference(parseReference(input))).toBe(canonical)
  })

  it('round-trips through the parser', () => {
    for (const input of ['ubuntu', `a/b:c@${D}`, '[::1]:5000/x:y', 'LOCALDOMAIN/fooo', 'docker.io/foo.com/app:1']) {
      const ref = parseReference(input)
      const again = parseReference(formatReference(ref))
      expect([again.registry, again.repository, again.tag, again.digest]).toStrictEqual([ref.registry, ref.repository, ref.tag, ref.digest])
    }
  })
})

describe('repositoryName', () => {
  it.each([
    ['ubuntu:1', 'docker.io/library/ubuntu'],
    ['acme/app', 'docker.io/acme/app'],
    [`ghcr.io/acme/app:1@${D}`, 'ghcr.io/acme/app'],
    ['[::1]:5000/x', '[::1]:5000/x'],
  ])('%s → %s', (input, name) => {
    expect(repositoryName(parseReference(input))).toBe(name)
  })
})

describe('familiarName', () => {
  it.each([
    ['docker.io/library/ubuntu', 'ubuntu'],
    ['ubuntu:22.04', 'ubuntu'],
    ['docker.io/acme/app', 'acme/app'],
    ['index.docker.io/acme/app', 'acme/app'],
    ['library/foo/bar', 'library/foo/bar'],
    ['other/library', 'other/library'],
    ['ghcr.io/acme/app', 'ghcr.io/acme/app'],
    ['127.0.0.1:8000/private/moonbase', '127.0.0.1:8000/private/moonbase'],
    ['example.com/privatebase', 'example.com/privatebase'],
    ['Foo/bar', 'Foo/bar'],
    ['test.com:5000', 'test.com'],
    // Docker would print `foo.com/app`, which parses as registry foo.com.
    ['docker.io/foo.com/app', 'docker.io/foo.com/app'],
    ['docker.io/localhost/app', 'docker.io/localhost/app'],
  ])('%s → %s', (input, familiar) => {
    const ref = parseReference(input)
    expect(familiarName(ref)).toBe(familiar)
    const again = parseReference(familiar)
    expect([again.registry, again.repository]).toStrictEqual([ref.registry, ref.repository])
  })
})
