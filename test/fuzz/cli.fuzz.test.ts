/** Fuzz: CLI arguments (src/cli/shared-options.ts and the tags command), run in-process as `shiptag` runs them. */
import fc from 'fast-check'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'
import { anyText } from './arbitraries.js'
import { corpusRows, fuzzAsync, outcomeOfAsync, type Outcome } from './support.js'

const FLAGS = [
  '--cwd',
  '--cwd=/nonexistent-shiptag-fuzz',
  '--cwd=.',
  '--images',
  '--tags',
  '--flavor',
  '--labels',
  '--annotations',
  '--ref',
  '--sha',
  '--event',
  '--default-branch',
  '--environment',
  '--json',
  '--json=false',
  '-h',
  '--help',
  '--',
  '-',
  '--context=workflow',
  '--context=nope',
  '--unknown',
  '--images=',
  '--tags=type=sha',
  '-x',
  '---',
  '--=',
  '--json=1',
]
const VALUES = [
  'ghcr.io/acme/app',
  'type=sha',
  'type=ref,event=branch',
  'type=semver,pattern={{version}}',
  "type=raw,value={{date 'YYYY'}}",
  'latest=false',
  'a=b',
  'refs/tags/v1.2.3',
  'refs/heads/main',
  '0123456789abcdef0123456789abcdef01234567',
  'push',
  'pull_request',
  'main',
  '{{',
  '',
]

const argument = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 3, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 1, arbitrary: anyText },
)
const argv = fc.oneof(
  { weight: 4, arbitrary: fc.array(argument, { maxLength: 12 }).map((args) => ['tags', '--context=workflow', ...args]) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('push', 'promote', 'check', 'status', 'tags', 'help', '', '--version', 'TAGS', '-h'),
        fc.array(fc.constantFrom('--help', '--nope', '-z', '--=x', anyText.toString()), { maxLength: 3 }),
      )
      .map(([command, args]) => [command, ...args]),
  },
)

/** `check` scans its working tree: an empty one keeps every run quick. */
const EMPTY_DIRECTORY = mkdtempSync(join(tmpdir(), 'shiptag-fuzz-cli-'))

/** Runs the CLI with a workflow context from the variables (no git, no network, no files); what it printed and its exit code. */
async function runShiptag(args: readonly string[]): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const io: CliIo = {
    argv: args,
    env: {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REPOSITORY: 'acme/app',
    },
    cwd: EMPTY_DIRECTORY,
    now: new Date('2026-12-06T00:00:00Z'),
    stdout: () => {},
    stderr: (text) => {
      stderr += text
    },
    color: false,
  }
  return { code: await runCli(io), stderr }
}

/** Exit 0, 1 or 2 with a message a user can act on: never "unexpected error", never a crash. */
function cleanExit(outcome: Outcome): void {
  expect(outcome.kind).toBe('returned')
  const { code, stderr } = (outcome as { value: { code: number; stderr: string } }).value
  expect([0, 1, 2]).toContain(code)
  expect(stderr).not.toContain('unexpected error')
  if (code !== 0) expect(stderr).toContain('What to do:')
}

// The CLI loads each command when it first runs; loading (and transforming) them is not the time under test.
beforeAll(async () => {
  await Promise.all([
    import('../../src/cli/tags.js'),
    import('../../src/cli/push.js'),
    import('../../src/cli/promote.js'),
    import('../../src/cli/check.js'),
    import('../../src/cli/status.js'),
  ])
  await runShiptag(['tags', '--context=workflow', '--tags', "type=raw,value={{date 'YYYY'}}", '--tags', 'type=pep440,pattern={{version}}'])
})

describe('fuzz: CLI arguments', () => {
  it('any arguments end in exit 0, 1 or 2 with a clear message', async () => {
    await fuzzAsync(argv, runShiptag, 400, cleanExit)
  })
})

describe('regression corpus: CLI arguments', () => {
  it.each(corpusRows('cli'))('%s', async (_title, entry) => {
    // One argument per line.
    cleanExit(await outcomeOfAsync(() => runShiptag(entry.text.split('\n').filter((line) => line !== '')), entry.name))
  })
})
