/**
 * Issue 13: `check` judges the tags input as push would: a forbidden computed tag names its rule,
 * line and flavor setting, and an images line the grammar refuses is `ref.invalid` at that line.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { loadPolicy } from '../policy/index.js'
import { runCheckCommand } from './check.js'
import { PolicyGate } from './policy-gate.js'
import { inputLines } from '../input-lines.js'

const POLICY = `version: 1
environments:
  prod:
    repository: ghcr.io/acme/app
    tags:
      forbid: [latest]
`

async function check(metadata: { images: string; tags: string }) {
  const workspace = mkdtempSync(join(tmpdir(), 'shiptag-check-origin-'))
  mkdirSync(join(workspace, 'deploy'))
  writeFileSync(join(workspace, 'deploy/pod.yaml'), 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ghcr.io/acme/app:1.2.3\n')
  return runCheckCommand(
    { files: inputLines('files', 'deploy/*.yaml'), metadata, workspace },
    { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567', defaultBranch: 'main' },
    { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') },
    new PolicyGate(loadPolicy(POLICY, '.github/image-policy.yml'), '2026-12-06', ''),
  )
}

it('a forbidden latest names the flavor that added it and the tags line that asked for it', async () => {
  const result = await check({ images: 'ghcr.io/acme/app', tags: 'type=sha\ntype=semver,pattern={{version}}' })
  const forbidden = result.findings.filter((finding) => finding.rule === 'tag.forbidden')
  expect(forbidden).toHaveLength(1)
  expect(forbidden[0]!.location).toEqual({ input: 'tags', line: 2 })
  expect(forbidden[0]!.message).toBe(
    'on a push of tag v1.2.3, the tags input would push ghcr.io/acme/app:latest: tag "latest" is forbidden in environment prod (pattern "latest"); ' +
      '"latest" was added by flavor latest=auto (the default) because type=semver,pattern={{version}} (input "tags", line 2) produced a release',
  )
  expect(forbidden[0]!.hint).toMatch(/^set flavor: latest=false to stop adding "latest"/)
})

it('an images line the reference grammar refuses is ref.invalid at that line, once', async () => {
  const result = await check({ images: 'ghcr.io/acme/ok\nghcr.io/Acme/App', tags: 'type=sha' })
  const invalid = result.findings.filter((finding) => finding.rule === 'ref.invalid')
  expect(invalid.map((finding) => [finding.location, finding.message])).toEqual([
    [
      { input: 'images', line: 2 },
      'input "images", line 2: image name "ghcr.io/Acme/App" is not valid as given, so "ghcr.io/acme/app" is used instead: repository name must be lowercase: "Acme" in "Acme/App"',
    ],
  ])
})
