/**
 * check's registry checks against the real registry: a deployment file that pins an immutable tag
 * to a digest the registry's tag does not have, and a digest staging does not hold, are found; a
 * file that pins what the registry says passes; an unreachable registry is a warning, not a pass.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCheckCommand } from '../src/commands/check.js'
import { PolicyGate } from '../src/commands/policy-gate.js'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { loadPolicy } from '../src/policy/index.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import { inputLines } from '../src/input-lines.js'

const CONTEXT: GitContext = { eventName: 'pull_request', ref: 'refs/pull/1/merge', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-11-30T00:00:00Z') }

describe('check --registry-checks against the real registry', () => {
  let registry: StartedRegistry
  let client: RegistryClient
  let released: BuiltLayout
  let other: BuiltLayout
  const policy = (host: string) => `version: 1
environments:
  staging:
    repository: ${host}/staging/app
    tag: staging
    files: ["deploy/staging/**"]
  prod:
    repository: ${host}/prod/app
    promote: { from: staging }
    files: ["deploy/prod/**"]
    tags: { immutable: ["semver:*"] }
`
  const workspace = (image: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'shiptag-check-registry-'))
    mkdirSync(join(dir, 'deploy/prod'), { recursive: true })
    writeFileSync(
      join(dir, 'deploy/prod/pod.yaml'),
      `apiVersion: v1\nkind: Pod\nmetadata: { name: app }\nspec:\n  containers:\n    - name: app\n      image: ${image}\n`,
    )
    return dir
  }
  const check = (dir: string, registryClient: RegistryClient) =>
    runCheckCommand(
      { files: inputLines('files', ''), metadata: {}, workspace: dir, registry: registryClient },
      CONTEXT,
      OPTIONS,
      new PolicyGate(loadPolicy(policy(registry.host), 'policy.yml'), '2026-11-30', ''),
    )

  beforeAll(async () => {
    registry = await startRegistry()
    client = createRegistryClient({ credentials: async () => undefined })
    released = buildLayout({ layers: [1024], seed: 501 })
    other = buildLayout({ layers: [1024], seed: 502 })
    await runPushCommand(
      { source: released.dir, metadata: { images: `${registry.host}/staging/app\n${registry.host}/prod/app`, tags: '1.0.0\nstaging' }, dryRun: false },
      CONTEXT,
      OPTIONS,
      client,
    )
    await runPushCommand({ source: other.dir, metadata: { images: `${registry.host}/dev/app`, tags: 'x' }, dryRun: false }, CONTEXT, OPTIONS, client)
  })
  afterAll(async () => {
    await client?.close()
    await registry?.stop()
  })

  it('passes a file that pins what the registry and staging have', async () => {
    const result = await check(workspace(`${registry.host}/prod/app:1.0.0@${released.rootDigest}`), client)
    expect(result.findings).toEqual([])
  })

  it('finds an immutable tag pinned to another digest, and a digest staging does not hold, on the line', async () => {
    const result = await check(workspace(`${registry.host}/prod/app:1.0.0@${other.rootDigest}`), client)
    expect(result.findings.map((f) => `${f.rule} ${f.level} ${f.location?.file}:${f.location?.line}:${f.location?.column}`)).toEqual([
      'tag.immutable error deploy/prod/pod.yaml:7:14',
      'promotion.order error deploy/prod/pod.yaml:7:14',
    ])
    expect(result.findings[0]!.message).toBe(
      `${registry.host}/prod/app:1.0.0 points at ${released.rootDigest} in the registry, but this file pins ${other.rootDigest}; the tag is immutable in environment prod, so one of them is wrong`,
    )
    expect(result.findings[1]!.message).toContain(`in the registry: ${registry.host}/staging/app:staging points elsewhere`)
  })

  it('says a registry it cannot reach was not checked', async () => {
    const unreachable = createRegistryClient({ credentials: async () => undefined, retry: { attempts: 1 } })
    try {
      const result = await check(workspace(`127.0.0.1:1/prod/app:1.0.0@${other.rootDigest}`), unreachable)
      expect(result.findings.map((f) => `${f.rule} ${f.level}`)).toContain('ref.unresolved warn')
    } finally {
      await unreachable.close()
    }
  })
})
