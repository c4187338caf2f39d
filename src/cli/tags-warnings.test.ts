import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import type { CliIo } from './io.js'
import { runCli } from './main.js'

it('a refused tag that shiptag rewrote: the warning saying from what comes first, then the refusal naming the rule', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-tags-warnings-'))
  writeFileSync(join(dir, 'policy.yml'), 'version: 1\nenvironments:\n  prod:\n    repository: ghcr.io/acme/app\n    tags:\n      forbid: ["feature-*"]\n')
  let stderr = ''
  const io: CliIo = {
    argv: [
      'tags',
      '--context',
      'workflow',
      '--cwd',
      dir,
      '--policy',
      'policy.yml',
      '--images',
      'ghcr.io/acme/app',
      '--tags',
      'type=sha',
      '--tags',
      'type=ref,event=branch',
    ],
    env: { GITHUB_REF: 'refs/heads/feature/login', GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', GITHUB_EVENT_NAME: 'push' },
    cwd: dir,
    now: new Date('2026-12-06T00:00:00Z'),
    stdout: () => {},
    stderr: (text) => (stderr += text),
    color: false,
  }
  expect(await runCli(io)).toBe(1)
  const warning = stderr.indexOf('warning: input "tags", line 2: tag "feature/login" is not valid as given, so "feature-login" is used instead')
  const refusal = stderr.indexOf('[tag.forbidden]')
  expect(warning).toBeGreaterThanOrEqual(0)
  expect(refusal).toBeGreaterThan(warning)
  expect(stderr).toContain('"feature-login" comes from type=ref,event=branch (input "tags", line 2)')
})
