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
    expect(run.stdout).toMatch(/prod\/app:1\.3\.0\s+build 2/)
    // The chain of custody: an unsigned build refused, a build without staging's record refused, the signed and recorded one taken.
    expect(run.stdout).toMatch(
      /\[signature\.required\] 127\.0\.0\.1:\d+\/prod\/app@sha256:[0-9a-f]{64} is not proven for prod: it requires key \.github\/cosign\.pub/,
    )
    expect(run.stdout).toMatch(
      /\[promotion\.proof\] 127\.0\.0\.1:\d+\/prod\/app@sha256:[0-9a-f]{64} is not proven for prod: it requires a promotion record of staging/,
    )
    // Staging's record of the unsigned build is named for what it is, not taken for a bad signature.
    expect(run.stdout).toContain('an unknown key: an attestation of https://shiptag.dev/promotion/v1, not a cosign signature')
    expect(run.stdout).toContain('no cosign binary here')
    expect(run.stdout).toMatch(/staging's promotion record travelled with the build: prod\/app referrer sha256:[0-9a-f]{64}/)
    expect(run.stdout).toMatch(/prod\/app:prod\s+build 4/)
    expect(run.stdout).toMatch(/prod\/app:sha256-[0-9a-f]{7}…\.sig\s+signature/)
    expect(run.stdout).toContain(
      "Done: one build promoted dev → staging → prod by digest, never rebuilt; the policy refused what it must, and prod took only a signed build with staging's record.",
    )
  }, 60_000)
})
