/**
 * Issue 13, through the bundles as users run them: a value shiptag changes is a warning naming the
 * input, line, given and used value (an annotation in the action, stderr in the CLI); push refuses
 * a tag written that is not valid as given, with nothing sent to the registry; an unknown
 * expression and a directory outside git name what to write instead.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { eventFixture } from '../fixtures/events/events.js'
import { buildLayout } from '../support/layouts/index.js'
import { startRegistry } from '../support/registry/index.js'
import { REPO_ROOT, runAction } from '../support/run-action.js'

const CLI = join(REPO_ROOT, 'dist/cli/index.js')

/** The CLI in a fresh process outside any git repository and outside GitHub Actions. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'shiptag-values-'))
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const WORKFLOW = ['--context', 'workflow']
const RELEASE_ENV = { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', GITHUB_EVENT_NAME: 'push' }

describe('values shiptag changes or refuses, through the bundles', () => {
  it('CLI tags outside a git repository names --context workflow and the variables it reads', async () => {
    const run = await cli(['tags', '--tags', 'type=sha'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('not a git repository')
    expect(run.stderr).toContain('--context workflow on the command line (context: workflow in the action) reads GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA')
  })

  it('action tags: every changed value is a ::warning naming the input, line, given and used value', async () => {
    const fixture = eventFixture('push-tag')
    const run = await runAction({
      env: { ...fixture.env },
      inputs: {
        command: 'tags',
        images: 'ghcr.io/acme/widget',
        tags: 'type=semver,pattern={{version}}\nbad tag!\n1.2.3+build.5\ntype=raw,value=pr-{{head_ref}}',
      },
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('::warning::input "tags", line 2: tag "bad tag!" is not valid as given, so "bad-tag-" is used instead')
    expect(run.stdout).toContain(
      '::warning::input "tags", line 3: tag "1.2.3+build.5" is not valid as given, so "1.2.3-build.5" is used instead: "+" is not allowed in a tag, and semver build metadata "+build.5" would become "-build.5", which reads as a prerelease',
    )
    expect(run.stdout).toContain('::warning::input "tags", line 4: {{head_ref}} is empty here')
  })

  it('action tags: an unknown expression fails naming the input, line and likely spelling', async () => {
    const fixture = eventFixture('push-branch')
    const run = await runAction({
      env: { ...fixture.env },
      inputs: { command: 'tags', images: 'ghcr.io/acme/widget', tags: 'type=sha\ntype=raw,value={{branchh}}' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::input "tags", line 2: value "\{\{branchh\}\}" uses \{\{branchh\}\}, which is not an expression shiptag knows.*did you mean \{\{branch\}\}\?/m,
    )
  })

  it('CLI push refuses a tag written with semver build metadata, and sends nothing', async () => {
    const registry = await startRegistry()
    try {
      const image = buildLayout({ layers: [1024], seed: 131 })
      const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [CLI, 'push', ...WORKFLOW, '--source', image.dir, '--images', `${registry.host}/acme/app`, '--tags', 'type=sha', '--tags', '1.2.3+build.5'],
          {
            env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...RELEASE_ENV },
          },
        )
        let stderr = ''
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
        child.on('close', (code) => resolve({ code, stderr }))
      })
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('error: input "tags", line 2: push writes tags as given, and tag "1.2.3+build.5" is not valid: "+" is not allowed in a tag')
      expect(run.stderr).toContain('What to do: write the tag without build metadata (e.g. "1.2.3")')
      expect(await registry.accessLog()).toEqual([])
    } finally {
      await registry.stop()
    }
  })
})
