import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { runCli } from './main.js'

const STRICT = 'version: 1\ndefaults:\n  tags:\n    forbid: [latest]\n'
const LOOSE = 'version: 1\n'
const LATEST = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ghcr.io/acme/app:latest\n'

/** A directory holding `strict.yml` and a checkout `repo/` with its own (loose) policy and a `latest` image. */
function layout(): string {
  const root = mkdtempSync(join(tmpdir(), 'shiptag-policy-path-'))
  mkdirSync(join(root, 'repo/.github'), { recursive: true })
  mkdirSync(join(root, 'repo/deploy'))
  writeFileSync(join(root, 'strict.yml'), STRICT)
  writeFileSync(join(root, 'repo/.github/image-policy.yml'), LOOSE)
  writeFileSync(join(root, 'repo/deploy/pod.yaml'), LATEST)
  return root
}

async function check(cwd: string, ...args: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const write = (text: string) => (out += text)
  const code = await runCli({ argv: ['check', ...args], env: {}, cwd, now: new Date('2026-12-06T12:00:00Z'), stdout: write, stderr: write, color: false })
  return { code, out }
}

/** Issue 15: `--policy` was resolved against `--cwd`, unlike `--sarif` and the shell that completed the path. */
it.each([
  ['--policy FILE against the directory shiptag runs in', ['--cwd', 'repo', '--policy', 'strict.yml'], 1, /tag "latest" is forbidden/],
  ['the default policy file against --cwd', ['--cwd', 'repo'], 0, /against \.github\/image-policy\.yml/],
])('reads %s', async (_, args, code, against) => {
  const root = layout()
  const run = await check(root, ...args, '--files', 'deploy/**')
  expect(run.out).toMatch(against)
  expect(run.code, run.out).toBe(code)
})
