/**
 * The Node versions package.json promises for development (devEngines) are ones every installed
 * package accepts: otherwise a clean `npm ci` on a promised version warns EBADENGINE, as it did on
 * Node 20 for content-type@3 (engines >=22) through the unused @actions/github (issue 13).
 * docs/packaging.md says how the range was chosen.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from './support/run-action.js'

interface Manifest {
  readonly engines?: { readonly node?: unknown }
  readonly devEngines?: { readonly runtime?: { readonly name?: string; readonly version?: string } }
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Manifest> }
const devRange = manifest.devEngines?.runtime?.version ?? ''

const constrained = Object.entries(lock.packages)
  .filter(([path, entry]) => path !== '' && typeof entry.engines?.node === 'string')
  .map(([path, entry]) => ({ path, node: entry.engines!.node as string }))

describe('Node versions', () => {
  it('names the development runtime in devEngines', () => {
    expect(manifest.devEngines?.runtime?.name).toBe('node')
    expect(semver.validRange(devRange)).not.toBeNull()
  })

  it('finds the packages that constrain Node in the lock file', () => {
    expect(constrained.length).toBeGreaterThan(10)
  })

  it.each(constrained)('$path (node $node) accepts every development version', ({ node }) => {
    expect(semver.subset(devRange, node), `devEngines ${devRange} is not within ${node}`).toBe(true)
  })

  it('runs the bundles on every development version (engines.node is no narrower)', () => {
    expect(typeof manifest.engines?.node).toBe('string')
    expect(semver.subset(devRange, manifest.engines!.node as string)).toBe(true)
  })
})
