import { describe, expect, it } from 'vitest'
import { RegistryError } from '../errors.js'
import { endpointFor } from './endpoint.js'
import { isInternalAddress, resolveServerUrl } from './url-guard.js'

const context = (registry: string, insecure: string[] = []) => ({ endpoint: endpointFor(registry, insecure), repository: 'acme/app', operation: 'test' })

describe('endpointFor', () => {
  it.each([
    { registry: 'ghcr.io', origin: 'https://ghcr.io', plainHttp: false },
    { registry: 'docker.io', origin: 'https://registry-1.docker.io', plainHttp: false },
    { registry: 'localhost:5000', origin: 'http://localhost:5000', plainHttp: true },
    { registry: 'localhost', origin: 'http://localhost', plainHttp: true },
    { registry: '127.0.0.1:5000', origin: 'http://127.0.0.1:5000', plainHttp: true },
    { registry: '127.10.0.3', origin: 'http://127.10.0.3', plainHttp: true },
    { registry: '[::1]:5000', origin: 'http://[::1]:5000', plainHttp: true },
    { registry: '10.0.0.5:5000', origin: 'https://10.0.0.5:5000', plainHttp: false },
    { registry: 'registry.lan:5000', origin: 'https://registry.lan:5000', plainHttp: false },
  ])('$registry → $origin', ({ registry, origin, plainHttp }) => {
    expect(endpointFor(registry)).toMatchObject({ registry, origin, plainHttp })
  })
  it('uses plain HTTP for a registry listed as insecure', () => {
    expect(endpointFor('registry.lan:5000', ['registry.lan:5000']).origin).toBe('http://registry.lan:5000')
  })
})

describe('isInternalAddress', () => {
  it.each([
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['127.0.0.1', true],
    ['169.254.169.254', true],
    ['0.0.0.0', true],
    ['8.8.8.8', false],
    ['[::1]', true],
    ['[fe80::1]', true],
    ['[fd00::1]', true],
    ['[2001:db8::1]', false],
    ['[::ffff:10.0.0.1]', true],
    ['[::ffff:8.8.8.8]', false],
    ['example.com', false],
  ])('%s → %s', (hostname, expected) => {
    expect(isInternalAddress(hostname)).toBe(expected)
  })
})

describe('resolveServerUrl', () => {
  const base = new URL('https://r.example/v2/acme/app/blobs/uploads/')
  it.each([
    {
      name: 'absolute, same host',
      registry: 'r.example',
      raw: 'https://r.example/v2/acme/app/blobs/uploads/1?_state=x',
      expected: 'https://r.example/v2/acme/app/blobs/uploads/1?_state=x',
    },
    {
      name: 'relative (Quay)',
      registry: 'r.example',
      raw: '/v2/acme/app/blobs/uploads/1?_state=x',
      expected: 'https://r.example/v2/acme/app/blobs/uploads/1?_state=x',
    },
    { name: 'http on the registry host is pinned to https (P19)', registry: 'r.example', raw: 'http://r.example/v2/x', expected: 'https://r.example/v2/x' },
    {
      name: 'another public host (storage offload)',
      registry: 'r.example',
      raw: 'https://storage.example/blob?sig=1',
      expected: 'https://storage.example/blob?sig=1',
    },
    {
      name: 'a loopback registry may use a token server on another loopback port',
      registry: '127.0.0.1:5000',
      raw: 'http://127.0.0.1:5001/token',
      expected: 'http://127.0.0.1:5001/token',
    },
    {
      name: 'an insecure registry keeps http',
      registry: 'registry.lan:5000',
      insecure: ['registry.lan:5000'],
      raw: 'http://registry.lan:5000/v2/x',
      expected: 'http://registry.lan:5000/v2/x',
    },
    { name: 'the registry itself on a private IP', registry: '10.0.0.5:5000', raw: 'https://10.0.0.5:5000/v2/x', expected: 'https://10.0.0.5:5000/v2/x' },
  ])('$name', ({ registry, insecure, raw, expected }) => {
    expect(resolveServerUrl(raw, base, context(registry, insecure), 'upload Location').href).toBe(expected)
  })

  it.each([
    { name: 'metadata service (SSRF)', registry: 'r.example', raw: 'https://169.254.169.254/latest/meta-data' },
    { name: 'private IP that is not the registry', registry: 'r.example', raw: 'https://10.0.0.1/v2/' },
    { name: 'loopback from a public registry', registry: 'r.example', raw: 'https://127.0.0.1:8080/' },
    { name: 'localhost from a public registry', registry: 'r.example', raw: 'https://localhost:8080/' },
    { name: 'plain http to another host', registry: 'r.example', raw: 'http://storage.example/blob' },
    { name: 'another scheme', registry: 'r.example', raw: 'file:///etc/passwd' },
    { name: 'garbage', registry: 'r.example', raw: 'http://[' },
  ])('refuses $name', ({ registry, raw }) => {
    expect(() => resolveServerUrl(raw, base, context(registry), 'upload Location')).toThrow(RegistryError)
  })
})
