import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../policy/index.js'
import { deploymentOptions, isProductionEnvironment } from './deployments.js'
import { usableRevision } from './image-revision.js'

const chain = loadPolicy(
  `version: 1
environments:
  dev: {}
  staging: { promote: { from: dev } }
  live: { promote: { from: staging } }
  prod: {}
  qa-production: {}
  Production: {}
`,
  'policy.yml',
)

describe('isProductionEnvironment', () => {
  it.each([
    ['dev', false],
    ['staging', false],
    ['live', true],
    ['prod', true],
    ['Production', true],
    ['qa-production', false],
  ])('%s → %s', (name, production) => {
    expect(isProductionEnvironment(chain, chain.environments.get(name)!)).toBe(production)
  })
})

describe('usableRevision', () => {
  it.each([
    ['1a2b3c4d5e6f70811a2b3c4d5e6f70811a2b3c4d', '1a2b3c4d5e6f70811a2b3c4d5e6f70811a2b3c4d'],
    ['  v1.4.2 ', 'v1.4.2'],
    ['refs/heads/main', 'refs/heads/main'],
    ['', undefined],
    [undefined, undefined],
    ['-rf', undefined],
    ['a..b', undefined],
    ['main branch', undefined],
    ['x'.repeat(256), undefined],
  ])('%j → %j', (value, usable) => {
    expect(usableRevision(value)).toBe(usable)
  })
})

describe('deploymentOptions', () => {
  const env = { GITHUB_REPOSITORY: 'acme/app' }
  it.each([
    [false, '', {}],
    [false, '  ', {}],
    [true, '', { deployments: { env, token: 't' } }],
    [true, ' https://{{environment}}.app.example.com ', { deployments: { env, token: 't', urlTemplate: 'https://{{environment}}.app.example.com' } }],
  ])('deployments %s, deployment-url %j', (on, url, options) => {
    expect(deploymentOptions(on, url, env, 't')).toEqual(options)
  })

  it('refuses a deployment-url with deployments off: nothing would use it', () => {
    expect(() => deploymentOptions(false, 'https://app.example.com', env, 't')).toThrow('it is given, but deployments are off, so nothing would use it')
  })
})
