import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../policy/index.js'
import { promotionOrder, selectEnvironments } from './environment-order.js'

function policy(environments: Record<string, string | undefined>) {
  const body = Object.entries(environments)
    .map(([name, from]) => `  ${name}:\n    repository: ghcr.io/acme/${name}\n${from ? `    promote: { from: ${from} }\n` : ''}`)
    .join('')
  return loadPolicy(`version: 1\nenvironments:\n${body}`, 'policy.yml')
}

describe('promotionOrder', () => {
  it.each([
    ['a chain written backwards', { prod: 'staging', staging: 'dev', dev: undefined }, ['dev', 'staging', 'prod']],
    ['a chain before the environments in none', { sandbox: undefined, prod: 'dev', dev: undefined }, ['dev', 'prod', 'sandbox']],
    ['two chains in policy order', { a: undefined, b: 'a', x: undefined, y: 'x' }, ['a', 'b', 'x', 'y']],
    ['a fork', { dev: undefined, eu: 'dev', us: 'dev' }, ['dev', 'eu', 'us']],
  ])('%s', (_, environments, expected) => {
    expect(promotionOrder(policy(environments)).map((environment) => environment.name)).toEqual(expected)
  })

  it('one environment comes with the one it promotes from', () => {
    const chain = policy({ dev: undefined, staging: 'dev', prod: 'staging' })
    expect(selectEnvironments(chain, 'prod').map((environment) => environment.name)).toEqual(['staging', 'prod'])
    expect(selectEnvironments(chain, 'dev').map((environment) => environment.name)).toEqual(['dev'])
  })
})
