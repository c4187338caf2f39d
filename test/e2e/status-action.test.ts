/**
 * Issue 17: `command: status` as a workflow step, through the bundle (dist/index.js) as the runner
 * runs it, against real registries: dev and staging on one registry, prod on another that lags two
 * versions, a fourth environment on a registry that is down. The job summary shows the board, the
 * `status` output is the JSON of docs/status.md, `drift` says true, and `fail-on-drift` fails the
 * step after both are written. On the machine's Node 20 and the runner's node24; the registries
 * are only read, so both runs share them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../support/registry/free-port.js'
import type { StartedRegistry } from '../support/registry/index.js'
import { NODE_RUNTIMES, runAction } from '../support/run-action.js'
import { pushImageWith, signWithKey, startTwoRegistries } from '../support/status/status-world.js'

let a: StartedRegistry
let b: StartedRegistry
let stop: () => Promise<void>
let workspace: string
let downHost: string

beforeAll(async () => {
  let key
  ;({ a, b, key, stop } = await startTwoRegistries())
  downHost = `127.0.0.1:${await freePort()}`
  const at = (registry: StartedRegistry, repository: string) => ({ url: registry.url, repository })
  for (const [i, version] of ['1.4.0', '1.4.1', '1.4.2'].entries()) {
    const spec = { seed: `app-${version}`, created: `2026-12-0${i + 1}T10:00:00Z`, revision: `${i + 1}`.repeat(40) }
    await pushImageWith(at(a, 'dev/app'), spec, version === '1.4.2' ? [version, 'dev'] : [version])
    const staging = await pushImageWith(at(a, 'staging/app'), spec, version === '1.4.2' ? [version, 'staging'] : [version])
    if (version === '1.4.2') await signWithKey(at(a, 'staging/app'), staging.digest, key)
    if (version === '1.4.0') await pushImageWith(at(b, 'prod/app'), spec, [version, 'prod'])
  }
  workspace = mkdtempSync(join(tmpdir(), 'shiptag-status-action-'))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(
    join(workspace, '.github/image-policy.yml'),
    `version: 1
environments:
  dev: { repository: ${a.host}/dev/app, tag: dev }
  staging: { repository: ${a.host}/staging/app, tag: staging, promote: { from: dev } }
  prod: { repository: ${b.host}/prod/app, tag: prod, promote: { from: staging } }
  qa: { repository: ${downHost}/qa/app, tag: qa }
`,
  )
}, 120_000)
afterAll(async () => {
  await stop?.()
})

describe.each(NODE_RUNTIMES)('command: status through dist/index.js on $name', ({ command: runtime }) => {
  const step = (inputs: Record<string, string>) => runAction({ runtime, inputs: { command: 'status', timeout: '5s', ...inputs }, cwd: workspace })

  it('writes the board to the job summary and the status and drift outputs; a registry down is a warning and an unreachable cell', async () => {
    const run = await step({})
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.drift).toBe('true')
    const board = JSON.parse(run.outputs.status!)
    expect(board.environments.map((environment: { name: string }) => environment.name)).toEqual(['dev', 'staging', 'prod', 'qa'])
    expect(board.images[0].cells.prod).toMatchObject({ state: 'running', tag: 'prod', versions: ['1.4.0'] })
    expect(board.images[0].cells.qa.state).toBe('unreachable')
    expect(board.drift).toMatchObject([{ image: 'app', environment: 'prod', from: 'staging', versionsBehind: 2 }])
    expect(run.summary).toContain('<h2>shiptag: status</h2>')
    expect(run.summary).toMatch(/<li>app: prod is 2 versions behind staging \(1\.4\.0 → 1\.4\.2\) since 2026-12-03<\/li>/)
    expect(run.summary).toMatch(/<td>= staging<br>sha256:[0-9a-f]{12}<br>1\.4\.2<br>\d+d old, signed \(not verified\)<\/td>/)
    expect(run.summary).toContain('<td>unreachable<br>')
    expect(run.stdout).toMatch(/::warning::not read: .*qa\/app/)
    expect(run.exportedEnv.DOCKER_METADATA_OUTPUT_DRIFT).toBe('true')
  }, 60_000)

  it.each([
    [
      'fail-on-drift fails the step on drift, after the outputs and the summary',
      { 'fail-on-drift': 'true' },
      1,
      /::error::an environment lags the one it promotes from/,
    ],
    ['one environment: qa alone, down, is nothing read', { environment: 'qa' }, 1, /::error::nothing could be read/],
    ['one environment that does not lag', { environment: 'dev', 'fail-on-drift': 'true' }, 0, undefined],
  ])(
    '%s',
    async (_, inputs, exitCode, message) => {
      const run = await step(inputs)
      expect(run.exitCode, run.stdout).toBe(exitCode)
      if (message) expect(run.stdout).toMatch(message)
      expect(run.outputs.status, run.stdout).toBeDefined()
      expect(run.summary).toContain('<h2>shiptag: status</h2>')
    },
    60_000,
  )
})
