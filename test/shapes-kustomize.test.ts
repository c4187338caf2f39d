import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/main.js'
import type { Finding } from '../src/policy/index.js'

const SHAPES = join(import.meta.dirname, 'fixtures/shapes/kustomize')

/** `shiptag check --json` on one case, in-process, against the case's own strict policy. */
async function check(name: string): Promise<{ code: number; findings: Finding[] }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli({
    argv: ['check', '--json', '--cwd', join(SHAPES, name)],
    env: {},
    cwd: SHAPES,
    now: new Date('2026-12-06T12:00:00Z'),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color: false,
  })
  expect(stderr).toBe('')
  return { code, findings: (JSON.parse(stdout) as { findings: Finding[] }).findings }
}

const at = (finding: Finding) =>
  `${finding.rule} ${finding.level} ${finding.location?.file}:${finding.location?.line}:${finding.location?.column}${(finding.related ?? []).map((related) => ` (related ${related.file}:${related.line}:${related.column})`).join('')}`

/**
 * Kustomize layouts modelled on public repositories (argocd-example-apps' kustomize-guestbook,
 * microservices-demo's kustomize/ with components): each image is checked as the overlay that
 * deploys it builds it, at the line that decides the value at fault (issue 15).
 */
describe('kustomize shapes', () => {
  it.each([
    [
      'guestbook-overlays',
      1,
      [
        // dev: the overlay's newTag makes it :latest; the base's untagged image is not a finding of its own.
        'tag.forbidden error kustomize-guestbook/overlays/dev/kustomization.yaml:8:13 (related kustomize-guestbook/base/guestbook-ui-deployment.yaml:17:18)',
        // prod: "0.2" is not a version; the newName-only redis entry keeps the base's tag 7.2.4.
        'tag.pattern error kustomize-guestbook/overlays/prod/kustomization.yaml:9:14 (related kustomize-guestbook/base/guestbook-ui-deployment.yaml:17:18)',
        // staging keeps the base's Docker Hub redis, which it does not allow: the base line decides it.
        'image.allowed error kustomize-guestbook/base/guestbook-ui-deployment.yaml:21:18',
      ],
    ],
    [
      'microservices-components',
      1,
      [
        // The registry comes from one component, the tag from another: the tag's line drops the digest.
        'digest.required error kustomize/components/container-images-tag/kustomization.yaml:5:13 (related kustomize/base/frontend.yaml:16:18)',
        // An init container added by an inline JSON 6902 patch, at its line inside the `|` block.
        'digest.required error kustomize/overlays/prod/kustomization.yaml:23:18',
        // A sidecar added by a strategic-merge patch file.
        'digest.required error kustomize/overlays/prod/debug-sidecar.yaml:10:18',
        'image.allowed error kustomize/overlays/prod/debug-sidecar.yaml:10:18',
      ],
    ],
    [
      'remote-base',
      1,
      [
        'scan.skipped warn deploy/prod/kustomization.yaml:4:5',
        'scan.skipped warn deploy/prod/kustomization.yaml:5:5',
        'scan.skipped warn deploy/prod/kustomization.yaml:6:5',
        // An entry that matches no image shiptag could read may apply to the remote base: checked as written...
        'tag.forbidden error deploy/prod/kustomization.yaml:10:13',
        // ...but a newName-only entry keeps a tag shiptag never saw, so it is no tag.missing.
      ],
    ],
    [
      // An Argo Rollout (a custom resource with a pod template) in a base: the overlay's newTag decides.
      'rollout-overlay',
      1,
      ['tag.forbidden error rollouts/overlays/prod/kustomization.yaml:5:13 (related rollouts/base/rollout.yaml:14:18)'],
    ],
    [
      'podinfo-bases',
      1,
      [
        // The base is under production's files too, but only the overlay deploys it: its untagged
        // image, which the overlay pins, is no finding; the exporter the overlay leaves alone is,
        // at the base's line, since no other line decides it.
        'digest.required error deploy/bases/backend/deployment.yaml:18:18',
      ],
    ],
  ])('%s', async (name, code, expected) => {
    const result = await check(name)
    expect(result.findings.map(at).sort()).toEqual([...expected].sort())
    expect(result.code).toBe(code)
  })
})
