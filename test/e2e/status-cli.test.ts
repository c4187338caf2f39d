/**
 * Issue 17: `shiptag status --images` through the CLI bundle (dist/cli/index.js), with no policy
 * file at all: repositories given outside any environment are rows of their own, read from a real
 * registry, on this machine's Node and on Node 24.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StatusBoard } from '../../src/commands/status.js'
import { freePort } from '../support/registry/free-port.js'
import type { StartedRegistry } from '../support/registry/index.js'
import { NODE_RUNTIMES, REPO_ROOT } from '../support/run-action.js'
import { pushImageWith, startTwoRegistries } from '../support/status/status-world.js'

const CLI = join(REPO_ROOT, 'dist/cli/index.js')
let a: StartedRegistry
let stop: () => Promise<void>
let empty: string
let downHost: string
let digest: string

beforeAll(async () => {
  ;({ a, stop } = await startTwoRegistries())
  downHost = `127.0.0.1:${await freePort()}`
  digest = (await pushImageWith({ url: a.url, repository: 'tools/cli' }, { seed: 'cli', created: '2026-12-01T10:00:00Z' }, ['0.9.0', '1.0.0'])).digest
  empty = mkdtempSync(join(tmpdir(), 'shiptag-status-cli-'))
}, 120_000)
afterAll(async () => {
  await stop?.()
  if (empty) rmSync(empty, { recursive: true, force: true })
})

function cli(command: readonly string[], args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, [...command.slice(1), CLI, ...args], { cwd: empty, env: { PATH: process.env.PATH ?? '', HOME: empty } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe.each(NODE_RUNTIMES)('shiptag status --images without a policy file, on $name', ({ command }) => {
  it('shows each given repository as a row of its own, and says which one could not be read', async () => {
    const run = await cli(command, ['status', '--images', `${a.host}/tools/cli`, '--images', `${downHost}/x/y:1`, '--timeout', '5s', '--json'])
    expect(run.code, run.stderr).toBe(0)
    const board = JSON.parse(run.stdout) as StatusBoard
    expect(board.environments).toEqual([])
    expect(board.images[0]).toEqual({
      image: `${a.host}/tools/cli`,
      cells: {},
      given: expect.objectContaining({ state: 'running', tag: '1.0.0', how: 'newest', digest, versions: ['1.0.0', '0.9.0'], created: '2026-12-01T10:00:00Z' }),
    })
    expect(board.images[1]).toMatchObject({ image: `${downHost}/x/y:1`, given: { state: 'unreachable' } })
    expect(run.stderr).toMatch(new RegExp(`not read: ${downHost}/x/y:1: ${downHost}/x/y could not be read`))
    const table = await cli(command, ['status', '--images', `${a.host}/tools/cli`])
    expect(table.stdout).toMatch(/^image +given \(no environment\)\n/)
    expect(table.stdout).toContain('1.0.0 (newest)')
  })
})
