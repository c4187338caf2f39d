import { describe, expect, it } from 'vitest'
import { isSameOrUnder, isSameRegistry, isSameRepository, repositoryKey } from './compare.js'
import { parseReference } from './parse.js'

describe('isSameOrUnder', () => {
  it.each([
    ['acme/app', 'acme', true],
    ['acme', 'acme', true],
    ['acme/team/app', 'acme/team', true],
    ['acme-evil/app', 'acme', false],
    ['acmeapp', 'acme', false],
    ['acme/app', 'acme/app', true],
    ['acme/application', 'acme/app', false],
    ['acme', 'acme/app', false],
    ['ghcr.io/acme/app', 'ghcr.io/acme', true],
    ['ghcr.io/acme-evil/app', 'ghcr.io/acme', false],
    ['ghcr.io.evil.com/acme/app', 'ghcr.io', false],
    ['ghcr.io:443/acme/app', 'ghcr.io', false],
    ['acme/app', '', false],
    ['acme/app', 'acme/', false],
    ['acme//app', 'acme/', false],
    ['acme/app', '/acme', false],
  ])('%j under %j → %s', (path, prefix, expected) => {
    expect(isSameOrUnder(path, prefix)).toBe(expected)
  })
})

describe('isSameRepository', () => {
  it.each([
    ['ubuntu', 'docker.io/library/ubuntu:22.04', true],
    ['index.docker.io/acme/app', 'acme/app@sha256:' + 'a'.repeat(64), true],
    ['GHCR.io/acme/app', 'ghcr.io/acme/app', true],
    ['ghcr.io/acme/app', 'ghcr.io/acme/app2', false],
    ['ghcr.io/acme/app', 'ghcr.io:443/acme/app', false],
    ['acme/app', 'ghcr.io/acme/app', false],
    ['DOCKER.IO/ubuntu', 'ubuntu', true],
    ['LOCALHOST:5000/app', 'localhost:5000/app', true],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(isSameRepository(parseReference(a), parseReference(b))).toBe(expected)
  })
})

describe('repositoryKey', () => {
  it.each([
    ['ghcr.io/acme/app', 'ghcr.io/acme/app'],
    ['GHCR.io/acme/app:1.0', 'ghcr.io/acme/app'],
    ['LocalHost:5000/app', 'localhost:5000/app'],
    ['ubuntu', 'docker.io/library/ubuntu'],
    ['Index.Docker.IO/acme/app', 'docker.io/acme/app'],
  ])('%s → %s', (written, key) => {
    expect(repositoryKey(parseReference(written))).toBe(key)
  })
})

describe('isSameRegistry', () => {
  it.each([
    ['ghcr.io', 'GHCR.io', true],
    ['LocalHost:5000', 'localhost:5000', true],
    ['ghcr.io', 'ghcr.io:443', false],
    ['ghcr.io', 'quay.io', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(isSameRegistry({ registry: a }, { registry: b })).toBe(expected)
  })
})
