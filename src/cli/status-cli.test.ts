import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HISTORY, NOW, STORY_BOARD } from '../commands/status-board.test-support.js'
import type { StatusReader, StatusReadOptions } from '../commands/status.js'
import type { DigestHistory, StatusBoard } from '../commands/status.js'
import { runCli } from './main.js'

const POLICY = `version: 1
environments:
  dev: { repository: ghcr.io/acme/app }
  staging: { repository: ghcr.io/acme/app, tag: staging, promote: { from: dev } }
  prod: { repositories: [registry.acme.example/prod/app], tag: prod, promote: { from: staging } }
`

/** A checkout with the policy file, as `shiptag status` reads it by default. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'shiptag-status-cli-'))
  mkdirSync(join(root, '.github'))
  writeFileSync(join(root, '.github/image-policy.yml'), POLICY)
  return root
}

/** The hand-made reader: what it was asked, and the board or history it answers. */
function reader(board: StatusBoard, history: DigestHistory = HISTORY) {
  const asked: { what: string; options: StatusReadOptions; environments: string[] }[] = []
  const seam: StatusReader = {
    readStatus: async (_client, policy, options) => {
      asked.push({ what: 'board', options, environments: [...policy.environments.keys()] })
      return board
    },
    readDigestHistory: async (_client, policy, digest, options) => {
      asked.push({ what: `history ${digest}`, options, environments: [...policy.environments.keys()] })
      return history
    },
  }
  return { seam, asked }
}

async function status(board: StatusBoard, ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const { seam, asked } = reader(board)
  const code = await runCli({
    argv: ['status', ...args],
    env: {},
    cwd: checkout(),
    now: NOW,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color: false,
    statusReader: seam,
  })
  return { code, stdout, stderr, asked }
}

const ALL_UNREACHABLE: StatusBoard = {
  ...STORY_BOARD,
  images: [{ image: 'app', cells: { dev: { state: 'unreachable', repository: 'ghcr.io/acme/app', error: 'connection refused' } } }],
  drift: [],
  problems: ['ghcr.io/acme/app: connection refused'],
}

describe('shiptag status (in-process, on a hand-made board)', () => {
  it('prints the table on stdout, what was not read on stderr, and exits 0 on drift without --fail-on-drift', async () => {
    const run = await status(STORY_BOARD)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^image +dev +staging +prod\n/)
    expect(run.stdout).toContain('drift: app: prod is 2 versions behind staging (1.4.0 → 1.4.2) since 2026-12-01')
    expect(run.stderr).toContain('not read: registry.acme.example/prod/worker: connection refused (registry.acme.example:443)')
    expect(run.asked).toMatchObject([{ what: 'board', environments: ['dev', 'staging', 'prod'] }])
    // Signatures are verified with the policy's keys, read from the working directory.
    expect(Object.keys(run.asked[0]!.options)).toEqual(['verification'])
    expect(run.asked[0]!.options.verification!.now).toEqual(NOW)
  })

  it.each<[string, StatusBoard, string[], number, RegExp | undefined]>([
    ['--fail-on-drift with drift', STORY_BOARD, ['--fail-on-drift'], 1, /an environment lags the one it promotes from/],
    ['--fail-on-drift without drift', { ...STORY_BOARD, drift: [] }, ['--fail-on-drift'], 0, undefined],
    ['nothing could be read', ALL_UNREACHABLE, [], 1, /nothing could be read/],
    ['nothing could be read, --json too', ALL_UNREACHABLE, ['--json'], 1, /nothing could be read/],
  ])('exit code: %s', async (_, board, args, code, message) => {
    const run = await status(board, ...args)
    expect(run.code, run.stderr).toBe(code)
    if (message) expect(run.stderr).toMatch(message)
    // Every failure of the CLI says what to do (test/fuzz/cli.fuzz.test.ts holds every command to it).
    if (code !== 0) expect(run.stderr).toContain('What to do:')
    expect(run.stderr).toContain('not read:')
  })

  it('--json prints the board with the field names of docs/status.md, and the problems still on stderr', async () => {
    const run = await status(STORY_BOARD, '--json')
    expect(JSON.parse(run.stdout)).toEqual(STORY_BOARD)
    expect(run.stderr).toContain('not read: registry.acme.example/prod/worker')
  })

  it.each<[string, string[], StatusReadOptions]>([
    ['--environment', ['--environment', 'prod'], { environment: 'prod' }],
    [
      '--images: a repository or a tag of one, written canonically, or a row name',
      ['--images', 'ghcr.io/acme/app', '--images', 'worker', '--images', 'acme/web', '--images', 'index.docker.io/acme/tool:1.2'],
      { images: ['ghcr.io/acme/app', 'worker', 'docker.io/acme/web', 'docker.io/acme/tool:1.2'] },
    ],
    ['--concurrency', ['--concurrency', '3'], { concurrency: 3 }],
  ])('%s reaches the reader', async (_, args, options) => {
    const run = await status(STORY_BOARD, ...args)
    expect(run.code, run.stderr).toBe(0)
    const { verification, ...asked } = run.asked[0]!.options
    expect(asked).toEqual(options)
    expect(verification).toBeDefined()
  })

  it('--digest prints the history of that digest', async () => {
    const digest = `sha256:${'b'.repeat(64)}`
    const run = await status(STORY_BOARD, '--digest', digest)
    expect(run.code, run.stderr).toBe(0)
    expect(run.asked[0]!.what).toBe(`history ${digest}`)
    expect(run.stdout).toBe(`${digest}\n  prod: registry.acme.example/prod/app (1.4.2, prod), since 2026-12-02 (promotion record)\n`)
  })

  it.each([
    ['an environment the policy lacks', ['--environment', 'prd'], /"prd" is not an environment of \.github\/image-policy\.yml/],
    ['environment and images together', ['--environment', 'prod', '--images', 'ghcr.io/acme/app'], /images and environment were both given/],
    ['an image by digest', ['--images', `ghcr.io/acme/app@sha256:${'c'.repeat(64)}`], /input "images", line 1: .* names a digest/],
    ['an image that is no reference', ['--images', 'ghcr.io/Acme/App'], /input "images", line 1: /],
    [
      'a digest with an environment, which the history would not honour',
      ['--digest', `sha256:${'b'.repeat(64)}`, '--environment', 'prod'],
      /digest was given with environment or images/,
    ],
    ['a digest that is neither', ['--digest', 'sha256:xyz'], /input "digest": "sha256:xyz" is neither a digest nor an image reference/],
  ])('refuses %s before reading anything (exit 1)', async (_, args, message) => {
    const run = await status(STORY_BOARD, ...args)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(run.asked).toEqual([])
  })

  it('--help lists every flag', async () => {
    const run = await status(STORY_BOARD, '--help')
    for (const flag of ['--policy', '--environment', '--images', '--digest', '--fail-on-drift', '--json', '--concurrency', '--timeout'])
      expect(run.stdout).toContain(flag)
  })
})
