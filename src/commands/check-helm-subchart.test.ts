import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../policy/index.js'
import { runCheckCommand } from './check.js'
import { PolicyGate } from './policy-gate.js'

const POLICY =
  'version: 1\nenvironments:\n  prod:\n    files: ["deploy/**"]\n    images: { allow: ["registry.acme.example/**"] }\n    tags: { forbid: [latest] }\n'

/** An umbrella chart as Bitnami's are built: the parent sets global.imageRegistry, a vendored subchart joins it in its templates. */
function umbrella(parentValues: string): Record<string, string> {
  return {
    'deploy/platform/Chart.yaml': 'apiVersion: v2\nname: platform\nversion: 1.0.0\n',
    'deploy/platform/values.yaml': parentValues,
    'deploy/platform/charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 19.0.0\nappVersion: 7.2.4\n',
    'deploy/platform/charts/redis/values.yaml': 'global:\n  imageRegistry: ""\nimage:\n  registry: docker.io\n  repository: bitnami/redis\n  tag: latest\n',
    'deploy/platform/charts/redis/templates/statefulset.yaml':
      'image: {{ include "common.images.image" (dict "imageRoot" .Values.image "global" .Values.global) }}\n',
  }
}

async function check(files: Record<string, string>) {
  const workspace = mkdtempSync(join(tmpdir(), 'shiptag-check-subchart-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true })
    writeFileSync(join(workspace, path), text)
  }
  const result = await runCheckCommand(
    { files: [], metadata: {}, workspace },
    { eventName: 'pull_request', ref: 'refs/pull/1/merge', sha: '0123456789abcdef0123456789abcdef01234567' },
    { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') },
    new PolicyGate(loadPolicy(POLICY, '.github/image-policy.yml'), '2026-12-06', ''),
  )
  return result.findings.map((f) => `${f.rule} ${f.location?.file}:${f.location?.line}`)
}

describe('a subchart sees its parent chart global.imageRegistry, as helm merges globals', () => {
  it("the parent's mirror replaces the subchart's registry: no image.allowed; the tag is still judged at the subchart's line", async () => {
    expect(await check(umbrella('global:\n  imageRegistry: registry.acme.example\n'))).toEqual(['tag.forbidden deploy/platform/charts/redis/values.yaml:6'])
  })

  it("without a parent mirror the subchart's own registry decides, at its line", async () => {
    expect(await check(umbrella('redis:\n  enabled: true\n'))).toEqual([
      'image.allowed deploy/platform/charts/redis/values.yaml:4',
      'tag.forbidden deploy/platform/charts/redis/values.yaml:6',
    ])
  })

  it("the parent's values under the subchart's name win over the subchart's own: the tag is judged at the parent's line", async () => {
    expect(await check(umbrella('global:\n  imageRegistry: registry.acme.example\nredis:\n  image:\n    tag: 7.2.5\n'))).toEqual([])
    expect(await check(umbrella('global:\n  imageRegistry: registry.acme.example\nredis:\n  image:\n    tag: latest\n'))).toEqual([
      'tag.forbidden deploy/platform/values.yaml:5',
    ])
  })
})
