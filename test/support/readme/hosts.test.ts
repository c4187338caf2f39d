import { describe, expect, it } from 'vitest'
import { hostMap, toReadme, toTest } from './hosts.js'

const HOSTS = hostMap({ ghcr: { host: '127.0.0.1:40001' }, acme: { host: '127.0.0.1:40002' } })

describe('README hosts and the test registries', () => {
  it.each([
    ['an image', 'ghcr.io/acme/app:1.2.3', '127.0.0.1:40001/acme/app:1.2.3'],
    ['a glob in the policy', '"registry.acme.example/prod/**"', '"127.0.0.1:40002/prod/**"'],
    ["a login step's registry", 'registry.acme.example', '127.0.0.1:40002'],
    ["the README's local registry", '127.0.0.1:5000/acme/app', '127.0.0.1:40001/acme/app'],
    ['several on one line', 'ghcr.io/a ghcr.io/b registry.acme.example/c', '127.0.0.1:40001/a 127.0.0.1:40001/b 127.0.0.1:40002/c'],
    ['a longer host is left alone', 'xghcr.io/a ghcr.io.evil/a registry.acme.example.org/a', 'xghcr.io/a ghcr.io.evil/a registry.acme.example.org/a'],
    ['another port of 127.0.0.1 is left alone', '127.0.0.1:50001/a 127.0.0.1:5000/a', '127.0.0.1:50001/a 127.0.0.1:40001/a'],
  ])('toTest maps %s', (_name, readme, test) => {
    expect(toTest(readme, HOSTS)).toBe(test)
  })

  it.each([
    ['an image reference', '127.0.0.1:40001/acme/app@sha256:00', 'ghcr.io/acme/app@sha256:00'],
    ['the second registry', '127.0.0.1:40002/prod/app:1.2.3', 'registry.acme.example/prod/app:1.2.3'],
    ['a port that only starts the same', '127.0.0.1:400011/a', '127.0.0.1:400011/a'],
  ])('toReadme reads back %s', (_name, test, readme) => {
    expect(toReadme(test, HOSTS)).toBe(readme)
  })
})
