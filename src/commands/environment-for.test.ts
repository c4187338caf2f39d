import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../policy/index.js'
import { parseRepository } from '../ref/index.js'
import { PolicyGate } from './policy-gate.js'

const POLICY = `version: 1
environments:
  hub:
    repository: docker.io/library/app
  acme:
    repository: GHCR.io/acme/app
  prod:
    repository: ghcr.io/prod/app
`

/**
 * Which environment's rules a target falls under. Host names ignore case (RFC 3986 section 3.2.2),
 * paths are lowercase by the grammar, and Docker Hub names are normalised by the reference grammar,
 * so every spelling of one repository finds the same environment, whichever spelling the policy uses.
 */
describe('the environment of a repository, however it is spelt', () => {
  const gate = new PolicyGate(loadPolicy(POLICY, '.github/image-policy.yml'), '2026-11-30', '')
  it.each([
    ['ghcr.io/prod/app', 'prod'],
    ['GHCR.io/prod/app', 'prod'],
    ['ghcr.IO/prod/app', 'prod'],
    ['ghcr.io/acme/app', 'acme'],
    ['GHCR.IO/acme/app', 'acme'],
    ['app', 'hub'],
    ['library/app', 'hub'],
    ['docker.io/library/app', 'hub'],
    ['index.docker.io/library/app', 'hub'],
    ['index.docker.io/app', 'hub'],
    ['DOCKER.IO/library/app', 'hub'],
    ['Index.Docker.IO/app', 'hub'],
    ['ghcr.io/prod/app2', 'defaults'],
    ['ghcr.io/prod', 'defaults'],
    ['docker.io/acme/app', 'defaults'],
  ])('%s falls under %s', (written, environment) => {
    expect(gate.environmentFor(parseRepository(written)).name).toBe(environment)
  })
})
