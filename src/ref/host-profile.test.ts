import { describe, expect, it } from 'vitest'
import { canonicalRegistry, DEFAULT_HOST_LIMITS, hostProfile, sameRegistryHost } from './host-profile.js'
import { parseReference } from './parse.js'

const MiB = 1024 * 1024
const GHCR_PUSH = /permissions: packages: write/

describe('hostProfile', () => {
  it.each([
    { registry: 'docker.io', name: 'docker.io', apiHost: 'registry-1.docker.io', credentialKey: 'https://index.docker.io/v1/' },
    { registry: 'index.docker.io', name: 'docker.io', apiHost: 'registry-1.docker.io', credentialKey: 'https://index.docker.io/v1/' },
    { registry: 'registry-1.docker.io', name: 'docker.io', apiHost: 'registry-1.docker.io', credentialKey: 'https://index.docker.io/v1/' },
    { registry: 'ghcr.io', name: 'ghcr.io', apiHost: 'ghcr.io', credentialKey: 'ghcr.io' },
    { registry: 'GHCR.io', name: 'ghcr.io', apiHost: 'ghcr.io', credentialKey: 'ghcr.io' },
    { registry: 'Index.Docker.IO', name: 'docker.io', apiHost: 'registry-1.docker.io', credentialKey: 'https://index.docker.io/v1/' },
    { registry: 'localhost:5000', name: 'localhost:5000', apiHost: 'localhost:5000', credentialKey: 'localhost:5000' },
    { registry: '[::1]:5000', name: '[::1]:5000', apiHost: '[::1]:5000', credentialKey: '[::1]:5000' },
    {
      registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      name: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      apiHost: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      credentialKey: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    },
    // Names are compared exactly, as everywhere else: a look-alike host is not Docker Hub.
    { registry: 'docker.io.evil.example', name: 'docker.io.evil.example', apiHost: 'docker.io.evil.example', credentialKey: 'docker.io.evil.example' },
    { registry: 'docker.io:443', name: 'docker.io:443', apiHost: 'docker.io:443', credentialKey: 'docker.io:443' },
  ])('$registry is $name, API at $apiHost, credentials under $credentialKey', ({ registry, name, apiHost, credentialKey }) => {
    expect(hostProfile(registry)).toMatchObject({ name, apiHost, credentialKey })
  })

  it.each([
    { registry: 'docker.io', aliases: ['index.docker.io', 'registry-1.docker.io'], referenceAliases: ['index.docker.io'] },
    { registry: 'registry-1.docker.io', aliases: ['index.docker.io', 'registry-1.docker.io'], referenceAliases: ['index.docker.io'] },
    { registry: 'ghcr.io', aliases: [], referenceAliases: [] },
    { registry: 'registry.example:5000', aliases: [], referenceAliases: [] },
  ])('$registry has the aliases $aliases', ({ registry, aliases, referenceAliases }) => {
    expect(hostProfile(registry)).toMatchObject({ aliases, referenceAliases })
  })

  it.each([
    { registry: 'ghcr.io', github: true, pushDenied: GHCR_PUSH },
    // Host names ignore case: the workflow's token goes to the same host however it is spelt.
    { registry: 'GHCR.io', github: true, pushDenied: GHCR_PUSH },
    { registry: 'ghcr.io.example', github: false, pushDenied: undefined },
    { registry: 'docker.io', github: false, pushDenied: undefined },
  ])('$registry takes the GITHUB_TOKEN: $github', ({ registry, github, pushDenied }) => {
    const profile = hostProfile(registry)
    expect(profile.acceptsGithubToken).toBe(github)
    if (pushDenied === undefined) expect(profile.hints.pushDenied).toBeUndefined()
    else expect(profile.hints.pushDenied).toMatch(pushDenied)
  })

  it.each([
    { registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', ecr: true },
    { registry: '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com', ecr: true },
    { registry: '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', ecr: true },
    { registry: '123456789012.dkr.ecr.eu-west-1.on.aws', ecr: true },
    { registry: 'public.ecr.aws', ecr: false },
    { registry: 'dkr.ecr.us-east-1.amazonaws.com.example', ecr: false },
    { registry: 'ghcr.io', ecr: false },
  ])('$registry tells how to create a repository: $ecr', ({ registry, ecr }) => {
    const create = hostProfile(registry).hints.createRepository
    if (ecr) expect(create?.('acme/app')).toBe('aws ecr create-repository --repository-name acme/app')
    else expect(create).toBeUndefined()
  })

  it.each(['docker.io', 'ghcr.io', 'localhost:5000', '123456789012.dkr.ecr.us-east-1.amazonaws.com', 'quay.io'])(
    '%s uses the default limits and chunk sizes',
    (registry) => {
      expect(hostProfile(registry)).toMatchObject({ concurrency: 4, chunkBytes: 5 * MiB, smallestChunkBytes: 256 * 1024 })
      expect(DEFAULT_HOST_LIMITS).toEqual({ concurrency: 4, chunkBytes: 5 * MiB, smallestChunkBytes: 256 * 1024 })
    },
  )
})

describe('canonicalRegistry', () => {
  it.each([
    ['index.docker.io', 'docker.io'],
    ['docker.io', 'docker.io'],
    // Docker's normalisation rewrites only the legacy index name (normalize.go legacyDefaultDomain).
    ['registry-1.docker.io', 'registry-1.docker.io'],
    ['ghcr.io', 'ghcr.io'],
    // Host names ignore case: the legacy index name is rewritten however it is spelt; other hosts stay as written (repositoryKey compares them).
    ['Index.docker.io', 'docker.io'],
    ['GHCR.io', 'GHCR.io'],
    ['localhost:5000', 'localhost:5000'],
  ])('%s → %s', (registry, canonical) => {
    expect(canonicalRegistry(registry)).toBe(canonical)
  })

  it.each([
    ['index.docker.io/acme/app:1', 'docker.io', 'acme/app'],
    ['index.docker.io/ubuntu', 'docker.io', 'library/ubuntu'],
    ['registry-1.docker.io/acme/app', 'registry-1.docker.io', 'acme/app'],
  ])('a reference %s names %s/%s', (text, registry, repository) => {
    expect(parseReference(text)).toMatchObject({ registry, repository })
  })
})

describe('sameRegistryHost', () => {
  it.each([
    ['docker.io', 'index.docker.io', true],
    ['registry-1.docker.io', 'docker.io', true],
    ['index.docker.io', 'registry-1.docker.io', true],
    ['ghcr.io', 'ghcr.io', true],
    ['ghcr.io', 'docker.io', false],
    ['localhost:5000', 'localhost:5001', false],
    ['docker.io', 'docker.io.evil.example', false],
    ['LOCALHOST:5000', 'localhost:5000', true],
    ['Registry.Example:443', 'registry.example:443', true],
    ['GHCR.io', 'ghcr.io', true],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameRegistryHost(a, b)).toBe(same)
  })
})
