/**
 * `promote` with `deployments: true` through the bundled action (dist/index.js, run as the runner
 * runs it) against the real registry and the loopback GitHub REST stand-in at GITHUB_API_URL: the
 * promotion recorded in GitHub's terms (issue 17 part 2), and a 403 (a job without
 * `deployments: write`) as a warning with the promotion done and the step green. The CLI's
 * `--deployments` (dist/cli/index.js) records the same way with GITHUB_TOKEN. On the machine's
 * Node 20 and the runner's node24, each with a registry and a GitHub stand-in of its own, so that
 * neither run sees what the other wrote.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildLayout, type BuiltLayout } from '../support/layouts/index.js'
import { startGitHubApi, type GitHubApiStandIn } from '../support/github-api.js'
import { skopeo, startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { NODE_RUNTIMES, REPO_ROOT, runAction } from '../support/run-action.js'

const TOKEN = 'ghs_e2eDeploymentsTokenNeverPrinted'
const REVISION = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c'
const RUN_SHA = '1111111111111111111111111111111111111111'

describe.each(NODE_RUNTIMES)('dist/index.js promote with deployments on $name', ({ command: runtime }) => {
  let registry: StartedRegistry
  let github: GitHubApiStandIn
  let image: BuiltLayout
  let workspace: string
  let env: Record<string, string>
  beforeAll(async () => {
    ;[registry, github] = await Promise.all([startRegistry(), startGitHubApi()])
    image = buildLayout({ layers: [4096], seed: 171, labels: { 'org.opencontainers.image.revision': REVISION } })
    workspace = mkdtempSync(join(tmpdir(), 'shiptag-deployments-'))
    writeFileSync(
      join(workspace, 'image-policy.yml'),
      `version: 1
environments:
  staging:
    repositories: [${registry.host}/staging/app]
    tag: staging
  prod:
    repositories: [${registry.host}/prod/app]
    tag: prod
    promote: { from: staging }
`,
    )
    env = {
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SHA: RUN_SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_API_URL: github.url,
    }
    const pushed = await runAction({
      runtime,
      env,
      cwd: workspace,
      inputs: {
        command: 'push',
        source: image.dir,
        images: `${registry.host}/staging/app`,
        tags: 'staging',
        policy: 'image-policy.yml',
        environment: 'staging',
      },
    })
    expect(pushed.exitCode, pushed.stdout + pushed.stderr).toBe(0)
  })
  afterEach(() => github.reset())
  afterAll(async () => {
    await Promise.all([registry?.stop(), github?.close()])
  })

  const promote = (extra: Record<string, string> = {}) =>
    runAction({
      runtime,
      env,
      cwd: workspace,
      inputs: {
        ...extra,
        command: 'promote',
        source: 'staging',
        environment: 'prod',
        policy: 'image-policy.yml',
        tags: '1.4.2',
        deployments: 'true',
        'github-token': TOKEN,
      },
    })

  it('records the deployment of the image revision in prod, success pointing at the image and the run, and retires the one it replaces', async () => {
    const previous = github.deployments.seed('acme/app', {
      environment: 'prod',
      payload: { digest: `sha256:${'cd'.repeat(32)}`, tags: ['1.4.0'], refs: [`${registry.host}/prod/app@sha256:${'cd'.repeat(32)}`] },
      statuses: ['success'],
    })
    const run = await promote()
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).not.toContain('::warning::')
    const created = github.deployments.byRepository.get('acme/app')!.at(-1)!
    const posts = github.requests.filter((entry) => entry.method === 'POST')
    expect(posts.map((entry) => entry.path)).toEqual([
      '/repos/acme/app/deployments',
      `/repos/acme/app/deployments/${created.id}/statuses`,
      `/repos/acme/app/deployments/${previous.id}/statuses`,
    ])
    expect(posts[0]!.body).toMatchObject({
      ref: REVISION,
      environment: 'prod',
      payload: { digest: image.rootDigest, tags: ['1.4.2', 'prod'], refs: [`${registry.host}/prod/app@${image.rootDigest}`] },
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
    })
    expect(posts[1]!.body).toEqual({
      state: 'success',
      log_url: 'https://github.com/acme/app/actions/runs/4242',
      description: `shiptag promote: ${registry.host}/prod/app@${image.rootDigest}`,
      auto_inactive: false,
    })
    expect(posts[2]!.body).toMatchObject({ state: 'inactive' })
    expect(github.requests.every((entry) => entry.authorization === `token ${TOKEN}`)).toBe(true)
    expect(run.stdout).toContain(
      `GitHub deployment ${created.id} of ${image.rootDigest} in prod (ref ${REVISION}): recorded, deployment ${previous.id} set inactive`,
    )
    expect(run.summary).toContain(`<li><code>prod</code>: deployment ${created.id} of commit <code>${REVISION.slice(0, 12)}</code>`)
    expect(run.summary).toContain(`recorded, status success; deployment ${previous.id} set inactive</li>`)
    const json = JSON.parse(run.outputs.json!) as { deployments: unknown[] }
    expect(json.deployments).toEqual([
      { environment: 'prod', digest: image.rootDigest, action: 'recorded', id: created.id, ref: REVISION, replaced: previous.id, warnings: [] },
    ])
    expect(
      [run.stdout, run.stderr, run.summary]
        .join('\n')
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(TOKEN)
  })

  it('a 403 (no deployments: write) is a warning that says what to do; the promotion is done and the step succeeds', async () => {
    github.fault('/repos/acme/app/deployments', { method: 'POST', status: 403, body: { message: 'Resource not accessible by integration' } })
    const run = await promote()
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toContain(
      `::warning::recording the deployment of ${image.rootDigest} in prod failed: the token may not write deployments of acme/app (403: "Resource not accessible by integration"); give the job "permissions: deployments: write"`,
    )
    expect(run.outputs.digest).toBe(image.rootDigest)
    expect(run.summary).toContain('not recorded (the promotion stands)<ul><li>recording the deployment of')
    const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/prod/app:1.4.2`])
    expect(Buffer.from(raw.stdout)).toEqual(image.manifests.at(-1)!.bytes)
    expect(run.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
  })

  it('a promote that asks for deployments without a token fails before writing anything', async () => {
    const run = await runAction({
      runtime,
      env,
      cwd: workspace,
      inputs: {
        command: 'promote',
        source: 'staging',
        environment: 'prod',
        policy: 'image-policy.yml',
        tags: '9.9.9',
        deployments: 'true',
        'github-token': '',
      },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('deployments are on, but there is no GitHub token to record them with')
    expect(github.requests).toEqual([])
    const tags = await skopeo(['list-tags', '--tls-verify=false', `docker://${registry.host}/prod/app`]).catch(() => ({ stdout: '' }))
    expect(String(tags.stdout)).not.toContain('9.9.9')
  })

  it('deployment-url links the environment; command: status with a digest says prod received it by the deployment; a 403 while reading asks for deployments: read', async () => {
    expect((await promote({ 'deployment-url': 'https://{{environment}}.app.example.com/{{image}}' })).exitCode).toBe(0)
    const recorded = github.deployments.byRepository.get('acme/app')!.at(-1)!
    expect(recorded.statuses[0]).toMatchObject({ state: 'success', environment_url: 'https://prod.app.example.com/app' })
    const history = () =>
      runAction({ runtime, env, cwd: workspace, inputs: { command: 'status', digest: image.rootDigest, policy: 'image-policy.yml', 'github-token': TOKEN } })
    const found = await history()
    expect(found.exitCode, found.stdout + found.stderr).toBe(0)
    const places = (JSON.parse(found.outputs.status!) as { places: { environment?: string; receivedAt?: string; evidence: string }[] }).places
    expect(places.find((place) => place.environment === 'prod')).toMatchObject({ receivedAt: recorded.created_at, evidence: 'deployment' })
    expect(github.requests.filter((entry) => entry.method === 'GET').every((entry) => entry.authorization === `token ${TOKEN}`)).toBe(true)

    github.fault('/repos/acme/app/deployments', { method: 'GET', status: 403, body: { message: 'Resource not accessible by integration' } })
    const refused = await history()
    expect(refused.exitCode, refused.stdout + refused.stderr).toBe(0)
    expect(refused.stdout).toContain(
      '::warning::not read: reading the GitHub deployments of prod failed: the token may not read deployments of acme/app (403: "Resource not accessible by integration"); give the job "permissions: deployments: read"',
    )
    expect(refused.stdout).not.toContain('deployments: write')
    expect(refused.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
  })

  it('the CLI records with --deployments, GITHUB_TOKEN and GITHUB_REPOSITORY', async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const [node, ...nodeArgs] = runtime
      const child = spawn(
        node!,
        [
          ...nodeArgs,
          join(REPO_ROOT, 'dist/cli/index.js'),
          'promote',
          '--source',
          'staging',
          '--environment',
          'prod',
          '--policy',
          'image-policy.yml',
          '--tags',
          '1.4.3',
          '--deployments',
          '--deployment-url',
          'https://{{environment}}.app.example.com',
        ],
        { cwd: workspace, env: { PATH: process.env.PATH ?? '', HOME: workspace, ...env, GITHUB_TOKEN: TOKEN } },
      )
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.on('close', (code) => resolve({ code, stderr }))
    })
    expect(run.code, run.stderr).toBe(0)
    const created = github.deployments.byRepository.get('acme/app')!.at(-1)!
    expect(created).toMatchObject({ ref: REVISION, environment: 'prod', production_environment: true })
    expect(created.statuses.map((status) => [status.state, status.environment_url])).toEqual([['success', 'https://prod.app.example.com']])
    expect(run.stderr).toContain(`GitHub deployment ${created.id} of ${image.rootDigest} in prod (ref ${REVISION}): recorded`)
    expect(run.stderr).not.toContain(TOKEN)
  })
})
