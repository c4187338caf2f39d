/**
 * Issue 15, skips slice, against the CLI bundle: a repository shaped like argo-cd's (a CRD and a
 * Deployment in one install.yaml, a package-lock.json matched by **\/*.json) and like
 * microservices-demo's (a shell command mentioning {{PROJECT_ID}}), plus a manifest with a
 * duplicated key, checked with a strict prod policy.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { REPO_ROOT } from '../support/run-action.js'

const CLI = join(REPO_ROOT, 'dist/cli/index.js')
const SHAPES = join(REPO_ROOT, 'test/fixtures/shapes/skips')

it('node dist/cli/index.js check: scans what {{ and CRDs hid, says what it skipped, and fails on the images they hid', () => {
  const repo = mkdtempSync(join(tmpdir(), 'shiptag-e2e-skips-'))
  cpSync(join(SHAPES, 'crd-and-lock'), repo, { recursive: true })
  cpSync(join(SHAPES, 'shell-braces/deploy'), join(repo, 'deploy'), { recursive: true })
  writeFileSync(join(repo, 'deploy/redis.yaml'), 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: redis:7.2\n      image: redis:latest\n')
  const run = spawnSync(process.execPath, [CLI, 'check', '--cwd', repo], { cwd: tmpdir(), encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: repo } })
  expect(run.status, run.stderr).toBe(1)
  const found = run.stdout.split('\n').filter((line) => /^(error|warning) /.test(line))
  expect(found).toEqual([
    expect.stringMatching(/^error \[digest\.required\] deploy\/install\.yaml:36:18: /),
    expect.stringMatching(/^error \[tag\.forbidden\] deploy\/install\.yaml:36:18: /),
    expect.stringMatching(/^error \[digest\.required\] deploy\/loadgenerator\.yaml:18:18: /),
    expect.stringMatching(/^error \[tag\.forbidden\] deploy\/loadgenerator\.yaml:18:18: /),
    expect.stringMatching(/^error \[digest\.required\] deploy\/loadgenerator\.yaml:26:18: /),
    'warning [scan.skipped] deploy/redis.yaml:6:7: YAML error at line 6, column 7: Map keys must be unique; this document (lines 1–6) was not scanned',
  ])
  expect(run.stderr).toContain(
    'note: 1 dependency lock file(s) matched the files to check and were left out unread (they name packages, not images): ui/package-lock.json',
  )
  expect(run.stderr).toContain('5 error(s), 1 warning(s) in 3 image reference(s) in 5 file(s), 1 skipped, against .github/image-policy.yml')
})
