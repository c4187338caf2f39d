/**
 * A registry that does not answer at all (issue 13 saw `read manifest :1: ping in …`, the repository
 * lost): every operation's error names the registry host, the repository, the reference when there
 * is one, and what to do. The registry is a real one, stopped, so its port refuses connections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PolicyGate } from '../src/commands/policy-gate.js'
import { runPromoteCommand } from '../src/commands/promote.js'
import { describeError } from '../src/errors.js'
import { builtInPolicy } from '../src/policy/index.js'
import { RegistryUnreachableError, createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { startRegistry } from './support/registry/index.js'
import { inputLines } from '../src/input-lines.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`

describe('an unreachable registry', () => {
  let host = ''
  let client: RegistryClient
  beforeAll(async () => {
    const registry = await startRegistry()
    host = registry.host
    await registry.stop()
    client = createRegistryClient({ credentials: async () => undefined, userAgent: 'shiptag-test', sleep: async () => {} })
  })
  afterAll(async () => {
    await client?.close()
  })

  const repo = () => client.repository({ registry: host, repository: 'team/app' })
  it.each([
    ['read manifest by tag', () => repo().getManifest('1.2.3'), 'read manifest HOST/team/app:1.2.3: ping failed'],
    ['read manifest by digest', () => repo().getManifest(DIGEST), 'read manifest HOST/team/app@sha256:abababababab…: ping failed'],
    ['check manifest', () => repo().headManifest('1.2.3'), 'check manifest HOST/team/app:1.2.3: ping failed'],
    [
      'put manifest',
      () =>
        client
          .repository({ registry: host, repository: 'team/app' }, { intent: 'push' })
          .putManifest('1.2.3', Buffer.from('{}'), 'application/vnd.oci.image.manifest.v1+json'),
      'put manifest HOST/team/app:1.2.3: ping failed',
    ],
    ['check blob', () => repo().hasBlob(DIGEST), 'check blob sha256:abababababab…: ping in HOST/team/app failed'],
    ['list tags', () => repo().listTags(), 'list tags: ping in HOST/team/app failed'],
  ])('%s names the registry, the repository and the reference', async (_name, operation, text) => {
    const error = await operation().then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(RegistryUnreachableError)
    const message = describeError(error)
    expect(message).toContain(text.replace('HOST', host))
    expect(message).toContain('ECONNREFUSED')
    expect(message).toContain(`What to do: nothing accepts connections at ${host}; check the host and port, and that the registry is running`)
  })

  it('promote names the source it could not read', async () => {
    const error = await runPromoteCommand(
      {
        source: inputLines('source', `${host}/team/app:1.2.3`),
        metadata: { tags: '1.2.4' },
        dryRun: true,
        policy: new PolicyGate(builtInPolicy(), '2026-12-06', ''),
      },
      { eventName: 'push', ref: '', sha: '' },
      { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') },
      client,
    ).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(describeError(error)).toMatch(
      new RegExp(
        `^read manifest ${host.replace(/\./g, '\\.')}/team/app:1\\.2\\.3: ping failed \\(GET http://${host.replace(/\./g, '\\.')}/v2/\\): cannot reach the registry: connect ECONNREFUSED`,
      ),
    )
  })
})
