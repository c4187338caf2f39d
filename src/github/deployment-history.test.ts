import { describe, expect, it } from 'vitest'
import { deploymentReceivedAt } from './deployment-history.js'
import type { DeploymentEntry } from './deployment-list.js'

const A = `sha256:${'a'.repeat(64)}`
const B = `sha256:${'b'.repeat(64)}`
const entry = (day: number, digest: string | undefined, repository = 'reg/prod/app'): DeploymentEntry => ({
  id: day,
  environment: 'prod',
  ref: 'main',
  sha: '',
  createdAt: `2026-12-0${day}T00:00:00Z`,
  ...(digest !== undefined ? { digest } : {}),
  tags: [],
  refs: digest !== undefined ? [`${repository}@${digest}`] : [],
})

describe('deploymentReceivedAt', () => {
  it.each([
    ['never deployed', [entry(2, B)], undefined],
    ['deployed once', [entry(2, A)], '2026-12-02T00:00:00Z'],
    ['re-deployed: counts from the first of the run', [entry(3, A), entry(2, A), entry(1, B)], '2026-12-02T00:00:00Z'],
    ['rolled back to: counts from its return', [entry(4, A), entry(3, B), entry(2, A)], '2026-12-04T00:00:00Z'],
    ['another image between does not interrupt', [entry(4, A), entry(3, B, 'reg/prod/worker'), entry(2, A)], '2026-12-02T00:00:00Z'],
    ['a deployment of another tool does not interrupt', [entry(4, A), entry(3, undefined), entry(2, A)], '2026-12-02T00:00:00Z'],
  ])('%s', (_name, entries, received) => {
    expect(deploymentReceivedAt(entries, A)).toBe(received)
  })
})
