import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, it } from 'vitest'
import { inputLines } from '../input-lines.js'
import { builtInPolicy } from '../policy/index.js'
import { checkedFiles } from './check-file-findings.js'
import { runCheckCommand } from './check.js'
import { PolicyGate, loadPolicyText } from './policy-gate.js'

const CONTEXT = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest' as const], now: new Date('2026-12-06T00:00:00Z') }

async function checkTree(files: Record<string, string>, globs: string) {
  const workspace = mkdtempSync(join(tmpdir(), 'shiptag-check-skips-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true })
    writeFileSync(join(workspace, path), text)
  }
  return {
    workspace,
    result: await runCheckCommand(
      { files: inputLines('files', globs), metadata: {}, workspace },
      CONTEXT,
      OPTIONS,
      new PolicyGate(builtInPolicy(), '2026-12-06', ''),
    ),
  }
}

const POD = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: nginx:1.25\n'

/** Issue 15: `check --files broken.yaml` said "0 image reference(s) across 0 file(s)" and passed. */
it('a matched file that is not scanned is a scan.skipped warning and counted as skipped', async () => {
  const { result } = await checkTree({ 'deploy/broken.yaml': 'apiVersion: v1\nkind: Pod\nkind: Pod\n' }, 'deploy/broken.yaml')
  expect(result.findings.map((f) => `${f.level} ${f.rule} ${f.location?.file}:${f.location?.line}:${f.location?.column}`)).toEqual([
    'warn scan.skipped deploy/broken.yaml:3:1',
  ])
  expect(checkedFiles(result)).toBe('0 image reference(s) in 1 file(s), 1 skipped')
})

it('counts files checked and skipped, and says once which lock files were left out unread', async () => {
  const { result } = await checkTree(
    {
      'deploy/pod.yaml': POD,
      'deploy/notes.md': '# image: nginx\n',
      'web/package-lock.json': '{"lockfileVersion": 3}',
      'web/yarn.lock': '# yarn lockfile v1\n',
      'web/package.json': '{"name": "web"}',
    },
    '**',
  )
  expect(result.files).toEqual(['deploy/pod.yaml', 'web/package.json'])
  expect(result.skipped).toEqual(['deploy/notes.md'])
  expect(result.findings.map((f) => `${f.rule} ${f.location?.file}`)).toEqual(['scan.skipped deploy/notes.md'])
  expect(result.notes).toEqual([
    '2 dependency lock file(s) matched the files to check and were left out unread (they name packages, not images): web/package-lock.json, web/yarn.lock',
  ])
  expect(checkedFiles(result)).toBe('1 image reference(s) in 2 file(s), 1 skipped')
})

it('a file over the read limit and a dangling link are scan.skipped, not ref.invalid errors', async () => {
  const { workspace, result } = await checkTree({ 'deploy/pod.yaml': POD, 'deploy/huge.yaml': `# ${'x'.repeat(9 * 1024 * 1024)}\n` }, 'deploy/*.yaml')
  symlinkSync(join(workspace, 'nowhere.yaml'), join(workspace, 'deploy/gone.yaml'))
  const again = await runCheckCommand(
    { files: inputLines('files', 'deploy/*.yaml'), metadata: {}, workspace },
    CONTEXT,
    OPTIONS,
    new PolicyGate(builtInPolicy(), '2026-12-06', ''),
  )
  expect(result.findings.map((f) => `${f.level} ${f.rule} ${f.location?.file}`)).toEqual(['warn scan.skipped deploy/huge.yaml'])
  expect(result.findings[0]!.message).toMatch(/^file too large to scan: 9437187 bytes/)
  expect(again.findings.map((f) => `${f.level} ${f.rule} ${f.location?.file}`)).toEqual([
    'warn scan.skipped deploy/gone.yaml',
    'warn scan.skipped deploy/huge.yaml',
  ])
  expect(checkedFiles(again)).toBe('1 image reference(s) in 1 file(s), 2 skipped')
})

it('files an environment claims with `files: ["**"]` are checked, but a README or a .env there is not reported as skipped', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'shiptag-check-skips-env-'))
  const files = { 'README.md': '# app\n', '.env': 'TAG=1.0\n', 'deploy/pod.yaml': POD, 'deploy/broken.yaml': 'kind: Pod\nkind: Pod\n' }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true })
    writeFileSync(join(workspace, path), text)
  }
  const policy = await loadPolicyText('version: 1\nenvironments:\n  prod:\n    files: ["**"]\nscan:\n  include: ["deploy/**"]\n', '.github/image-policy.yml')
  const result = await runCheckCommand({ files: [], metadata: {}, workspace }, CONTEXT, OPTIONS, new PolicyGate(policy, '2026-12-06', ''))
  expect(result.findings.map((f) => `${f.rule} ${f.location?.file}`)).toEqual(['scan.skipped deploy/broken.yaml'])
  expect(checkedFiles(result)).toBe('1 image reference(s) in 2 file(s), 1 skipped')
})
