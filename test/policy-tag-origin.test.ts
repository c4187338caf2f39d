/**
 * Issue 13: the README's release workflow (`type=semver` with the default `latest=auto`) was refused
 * by a policy forbidding `latest`, and the refusal never said the flavor had added it. A refusal of
 * a computed tag now names its rule, input line and flavor setting, and the setting that changes
 * it; nothing reaches the registry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PolicyGate } from '../src/commands/policy-gate.js'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { describeError } from '../src/errors.js'
import { PolicyViolationError, loadPolicy } from '../src/policy/index.js'
import { createRegistryClient } from '../src/registry/index.js'
import type { MetadataOptions, RawMetadataInputs } from '../src/tags/index.js'
import { buildLayout } from './support/layouts/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'

const RELEASE: GitContext = { eventName: 'push', ref: 'refs/tags/v1.4.2', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-11-30T00:00:00Z') }

const policy = (host: string) => `version: 1
environments:
  prod:
    repository: ${host}/prod/app
    tags:
      forbid: [latest, "re:^dev-"]
      allow: ["semver:*", "re:^dev-"]
`

const cases: { name: string; metadata: RawMetadataInputs; said: string[] }[] = [
  {
    name: 'latest added by the default latest=auto',
    metadata: { tags: '# releases\n\ntype=semver,pattern={{version}}' },
    said: [
      'tag "latest" is forbidden',
      '"latest" was added by flavor latest=auto (the default) because type=semver,pattern={{version}} (input "tags", line 3) produced a release',
      'What to do: set flavor: latest=false to stop adding "latest" (or disable the rule that asked for it, tags line 3)',
    ],
  },
  {
    name: 'latest added by a written latest=true',
    metadata: { tags: 'type=semver,pattern={{version}}', flavor: 'latest=true' },
    said: [
      '"latest" was added by flavor latest=true (input "flavor", line 1) for type=semver,pattern={{version}} (input "tags", line 1)',
      'set flavor: latest=false',
    ],
  },
  {
    name: 'a tag made by a flavor prefix',
    metadata: { tags: 'type=semver,pattern={{version}}', flavor: 'latest=false\nprefix=dev-' },
    said: [
      '"dev-1.4.2" comes from type=semver,pattern={{version}} (input "tags", line 1), with flavor prefix=dev- (input "flavor", line 2)',
      'give the rule its own prefix= to override it',
    ],
  },
  {
    name: 'a tag from a rule',
    metadata: { tags: 'type=semver,pattern={{version}}\ntype=sha', flavor: 'latest=false' },
    said: ['"sha-0123456" comes from type=sha (input "tags", line 2)', 'change tags line 2, or skip it here with enable=false'],
  },
]

describe('a policy refusal names where the computed tag came from', () => {
  let registry: StartedRegistry
  let layout: string
  beforeAll(async () => {
    registry = await startRegistry()
    layout = buildLayout({ layers: [1024], seed: 41 }).dir
  })
  afterAll(() => registry.stop())

  it.each(cases)('$name', async (c) => {
    const client = createRegistryClient({ credentials: async () => undefined })
    const gate = new PolicyGate(loadPolicy(policy(registry.host), '.github/image-policy.yml'), '2026-11-30', '')
    await registry.resetAccessLog()
    const error = await runPushCommand(
      { source: layout, metadata: { images: `${registry.host}/prod/app`, ...c.metadata }, dryRun: false, policy: gate },
      RELEASE,
      OPTIONS,
      client,
    ).then(
      () => undefined,
      (e: unknown) => e,
    )
    await client.close()
    expect(error).toBeInstanceOf(PolicyViolationError)
    for (const text of c.said) expect(describeError(error)).toContain(text)
    expect(await registry.accessLog()).toEqual([])
  })
})
