/**
 * The `timeout` input and `--timeout` flag reach the engine through the bundles (issue 12): against a
 * registry that accepts connections and never answers, a push with `timeout: 2s` fails in about 2 s
 * (not 60), saying what it waited for; a bad value fails before any request.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildLayout, type BuiltLayout } from '../support/layouts/index.js'
import { startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { REPO_ROOT, runAction } from '../support/run-action.js'

/** Node's start and the bundle's load, on a loaded machine. */
const STARTUP_SLACK_MS = 4_000

let registry: StartedRegistry
let image: BuiltLayout

beforeAll(async () => {
  registry = await startRegistry()
  image = buildLayout({ layers: [4096], seed: 1210 })
})
afterAll(() => registry.stop())

function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cli/index.js'), ...args], { env: { PATH: process.env.PATH ?? '', HOME: image.dir } })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

describe('deadlines through the bundles', () => {
  it('action: timeout 2s fails a push to a silent registry in about 2 s, naming the request and what was awaited', async () => {
    registry.injectFaults(() => ({ kind: 'silent' }))
    try {
      const started = Date.now()
      const run = await runAction({ inputs: { command: 'push', source: image.dir, images: `${registry.host}/acme/e2e-silent`, tags: '1.0.0', timeout: '2s' } })
      const ms = Date.now() - started
      expect(run.exitCode).toBe(1)
      expect(ms).toBeLessThan(2_000 + STARTUP_SLACK_MS)
      // The silence budget ran out, or the last try timed out when another would not fit in it.
      expect(run.stdout).toMatch(
        new RegExp(
          `::error::.*${registry.host.replace(/\./g, '\\.')}.*\\((GET|HEAD) http://[^ ]+/v2/[^)]*\\): timed out: (no answer for 2 s, waiting for the response headers|no response headers within 667 ms)`,
        ),
      )
      expect(run.stdout).toContain('(now 2 s; e.g. 5m)')
    } finally {
      registry.injectFaults(undefined)
    }
  })

  it('action: a timeout that is not a duration fails before any request, naming the input', async () => {
    await registry.resetAccessLog()
    const run = await runAction({ inputs: { command: 'push', source: image.dir, images: `${registry.host}/acme/e2e-bad`, tags: '1.0.0', timeout: 'soon' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('input "timeout": "soon" is not a duration')
    expect(await registry.accessLog()).toEqual([])
  })

  it('CLI: --timeout 2s fails a push to a silent registry in about 2 s', async () => {
    registry.injectFaults(() => ({ kind: 'silent' }))
    try {
      const started = Date.now()
      const run = await cli(['push', '--source', image.dir, '--images', `${registry.host}/acme/e2e-cli`, '--tags', '1.0.0', '--timeout', '2s'])
      expect(run.code).toBe(1)
      expect(Date.now() - started).toBeLessThan(2_000 + STARTUP_SLACK_MS)
      expect(run.stderr).toMatch(/timed out: (no answer for 2 s|no response headers within 667 ms)/)
      expect(run.stderr).toContain('--timeout (now 2 s')
    } finally {
      registry.injectFaults(undefined)
    }
  })

  it.each([['push'], ['promote'], ['check']])('CLI: %s --timeout soon is refused before anything runs, naming the flag', async (command) => {
    const run = await cli(
      [command, '--timeout', 'soon', '--source', image.dir, '--images', `${registry.host}/acme/e2e-cli`, '--tags', '1.0.0'].slice(
        0,
        command === 'check' ? 3 : undefined,
      ),
    )
    // A flag whose value does not parse is a usage error (exit 2), like an unknown flag.
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--timeout: "soon" is not a duration')
  })
})
