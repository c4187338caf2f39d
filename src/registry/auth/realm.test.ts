import { describe, expect, it } from 'vitest'
import { RegistryError } from '../errors.js'
import { endpointFor } from '../transport/index.js'
import { tokenRealmUrl } from './realm.js'

const context = (registry: string) => ({ endpoint: endpointFor(registry), repository: 'acme/app', operation: 'test' })
const base = (registry: string) => new URL('/v2/', endpointFor(registry).origin)

describe('tokenRealmUrl', () => {
  it.each([
    ['127.0.0.1:5000', 'http://127.0.0.1:5001/token'],
    ['127.0.0.1:5000', 'http://127.8.9.1/token'],
    ['localhost:5000', 'http://localhost:5001/token'],
    ['[::1]:5000', 'http://[::1]:5001/token'],
    ['127.0.0.1:5000', '/token'],
    ['127.0.0.1:5000', 'https://auth.example/token'],
    ['r.example', 'https://auth.example/token?x=1'],
  ])('a registry %s may send its credentials to %s', (registry, realm) => {
    expect(tokenRealmUrl(realm, base(registry), context(registry)).protocol).toMatch(/^https?:$/)
  })

  it.each([
    ['127.0.0.1:5000', 'http://auth.example/token'],
    ['127.0.0.1:5000', 'http://vm:5001/token'],
    ['localhost:5000', 'http://localhost.example/token'],
    ['127.0.0.1:5000', 'http://[::ffff:7f00:1]:5001/token'],
    ['r.example', 'http://auth.example/token'],
  ])('a registry %s may not send its credentials in clear to %s', (registry, realm) => {
    expect(() => tokenRealmUrl(realm, base(registry), context(registry))).toThrow(RegistryError)
  })
})
