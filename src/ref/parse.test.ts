import { describe, expect, it } from 'vitest'
import { ShiptagError } from '../errors.js'
import type { InvalidReferenceReason } from './errors.js'
import { InvalidReferenceError } from './errors.js'
import { parseReference, parseRepository } from './parse.js'

const F64 = 'f'.repeat(64)
const F128 = 'f'.repeat(128)
const IMAGE_ID = '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a'

function failure(parse: () => unknown): InvalidReferenceError {
  try {
    parse()
  } catch (error) {
    if (error instanceof InvalidReferenceError) return error
    throw error
  }
  throw new Error('expected an InvalidReferenceError')
}

type Expected = [input: string, registry: string, repository: string, tag: string | undefined, digest: string | undefined]

/** distribution/reference's test vectors (docs/registry-protocol.md#image-references), valid rows: every input, with exact pieces. */
const docVectors: Expected[] = [
  ['ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined],
  ['library/ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined],
  ['docker.io/ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined],
  ['index.docker.io/library/ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined],
  ['fooo/bar', 'docker.io', 'fooo/bar', undefined, undefined],
  ['library/foo/bar', 'docker.io', 'library/foo/bar', undefined, undefined],
  ['localhost/fooo', 'localhost', 'fooo', undefined, undefined],
  ['localhost:5000/foo', 'localhost:5000', 'foo', undefined, undefined],
  ['LOCALDOMAIN/fooo', 'LOCALDOMAIN', 'fooo', undefined, undefined],
  ['Foo/bar', 'Foo', 'bar', undefined, undefined],
  ['example.com:8000/private/moonbase', 'example.com:8000', 'private/moonbase', undefined, undefined],
  [`test:5000/repo:tag@sha256:${F64}`, 'test:5000', 'repo', 'tag', `sha256:${F64}`],
  ['127.0.0.1:5000/debian', '127.0.0.1:5000', 'debian', undefined, undefined],
  ['192.168.1.1/repo', '192.168.1.1', 'repo', undefined, undefined],
  ['[2001:db8::1]:5000/repo', '[2001:db8::1]:5000', 'repo', undefined, undefined],
  ['test.com:5000', 'docker.io', 'library/test.com', '5000', undefined],
  ['foo_bar.com:8080', 'docker.io', 'library/foo_bar.com', '8080', undefined],
  ['foo/foo_bar.com:8080', 'docker.io', 'foo/foo_bar.com', '8080', undefined],
  ['b.gcr.io/test.example.com/my-app:test.example.com', 'b.gcr.io', 'test.example.com/my-app', 'test.example.com', undefined],
  [`xn--7o8h.com/myimage:xn--7o8h.com@sha256:${F64}`, 'xn--7o8h.com', 'myimage', 'xn--7o8h.com', `sha256:${F64}`],
  ['lowercase:Uppercase', 'docker.io', 'library/lowercase', 'Uppercase', undefined],
  ['dock__er/docker', 'docker.io', 'dock__er/docker', undefined, undefined],
  ['docker---rules/docker', 'docker.io', 'docker---rules/docker', undefined, undefined],
  ['d/docker', 'docker.io', 'd/docker', undefined, undefined],
  [`docker.io/${IMAGE_ID}`, 'docker.io', `library/${IMAGE_ID}`, undefined, undefined],
]

/** Further valid vectors of distribution/reference `reference_test.go` and `normalize_test.go`. */
const upstreamVectors: Expected[] = [
  ['test_com', 'docker.io', 'library/test_com', undefined, undefined],
  ['test.com:tag', 'docker.io', 'library/test.com', 'tag', undefined],
  ['test.com/repo:tag', 'test.com', 'repo', 'tag', undefined],
  ['test:5000/repo', 'test:5000', 'repo', undefined, undefined],
  ['test:5000/repo:tag', 'test:5000', 'repo', 'tag', undefined],
  [`test:5000/repo@sha256:${F64}`, 'test:5000', 'repo', undefined, `sha256:${F64}`],
  ['test_com/foo', 'docker.io', 'test_com/foo', undefined, undefined],
  ['test-com:8080/foo', 'test-com:8080', 'foo', undefined, undefined],
  ['xn--n3h.com:18080/foo', 'xn--n3h.com:18080', 'foo', undefined, undefined],
  ['xn--n3h.com/myimage:xn--n3h.com', 'xn--n3h.com', 'myimage', 'xn--n3h.com', undefined],
  [`xn--7o8h.com/myimage:xn--7o8h.com@sha512:${F128}`, 'xn--7o8h.com', 'myimage', 'xn--7o8h.com', `sha512:${F128}`],
  ['sub-dom1.foo.com/bar/baz/quux:some-long-tag', 'sub-dom1.foo.com', 'bar/baz/quux', 'some-long-tag', undefined],
  ['192.168.1.1', 'docker.io', 'library/192.168.1.1', undefined, undefined],
  ['192.168.1.1:tag', 'docker.io', 'library/192.168.1.1', 'tag', undefined],
  ['192.168.1.1:5000', 'docker.io', 'library/192.168.1.1', '5000', undefined],
  ['192.168.1.1:5000/repo:5050', '192.168.1.1:5000', 'repo', '5050', undefined],
  ['192.168.0.1:8/debian', '192.168.0.1:8', 'debian', undefined, undefined],
  ['127.0.0.1:5000/docker/docker', '127.0.0.1:5000', 'docker/docker', undefined, undefined],
  ['127.0.0.1:5000/library/debian', '127.0.0.1:5000', 'library/debian', undefined, undefined],
  ['[2001:db8::1]/repo', '[2001:db8::1]', 'repo', undefined, undefined],
  ['[2001:db8:1:2:3:4:5:6]/repo:tag', '[2001:db8:1:2:3:4:5:6]', 'repo', 'tag', undefined],
  ['[2001:db8::1]:5000/repo:tag', '[2001:db8::1]:5000', 'repo', 'tag', undefined],
  [`[2001:db8::1]:5000/repo@sha256:${F64}`, '[2001:db8::1]:5000', 'repo', undefined, `sha256:${F64}`],
  [`[2001:db8::1]:5000/repo:tag@sha256:${F64}`, '[2001:db8::1]:5000', 'repo', 'tag', `sha256:${F64}`],
  ['[2001:db8::]:5000/repo', '[2001:db8::]:5000', 'repo', undefined, undefined],
  ['[::1]:5000/repo', '[::1]:5000', 'repo', undefined, undefined],
  ['[fc00:1:2:3:4:5:6:7]:5000/library/debian', '[fc00:1:2:3:4:5:6:7]:5000', 'library/debian', undefined, undefined],
  ['docker.io/library/foo/bar', 'docker.io', 'library/foo/bar', undefined, undefined],
  ['index.docker.io/debian', 'docker.io', 'library/debian', undefined, undefined],
  ['index.docker.io/docker/docker', 'docker.io', 'docker/docker', undefined, undefined],
  // Host names ignore case (RFC 3986 section 3.2.2): every spelling of Docker Hub is Docker Hub.
  ['DOCKER.IO/debian', 'docker.io', 'library/debian', undefined, undefined],
  ['Index.Docker.IO/docker/docker', 'docker.io', 'docker/docker', undefined, undefined],
  ['other/library', 'docker.io', 'other/library', undefined, undefined],
  ['store/foo/bar', 'docker.io', 'store/foo/bar', undefined, undefined],
  ['ubuntu-12.04-base', 'docker.io', 'library/ubuntu-12.04-base', undefined, undefined],
  [
    'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
    'docker.io',
    'library/thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
    undefined,
    undefined,
  ],
  // 63 hex characters are a name, not an image ID.
  [IMAGE_ID.slice(1), 'docker.io', `library/${IMAGE_ID.slice(1)}`, undefined, undefined],
  ['Docker/docker', 'Docker', 'docker', undefined, undefined],
  ['DOCKER/docker', 'DOCKER', 'docker', undefined, undefined],
  // Upper case makes the first component a registry (reference_test.go keeps this as a FIXME).
  ['Uppercase/lowercase:tag', 'Uppercase', 'lowercase', 'tag', undefined],
  [`busybox:latest@sha256:${F64}`, 'docker.io', 'library/busybox', 'latest', `sha256:${F64}`],
  ['jess/t', 'docker.io', 'jess/t', undefined, undefined],
]

describe('parseReference: valid references', () => {
  it.each([...docVectors, ...upstreamVectors])('%s', (input, registry, repository, tag, digest) => {
    const ref = parseReference(input)
    expect(ref).toStrictEqual({
      registry,
      repository,
      ...(tag === undefined ? {} : { tag }),
      ...(digest === undefined ? {} : { digest }),
      original: input,
    })
    expect(Object.hasOwn(ref, 'tag')).toBe(tag !== undefined)
    expect(Object.hasOwn(ref, 'digest')).toBe(digest !== undefined)
  })
})

/** distribution/reference's test vectors (docs/registry-protocol.md#image-references), invalid rows, plus the rest of upstream's invalid vectors. */
const invalidVectors: [input: string, reason: InvalidReferenceReason][] = [
  ['Uppercase:tag', 'uppercase-path'],
  ['docker/Docker', 'uppercase-path'],
  ['test:5000/Uppercase/lowercase:tag', 'uppercase-path'],
  ['-docker', 'invalid-path'],
  ['docker-/docker', 'invalid-path'],
  ['docker///docker', 'invalid-path'],
  // A "." makes the first component a registry, and "dock..er" is no host name either.
  ['dock..er/docker', 'invalid-registry'],
  ['dock_.er/docker', 'invalid-registry'],
  ['____/____', 'invalid-path'],
  ['docker/', 'invalid-path'],
  [':justtag', 'missing-name'],
  [`@sha256:${F64}`, 'missing-name'],
  [`repo@sha256:${'f'.repeat(34)}`, 'digest-length'],
  [`validname@invaliddigest:${F64}`, 'unsupported-digest-algorithm'],
  ['https://github.com/docker/docker', 'scheme'],
  ['[fc00::1]', 'missing-repository'],
  ['[fc00::1]:5000', 'missing-repository'],
  ['fc00::1:5000/debian', 'invalid-registry'],
  ['[fe80::1%eth0]:5000/debian', 'invalid-registry'],
  ['aa/asdf$$^/aa', 'invalid-path'],
  [IMAGE_ID, 'image-id'],
  [`example.com/${'a'.repeat(256)}`, 'path-too-long'],
  ['app:1.2.3+build.5', 'invalid-tag'],
  // upstream only
  ['', 'empty'],
  ['-docker/docker', 'invalid-path'],
  ['-docker-/docker', 'invalid-path'],
  ['_docker/_docker', 'invalid-path'],
  ['dock-.er/docker', 'invalid-registry'],
  ['-docker.io/docker/docker', 'invalid-registry'],
  ['docker.io/docker/Docker', 'uppercase-path'],
  ['docker.io/docker///docker', 'invalid-path'],
  ['[2001:db8:3:4::192.0.2.33]:5000/debian', 'invalid-registry'],
  ['[2001:db8::1]', 'missing-repository'],
  ['[2001:db8::1]:5000', 'missing-repository'],
  ['[2001:db8::1]:tag', 'missing-repository'],
  ['[fe80::1%@invalidzone]:5000/repo', 'invalid-registry'],
  [`${'a/'.repeat(128)}a:tag`, 'path-too-long'],
  [
    'this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255/docker',
    'path-too-long',
  ],
  // beyond upstream's tables
  ['docker.io/', 'missing-repository'],
  ['foo:bar/baz', 'invalid-registry'],
  ['Foo_Bar/x', 'invalid-registry'],
  ['example.com:/x', 'invalid-registry'],
  ['[::1]x/repo', 'invalid-registry'],
  ['/repo', 'invalid-path'],
  ['repo:', 'invalid-tag'],
  ['repo:-x', 'invalid-tag'],
  ['repo:a:b', 'invalid-tag'],
  ['repo@', 'invalid-digest'],
  [' ubuntu', 'whitespace'],
  ['ubuntu\n', 'whitespace'],
  ['docker://ubuntu', 'scheme'],
  ['ubünbu', 'invalid-path'],
]

describe('parseReference: invalid references', () => {
  it.each(invalidVectors)('%j is rejected: %s', (input, reason) => {
    const error = failure(() => parseReference(input))
    expect(error.reason).toBe(reason)
    expect(error.input).toBe(input)
    expect(error.message.startsWith(`invalid image reference ${JSON.stringify(input.slice(0, 300)).slice(0, -1)}`)).toBe(true)
    expect(error.hint).toMatch(/\S/)
  })
})

describe('parseReference: messages and hints', () => {
  it.each([
    [
      'docker/Docker',
      'invalid image reference "docker/Docker": repository name must be lowercase: "Docker" in "docker/Docker"',
      'lower-case it: docker/docker',
    ],
    ['Uppercase:tag', 'invalid image reference "Uppercase:tag": repository name must be lowercase: "Uppercase"', 'lower-case it: uppercase'],
    [
      'ghcr.io/Acme/app:1',
      'invalid image reference "ghcr.io/Acme/app:1": repository name must be lowercase: "Acme" in "Acme/app"',
      'lower-case it: ghcr.io/acme/app',
    ],
    [
      `repo@sha256:${'f'.repeat(31)}`,
      `invalid image reference "repo@sha256:${'f'.repeat(31)}": digest sha256 must be 64 lowercase hex characters, got 31`,
      'copy the whole digest; it may have been cut short',
    ],
    [
      'https://github.com/docker/docker',
      'invalid image reference "https://github.com/docker/docker": image references have no URL scheme, found "https://"',
      'remove the scheme: github.com/docker/docker',
    ],
    [
      '[fc00::1]:5000',
      'invalid image reference "[fc00::1]:5000": "[fc00::1]:5000" is a registry address without a repository',
      'add a path: [fc00::1]:5000/REPO',
    ],
    [
      'fc00::1:5000/debian',
      'invalid image reference "fc00::1:5000/debian": registry "fc00::1:5000" looks like an IPv6 address without brackets',
      'put an IPv6 address in brackets, e.g. [fd00::1]:5000/REPO',
    ],
    [
      'aa/asdf$$^/aa',
      'invalid image reference "aa/asdf$$^/aa": path component "asdf$$^" in "aa/asdf$$^/aa" contains "$"',
      'path components are lowercase letters and digits joined by one ".", one or two "_", or dashes',
    ],
    [
      'a/dock._er',
      'invalid image reference "a/dock._er": path component "dock._er" in "a/dock._er" joins with "._"',
      'path components are lowercase letters and digits joined by one ".", one or two "_", or dashes',
    ],
    ['a/b___c', 'invalid image reference "a/b___c": path component "b___c" in "a/b___c" joins with "___"', expect.any(String)],
    ['docker/', 'invalid image reference "docker/": path "docker/" ends with "/"', expect.any(String)],
    [
      'Foo_Bar/x',
      'invalid image reference "Foo_Bar/x": registry "Foo_Bar" is not a valid host name',
      'a first component with upper case is read as a registry; if "Foo_Bar" is a namespace, lower-case it',
    ],
    [
      IMAGE_ID,
      `invalid image reference "${IMAGE_ID}": a 64-character hex string is an image ID, not a repository name`,
      'to pin a digest write NAME@sha256:<hex>; to use it as a name, put a registry or namespace in front',
    ],
    [
      `myapp@sha256:${F64}:1.0`,
      `invalid image reference "myapp@sha256:${F64}:1.0": digest "sha256:${F64}:1.0" has text after the hex`,
      'a tag goes before the digest: NAME:TAG@DIGEST',
    ],
    [':justtag', 'invalid image reference ":justtag": there is no repository name before ":"', 'write the repository first: NAME:TAG or NAME@DIGEST'],
  ])('%s', (input, message, hint) => {
    const error = failure(() => parseReference(input))
    expect(error.message).toBe(message)
    expect(error.hint).toEqual(hint)
  })

  it('is a ShiptagError named InvalidReferenceError', () => {
    const error = failure(() => parseReference('docker/Docker'))
    expect(error).toBeInstanceOf(ShiptagError)
    expect(error.name).toBe('InvalidReferenceError')
  })

  it('escapes control characters so the input cannot start a new log line', () => {
    const error = failure(() => parseReference('app\n::add-mask::x'))
    expect(error.message).toBe('invalid image reference "app\\n::add-mask::x": the reference contains whitespace')
  })

  it('cuts very long inputs in the message', () => {
    const input = `x/${'a'.repeat(1000)}`
    const error = failure(() => parseReference(input))
    expect(error.input).toBe(input)
    expect(error.message).toBe(`invalid image reference "${input.slice(0, 300)}…": repository path is 1002 characters long; at most 255 are allowed`)
  })
})

describe('parseRepository', () => {
  it.each([
    ['ubuntu', 'docker.io', 'library/ubuntu'],
    ['ghcr.io/acme/app', 'ghcr.io', 'acme/app'],
    ['localhost:5000/app', 'localhost:5000', 'app'],
    ['[::1]:5000/a/b', '[::1]:5000', 'a/b'],
  ])('%s', (input, registry, repository) => {
    expect(parseRepository(input)).toStrictEqual({ registry, repository, original: input })
  })

  it.each([
    ['ghcr.io/acme/app:1.0', 'a repository takes no tag or digest, found tag "1.0"', 'write it without them: ghcr.io/acme/app'],
    [`ghcr.io/acme/app@sha256:${F64}`, `a repository takes no tag or digest, found digest "sha256:${F64}"`, 'write it without them: ghcr.io/acme/app'],
    [`app:1@sha256:${F64}`, `a repository takes no tag or digest, found tag "1" and digest "sha256:${F64}"`, 'write it without them: app'],
    ['test.com:5000', 'a repository takes no tag or digest, found tag "5000"', 'to name a registry, add a path: test.com:5000/REPO'],
  ])('%s is refused', (input, detail, hint) => {
    const error = failure(() => parseRepository(input))
    expect(error.reason).toBe('unexpected-tag-or-digest')
    expect(error.message).toBe(`invalid repository ${JSON.stringify(input)}: ${detail}`)
    expect(error.hint).toBe(hint)
  })

  it('reports grammar problems as a repository', () => {
    const error = failure(() => parseRepository('ghcr.io/Acme/app'))
    expect(error.reason).toBe('uppercase-path')
    expect(error.message).toBe('invalid repository "ghcr.io/Acme/app": repository name must be lowercase: "Acme" in "Acme/app"')
  })
})
