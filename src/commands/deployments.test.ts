import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../policy/index.js'
import { isProductionEnvironment } from './deployments.js'
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
