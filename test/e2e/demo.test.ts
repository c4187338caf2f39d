import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/run-action.js'

/** `npm run demo` as a user runs it: its own registry, the CLI bundle, every step checked by the script itself. */
describe('npm run demo', () => {
  it('runs the whole story and ends with every repository listed', async () => {
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(REPO_ROOT, 'demo/run.mjs')], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root' },
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
      child.on('close', (code) => resolve({ code, stdout, stderr }))
    })
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toContain('[tag.forbidden] tag "latest" is forbidden in environment prod')
    expect(run.stdout).toMatch(/\[tag\.immutable\] 127\.0\.0\.1:\d+\/prod\/app:1\.2\.3 is immutable/)
    expect(run.stdout).toContain('up to date, nothing written')
    expect(run.stdout).toMatch(/prod\/app:prod\s+build 2/)
    expect(run.stdout).toContain('Done: one build promoted dev → staging → prod by digest')
  }, 60_000)
})
