import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../policy/index.js'
import { runCheckCommand } from './check.js'
import { PolicyGate } from './policy-gate.js'

const POLICY = `version: 1
environments:
  prod:
    files: ["deploy/**"]
    images: { deny: ["ghcr.io/acme/legacy"] }
    tags: { immutable: ["semver:*"] }
`
const OLD = `sha256:${'a'.repeat(64)}`
const NEW = `sha256:${'b'.repeat(64)}`

async function check(image: string, base?: string) {
  const workspace = mkdtempSync(join(tmpdir(), 'shiptag-check-host-case-'))
  mkdirSync(join(workspace, 'deploy'))
  const pod = (reference: string) => `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ${reference}\n`
  writeFileSync(join(workspace, 'deploy/pod.yaml'), pod(image))
  const result = await runCheckCommand(
    { files: [], metadata: {}, workspace, ...(base !== undefined ? { readBase: async () => pod(base) } : {}) },
    { eventName: 'pull_request', ref: 'refs/pull/1/merge', sha: '0123456789abcdef0123456789abcdef01234567' },
    { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') },
    new PolicyGate(loadPolicy(POLICY, '.github/image-policy.yml'), '2026-12-06', ''),
  )
  return result.findings.map((finding) => `${finding.rule} ${finding.environment}`)
}

/** A deployment file that spells the registry host in capitals is one repository with the lower-case spelling (RFC 3986 section 3.2.2). */
describe('check, whatever case the registry host is written in', () => {
  it.each([['ghcr.io/acme/legacy:1.0'], ['GHCR.io/acme/legacy:1.0'], ['Ghcr.IO/acme/legacy:1.0']])('denies %s', async (image) => {
    expect(await check(image)).toEqual(['image.denied prod'])
  })

  it.each([
    [`ghcr.io/acme/app:1.0.0@${NEW}`, `ghcr.io/acme/app:1.0.0@${OLD}`],
    [`GHCR.io/acme/app:1.0.0@${NEW}`, `ghcr.io/acme/app:1.0.0@${OLD}`],
    [`ghcr.io/acme/app:1.0.0@${NEW}`, `GHCR.IO/acme/app:1.0.0@${OLD}`],
  ])('sees the immutable tag moved from the base branch: %s (base %s)', async (image, base) => {
    expect(await check(image, base)).toEqual(['tag.immutable prod'])
  })
})
