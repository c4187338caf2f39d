import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { builtInPolicy } from '../policy/index.js'
import { runCheckCommand } from './check.js'
import { PolicyGate } from './policy-gate.js'
import { inputLines } from '../input-lines.js'

it('quotes a deployment file reference without the login pasted into it', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'shiptag-check-user-info-'))
  mkdirSync(join(workspace, 'deploy'))
  writeFileSync(
    join(workspace, 'deploy/pod.yaml'),
    'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: "https://octo:Sup3rSecretT0ken@ghcr.io/acme/app:1.0"\n',
  )
  writeFileSync(join(workspace, 'compose.yaml'), 'services:\n  app:\n    image: "octo:Sup3r/SecretT0ken@ghcr.io/acme/app:${TAG}"\n')
  const result = await runCheckCommand(
    { files: inputLines('files', ''), metadata: {}, workspace },
    { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' },
    { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') },
    new PolicyGate(builtInPolicy(), '2026-12-06', ''),
  )
  expect(result.findings.map((finding) => `${finding.rule} ${finding.location?.file}`)).toEqual(['ref.unresolved compose.yaml', 'ref.invalid deploy/pod.yaml'])
  expect(JSON.stringify(result.findings)).not.toMatch(/Sup3r|T0ken/)
  expect(result.findings[0]!.message).toContain('"***@ghcr.io/acme/app:${TAG}"')
  expect(result.findings[1]!.message).toContain('"https://***@ghcr.io/acme/app:1.0"')
})
