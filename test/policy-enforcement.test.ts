/**
 * Policy enforced by push and promote against the real registry: refusals come before the first
 * write (asserted on the access log) and say the rule, the old and new digest, and what to do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PolicyGate } from '../src/commands/policy-gate.js'
import { runPromoteCommand } from '../src/commands/promote.js'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { InputError, describeError } from '../src/errors.js'
import { PolicyViolationError, loadPolicy } from '../src/policy/index.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import { inputLines } from '../src/input-lines.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-11-30T00:00:00Z') }

function policyFor(host: string): string {
  return `version: 1
environments:
  dev:
    repository: ${host}/acme/app
  staging:
    repository: ${host}/acme/app
    tag: staging
    promote: { from: dev }
  prod:
    repository: ${host}/prod/app
    promote: { from: staging }
    tags:
      forbid: [latest]
      allow: ["semver:*", prod]
      immutable: ["semver:*"]
`
}

const writes = async (registry: StartedRegistry) => (await registry.accessLog()).filter((e) => ['PUT', 'POST', 'PATCH', 'DELETE'].includes(e.method))

async function refusal(run: () => Promise<unknown>): Promise<PolicyViolationError> {
  try {
    await run()
  } catch (error) {
    if (error instanceof PolicyViolationError) return error
    throw error
  }
  throw new Error('it was not refused')
}

describe('policy enforced against the real registry', () => {
  let registry: StartedRegistry
  let client: RegistryClient
  let first: BuiltLayout
  let second: BuiltLayout
  const gate = (environment = '') => new PolicyGate(loadPolicy(policyFor(registry.host), '.github/image-policy.yml'), '2026-11-30', environment)
  const push = (image: BuiltLayout, repository: string, tags: string, environment = '') =>
    runPushCommand(
      { source: image.dir, metadata: { images: `${registry.host}/${repository}`, tags }, dryRun: false, policy: gate(environment) },
      CONTEXT,
      OPTIONS,
      client,
    )
  const promote = (source: string, tags: string) =>
    runPromoteCommand(
      { source: inputLines('source', source), metadata: { images: `${registry.host}/prod/app`, tags }, dryRun: false, policy: gate() },
      CONTEXT,
      OPTIONS,
      client,
    )

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
    client = createRegistryClient({ credentials: async () => ({ username: 'pusher', password: 'pusher-secret', source: 'test' }) })
    first = buildLayout({ layers: [4096], seed: 201 })
    second = buildLayout({ layers: [4096], seed: 202 })
    await push(first, 'acme/app', 'sha-1111111')
    await push(second, 'acme/app', 'sha-2222222')
  })
  afterAll(async () => {
    await client?.close()
    await registry?.stop()
  })

  it('refuses to push latest to prod before any request', async () => {
    await registry.resetAccessLog()
    const error = await refusal(() => push(first, 'prod/app', '1.0.0\nlatest'))
    expect(error.findings.map((f) => `${f.rule} ${f.environment} ${f.subject}`)).toEqual([`tag.forbidden prod ${registry.host}/prod/app:latest`])
    expect(describeError(error)).toMatch(/\[tag\.forbidden\] tag "latest" is forbidden in environment prod \(pattern "latest"\)/)
    expect(describeError(error)).toContain('What to do:')
    expect(await registry.accessLog()).toEqual([])
  })

  it.each([
    ['localhost', 'LOCALHOST'],
    ['localhost', 'LocalHost'],
  ])(
    'applies prod rules to %s:PORT/prod/app when the policy names %s:PORT/prod/app: host names ignore case (RFC 3986 3.2.2)',
    async (imageHost, policyHost) => {
      const port = registry.host.slice(registry.host.lastIndexOf(':') + 1)
      const prodGate = () => new PolicyGate(loadPolicy(policyFor(`${policyHost}:${port}`), '.github/image-policy.yml'), '2026-11-30', '')
      const images = `${imageHost}:${port}/prod/app`
      await registry.resetAccessLog()
      const pushed = await refusal(() =>
        runPushCommand({ source: first.dir, metadata: { images, tags: '1.0.0\nlatest' }, dryRun: false, policy: prodGate() }, CONTEXT, OPTIONS, client),
      )
      expect(pushed.findings.map((f) => `${f.rule} ${f.environment} ${f.subject?.toLowerCase()}`)).toEqual([
        `tag.forbidden prod ${images.toLowerCase()}:latest`,
      ])
      const source = `${registry.host}/acme/app:sha-1111111`
      const promoted = await refusal(() =>
        runPromoteCommand(
          { source: inputLines('source', source), metadata: { images, tags: '1.0.0\nlatest' }, dryRun: false, policy: prodGate() },
          CONTEXT,
          OPTIONS,
          client,
        ),
      )
      expect(promoted.findings.map((f) => `${f.rule} ${f.environment} ${f.subject?.toLowerCase()}`)).toEqual([
        `tag.forbidden prod ${images.toLowerCase()}:latest`,
      ])
      expect(await writes(registry)).toEqual([])
    },
  )

  it('refuses a tag that no allowed pattern matches, naming the patterns', async () => {
    const error = await refusal(() => push(first, 'prod/app', 'nightly'))
    expect(error.findings.map((f) => f.rule)).toEqual(['tag.pattern'])
    expect(error.message).toContain('matches none of the tags environment prod allows ("semver:*", "prod")')
  })

  it('refuses to re-point an immutable 1.2.3, naming the old and the new digest, with nothing written', async () => {
    await push(first, 'prod/app', '1.2.3')
    await registry.resetAccessLog()
    const error = await refusal(() => push(second, 'prod/app', '1.2.3\nprod'))
    expect(error.findings.map((f) => f.rule)).toEqual(['tag.immutable'])
    expect(error.message).toContain(
      `${registry.host}/prod/app:1.2.3 is immutable in environment prod (pattern "semver:*") and points at ${first.rootDigest}; it would move to ${second.rootDigest}`,
    )
    expect(await writes(registry)).toEqual([])
    // The same digest again is no move: a re-run passes.
    const rerun = await push(first, 'prod/app', '1.2.3')
    expect(rerun.reports[0]!.upToDate).toBe(true)
  })

  it('refuses to promote to prod a digest staging does not hold, and promotes the one it holds', async () => {
    // Staging runs the first build.
    await runPromoteCommand(
      { source: inputLines('source', `${registry.host}/acme/app:sha-1111111`), metadata: { tags: 'staging' }, dryRun: false, policy: gate('staging') },
      CONTEXT,
      OPTIONS,
      client,
    )
    await registry.resetAccessLog()
    const error = await refusal(() => promote(`${registry.host}/acme/app:sha-2222222`, '2.0.0'))
    expect(error.findings.map((f) => f.rule)).toEqual(['promotion.order'])
    expect(error.message).toContain(`${second.rootDigest} is not in staging (${registry.host}/acme/app:staging points elsewhere)`)
    expect(await writes(registry)).toEqual([])

    const result = await promote(`${registry.host}/acme/app:sha-1111111`, '2.0.0')
    expect(result.promotions[0]!.targets[0]!.tags.map((t) => `${t.tag} ${t.action}`)).toEqual(['2.0.0 created'])
  })

  it('lets staging take only a digest that dev has, when dev names no marker tag', async () => {
    const third = buildLayout({ layers: [4096], seed: 203 })
    await push(third, 'acme/elsewhere', 'sha-3333333')
    const error = await refusal(() =>
      runPromoteCommand(
        {
          source: inputLines('source', `${registry.host}/acme/elsewhere:sha-3333333`),
          metadata: { images: `${registry.host}/acme/app`, tags: 'staging' },
          dryRun: false,
          policy: gate('staging'),
        },
        CONTEXT,
        OPTIONS,
        client,
      ),
    )
    expect(error.message).toContain(`${third.rootDigest} is not in dev (not in ${registry.host}/acme/app)`)
  })
})

describe('promote by environment names', () => {
  let registry: StartedRegistry
  let client: RegistryClient
  const images: BuiltLayout[] = []
  const policy = (host: string) => `version: 1
environments:
  staging:
    repositories: [${host}/staging/api, ${host}/staging/web]
    tag: staging
  prod:
    repositories: [${host}/prod/api, ${host}/prod/web]
    tag: prod
    promote: { from: staging }
    tags: { allow: ["semver:*", prod], forbid: [latest] }
`
  beforeAll(async () => {
    registry = await startRegistry()
    client = createRegistryClient({ credentials: async () => undefined })
    for (const [i, name] of ['api', 'web'].entries()) {
      const image = buildLayout({ layers: [2048], seed: 300 + i })
      images.push(image)
      await runPushCommand(
        { source: image.dir, metadata: { images: `${registry.host}/staging/${name}`, tags: 'staging' }, dryRun: false },
        CONTEXT,
        OPTIONS,
        client,
      )
    }
  })
  afterAll(async () => {
    await client?.close()
    await registry?.stop()
  })

  it('promotes every image staging runs to prod, pairing repositories by image name, and moves the prod marker last', async () => {
    const gate = new PolicyGate(loadPolicy(policy(registry.host), 'policy.yml'), '2026-11-30', 'prod')
    const result = await runPromoteCommand(
      { source: inputLines('source', 'staging'), metadata: { tags: '1.4.2' }, dryRun: false, policy: gate },
      CONTEXT,
      OPTIONS,
      client,
    )
    expect(
      result.promotions.map((p) => [p.source.reference, p.source.digest, p.targets.map((t) => t.target.repository), p.targets[0]!.tags.map((t) => t.tag)]),
    ).toEqual([
      [`staging (${registry.host}/staging/api:staging)`, images[0]!.rootDigest, ['prod/api'], ['1.4.2', 'prod']],
      [`staging (${registry.host}/staging/web:staging)`, images[1]!.rootDigest, ['prod/web'], ['1.4.2', 'prod']],
    ])
  })

  it.each([
    [
      'stagin',
      'input "source": "stagin" is not an environment of policy.yml, and as an image it names no tag or digest',
      'did you mean the environment "staging"?',
    ],
    ['Staging', 'input "source": "Staging" is not an environment of policy.yml', 'did you mean the environment "staging"?'],
    ['HOST/staging/stagin:1.0', undefined, undefined],
  ])('names the environment a misspelt source means, before any request: %s', async (source, message, hint) => {
    const gate = new PolicyGate(loadPolicy(policy(registry.host), 'policy.yml'), '2026-11-30', 'prod')
    await registry.resetAccessLog()
    const error = await runPromoteCommand(
      { source: inputLines('source', source.replace('HOST', registry.host)), metadata: { tags: '1.4.2' }, dryRun: true, policy: gate },
      CONTEXT,
      OPTIONS,
      client,
    ).then(
      () => undefined,
      (caught: unknown) => caught as InputError,
    )
    if (message === undefined) {
      // A full reference is an image, however close its name: it is looked up (and not found).
      expect(describeError(error)).toContain('staging/stagin')
      expect(describeError(error)).not.toContain('did you mean')
      return
    }
    expect(error).toBeInstanceOf(InputError)
    expect(error!.message).toContain(message)
    expect(error!.hint).toContain(hint)
    expect(await registry.accessLog()).toEqual([])
  })

  it.each([
    ['prdo', 'did you mean "prod"? use one of: staging, prod'],
    ['production', 'use one of: staging, prod'],
  ])('names the environment a misspelt environment input means: %s', (environment, hint) => {
    const error = (() => {
      try {
        return new PolicyGate(loadPolicy(policy(registry.host), 'policy.yml'), '2026-11-30', environment)
      } catch (caught) {
        return caught as InputError
      }
    })()
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).hint).toBe(hint)
  })

  it('refuses an environment source without a marker tag, naming the input', async () => {
    const gate = new PolicyGate(loadPolicy(policy(registry.host).replace('    tag: staging\n', ''), 'policy.yml'), '2026-11-30', 'prod')
    const error = await runPromoteCommand(
      { source: inputLines('source', 'staging'), metadata: { tags: '1.4.2' }, dryRun: false, policy: gate },
      CONTEXT,
      OPTIONS,
      client,
    ).catch((caught: unknown) => caught as Error)
    expect(describeError(error)).toMatch(/^input "source", line 1: environment staging cannot be a source: it names no tag in the policy/)
  })
})
