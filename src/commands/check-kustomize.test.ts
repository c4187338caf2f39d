import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../policy/index.js'
import { runCheckCommand } from './check.js'
import { PolicyGate } from './policy-gate.js'

const POLICY = 'version: 1\nenvironments:\n  prod:\n    files: ["deploy/prod/**"]\n    tags: { allow: ["semver:*"] }\n'
const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: ${image}\n`

async function check(files: Record<string, string>, links: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'shiptag-check-kustomize-'))
  const workspace = join(root, 'repo')
  for (const [path, text] of Object.entries({ ...files, '../outside/pod.yaml': pod('outside.example/secret-app:9.9.9') })) {
    mkdirSync(join(workspace, path, '..'), { recursive: true })
    writeFileSync(join(workspace, path), text)
  }
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(workspace, path))
  const result = await runCheckCommand(
    { files: [], metadata: {}, workspace },
    { eventName: 'pull_request', ref: 'refs/pull/1/merge', sha: '0123456789abcdef0123456789abcdef01234567' },
    { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') },
    new PolicyGate(loadPolicy(POLICY, '.github/image-policy.yml'), '2026-12-06', ''),
  )
  return result.findings
}

/** A pull request's kustomization can name any path: only files of the workspace listing are ever read (docs/threat-model.md). */
describe('check, kustomize resources a pull request points elsewhere', () => {
  it('never reads .git, a path outside the workspace, or a link that leaves it, and says so at each entry', async () => {
    const findings = await check(
      {
        '.git/config': '[http]\n  extraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n',
        'deploy/prod/kustomization.yaml':
          'resources:\n  - ../../.git/config\n  - ../../../outside/pod.yaml\n  - /etc/hostname\n  - linked.yaml\n  - app.yaml\nimages:\n  - name: app\n    newTag: "1.2"\n',
        'deploy/prod/app.yaml': pod('app:1.0.0'),
      },
      { 'deploy/prod/linked.yaml': '../../../outside/pod.yaml' },
    )
    expect(findings.map((f) => `${f.rule} ${f.location?.file}:${f.location?.line}`)).toEqual([
      'file.outside-workspace deploy/prod/linked.yaml:1',
      'scan.skipped deploy/prod/kustomization.yaml:2',
      'scan.skipped deploy/prod/kustomization.yaml:3',
      'scan.skipped deploy/prod/kustomization.yaml:4',
      'scan.skipped deploy/prod/kustomization.yaml:5',
      // The overlay's newTag decides the tag of the one image it could read.
      'tag.pattern deploy/prod/kustomization.yaml:9',
    ])
    expect(findings[1]!.message).toContain('leads into a .git folder')
    expect(findings[4]!.message).toMatch(/^resources\[3\] "linked\.yaml": deploy\/prod\/linked\.yaml cannot be read \(it leads to .*, outside the workspace\)/)
    const text = JSON.stringify(findings)
    expect(text).not.toContain('c2VjcmV0')
    expect(text).not.toContain('secret-app')
  })

  it('reports a YAML error in a file only a kustomization reads, at that file', async () => {
    const findings = await check({
      'deploy/prod/kustomization.yaml': 'resources:\n  - pod.txt\n',
      'deploy/prod/pod.txt': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  name: q\nspec:\n  containers:\n    - image: app:latest\n',
    })
    expect(findings.map((f) => `${f.rule} ${f.location?.file}:${f.location?.line}`)).toEqual(['ref.invalid deploy/prod/pod.txt:5'])
  })

  it('quotes no login pasted into an image, neither as written nor as built', async () => {
    const findings = await check({
      'deploy/prod/kustomization.yaml':
        'resources:\n  - app.yaml\nimages:\n  - name: ghcr.io/acme/app\n    newName: "bot:hunter2@ghcr.io/acme/app2"\n  - name: "bot:hunter3@ghcr.io/acme/gone"\n    newTag: latest\n',
      'deploy/prod/app.yaml': pod('ghcr.io/acme/app:1.0.0'),
    })
    // A login before the registry is no reference a runtime reads, as built or as an entry writes it.
    expect(findings.map((f) => `${f.rule} ${f.location?.file}:${f.location?.line}`)).toEqual([
      'ref.invalid deploy/prod/kustomization.yaml:5',
      'ref.invalid deploy/prod/kustomization.yaml:7',
    ])
    expect(findings[0]!.message).toContain('becomes')
    expect(JSON.stringify(findings)).not.toMatch(/hunter/)
  })

  it('reads a resource past 1 MiB made of CRDs, as argo-cd lists its CRDs: the CRDs are left out and the Deployment beside them is built', async () => {
    const schema = Array.from({ length: 40_000 }, (_, i) => `            field${i}: { type: string }`).join('\n')
    const crd = `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: apps.example.com }\nspec:\n  versions:\n    - schema:\n        properties:\n${schema}\n`
    const install = `${crd}---\n${pod('app:1.0.0')}`
    expect(Buffer.byteLength(install)).toBeGreaterThan(1024 * 1024)
    const findings = await check({
      'deploy/prod/kustomization.yaml': 'resources:\n  - install.yaml\nimages:\n  - name: app\n    newTag: latest\n',
      'deploy/prod/install.yaml': install,
    })
    expect(findings.map((f) => `${f.rule} ${f.location?.file}:${f.location?.line}`)).toEqual(['tag.pattern deploy/prod/kustomization.yaml:5'])
  })
})
