/**
 * The promote command with deployments on, in process, on the real registry and the GitHub REST
 * stand-in: a dry run records nothing (`would-record`); a promote into no policy environment, or
 * without a token, is refused before any registry write and any GitHub request; a failure to
 * record leaves the promotion written and says so as a warning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPromoteCommand, type PromoteRequest } from '../src/commands/promote.js'
import { PolicyGate } from '../src/commands/policy-gate.js'
import type { GitContext } from '../src/context/index.js'
import { inputLines } from '../src/input-lines.js'
import { loadPolicy } from '../src/policy/index.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { startGitHubApi, type GitHubApiStandIn } from './support/github-api.js'
import { buildLayout } from './support/layouts/index.js'
import { skopeo, startRegistry, type StartedRegistry } from './support/registry/index.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') }
const writes = async (registry: StartedRegistry) => (await registry.accessLog()).filter((e) => ['PUT', 'POST', 'PATCH', 'DELETE'].includes(e.method))

describe('promote with deployments', () => {
  let registry: StartedRegistry
  let github: GitHubApiStandIn
  let client: RegistryClient
  beforeAll(async () => {
    ;[registry, github] = await Promise.all([startRegistry(), startGitHubApi()])
    client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {} })
    const image = buildLayout({ layers: [2048], seed: 177 })
    await skopeo(['copy', '--dest-tls-verify=false', `oci:${image.dir}`, `docker://${registry.host}/staging/app:staging`])
  })
  afterAll(async () => {
    await client?.close()
    await Promise.all([registry?.stop(), github?.close()])
  })

  const gate = (environment: string) =>
    new PolicyGate(
      loadPolicy(
        `version: 1\nenvironments:\n  staging: { repositories: [${registry.host}/staging/app], tag: staging }\n  prod: { repositories: [${registry.host}/prod/app], tag: prod }\n`,
        'policy.yml',
      ),
      '2026-12-06',
      environment,
    )
  const env = () => ({ GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: CONTEXT.sha, GITHUB_API_URL: github.url })
  const request = (extra: Partial<PromoteRequest>): PromoteRequest => ({
    source: inputLines('source', `${registry.host}/staging/app:staging`),
    metadata: { tags: '1.0.0' },
    dryRun: false,
    ...extra,
  })

  it('a dry run says what it would record and asks GitHub nothing', async () => {
    github.reset()
    const result = await runPromoteCommand(
      request({ dryRun: true, policy: gate('prod'), deployments: { env: env(), token: 'ghs_x' } }),
      CONTEXT,
      OPTIONS,
      client,
    )
    expect(result.deployments.map((outcome) => [outcome.environment, outcome.action])).toEqual([['prod', 'would-record']])
    expect(github.requests).toEqual([])
  })

  it.each([
    ['no environment', '', { token: 'ghs_x' }, 'deployments are recorded per environment, but this promote writes into none of the policy'],
    ['no token', 'prod', { token: '' }, 'deployments are on, but there is no GitHub token to record them with'],
    [
      'a deployment-url with no such placeholder',
      'prod',
      { token: 'ghs_x', urlTemplate: 'https://{{version}}.app.example.com' },
      '{{version}} is no placeholder',
    ],
    [
      'a deployment-url that is no http(s) URL',
      'prod',
      { token: 'ghs_x', urlTemplate: 'javascript:alert({{digest}})' },
      'GitHub takes only an http(s) URL there',
    ],
  ])('%s: refused before any write and any GitHub request', async (_name, environment, settings, message) => {
    github.reset()
    await registry.resetAccessLog()
    const target = environment === '' ? { images: `${registry.host}/elsewhere/app`, tags: '1.0.0' } : { tags: '1.0.0' }
    await expect(
      runPromoteCommand(request({ metadata: target, policy: gate(environment), deployments: { env: env(), ...settings } }), CONTEXT, OPTIONS, client),
    ).rejects.toThrow(message)
    expect(await writes(registry)).toEqual([])
    expect(github.requests).toEqual([])
  })

  it('GitHub down after the promotion: the tags are written and the failure is a warning', async () => {
    github.reset()
    const warnings: string[] = []
    const result = await runPromoteCommand(
      request({
        policy: gate('prod'),
        deployments: { env: { ...env(), GITHUB_API_URL: 'http://127.0.0.1:1' }, token: 'ghs_x' },
        warn: (message) => warnings.push(message),
      }),
      CONTEXT,
      OPTIONS,
      client,
    )
    expect(result.promotions[0]!.targets[0]!.tags.map((tag) => `${tag.tag} ${tag.action}`)).toEqual(['1.0.0 created', 'prod created'])
    expect(result.deployments.map((outcome) => outcome.action)).toEqual(['failed'])
    expect(warnings.at(-1)).toMatch(/failed: no usable answer from GitHub .*check GITHUB_API_URL/)
  })

  it("the success status links the environment by deployment-url, each placeholder filled in; without it a private registry's image has no link", async () => {
    github.reset()
    const promote = (tags: string, urlTemplate?: string) =>
      runPromoteCommand(
        request({ metadata: { tags }, policy: gate('prod'), deployments: { env: env(), token: 'ghs_x', ...(urlTemplate ? { urlTemplate } : {}) } }),
        CONTEXT,
        OPTIONS,
        client,
      )
    const linked = await promote('2.0.0', 'https://{{environment}}.app.example.com/{{image}}?digest={{digest}}')
    expect(linked.deployments.map((outcome) => [outcome.action, outcome.warnings])).toEqual([['recorded', []]])
    const digest = linked.promotions[0]!.source.digest
    const [success] = github.deployments.byRepository.get('acme/app')!.at(-1)!.statuses
    expect(success).toMatchObject({ state: 'success', environment_url: `https://prod.app.example.com/app?digest=${digest}` })
    github.reset()
    await promote('2.0.1')
    const [plain] = github.deployments.byRepository.get('acme/app')!.at(-1)!.statuses
    expect(plain).not.toHaveProperty('environment_url')
  })
})
