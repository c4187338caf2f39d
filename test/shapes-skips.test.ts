/**
 * Issue 15, skips slice: real-world shapes (modelled on microservices-demo, argocd-example-apps,
 * argo-cd, argo-rollouts and gomplate-style repositories; written for this test) checked through
 * the CLI against a strict prod policy, with every finding at its exact place. Each case is a
 * small repository under test/fixtures/shapes/skips/<case>/.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/main.js'

const SHAPES = join(import.meta.dirname, 'fixtures/shapes/skips')

interface Checked {
  readonly code: number
  readonly findings: string[]
  readonly files: string[]
  readonly skipped: string[]
  readonly notes: string[]
  readonly messages: string[]
}

async function check(shape: string): Promise<Checked> {
  let stdout = ''
  const code = await runCli({
    argv: ['check', '--cwd', join(SHAPES, shape), '--json'],
    env: {},
    cwd: SHAPES,
    now: new Date('2026-12-06T12:00:00Z'),
    stdout: (text) => (stdout += text),
    stderr: () => {},
    color: false,
  })
  const out = JSON.parse(stdout) as {
    findings: { rule: string; level: string; message: string; location?: { file?: string; line?: number; column?: number } }[]
    files: string[]
    skipped: string[]
    notes: string[]
  }
  return {
    code,
    findings: out.findings.map((f) => `${f.level} ${f.rule} ${f.location?.file}:${f.location?.line}:${f.location?.column}`),
    files: out.files,
    skipped: out.skipped,
    notes: out.notes,
    messages: out.findings.map((f) => f.message),
  }
}

describe('shapes: files never skipped silently (skips)', () => {
  it('a Deployment whose shell command mentions {{PROJECT_ID}} is scanned, and its images checked', async () => {
    const result = await check('shell-braces')
    expect(result.findings).toEqual([
      'error digest.required deploy/loadgenerator.yaml:18:18',
      'error tag.forbidden deploy/loadgenerator.yaml:18:18',
      'error digest.required deploy/loadgenerator.yaml:26:18',
    ])
    expect(result).toMatchObject({ code: 1, files: ['deploy/loadgenerator.yaml'], skipped: [] })
  })

  it('a YAML error drops only its document, as scan.skipped at its line; the other documents are checked', async () => {
    const result = await check('broken-yaml')
    expect(result.findings).toEqual([
      'error scan.skipped deploy/guestbook.yaml:7:3',
      'error digest.required deploy/guestbook.yaml:23:18',
      'error scan.skipped deploy/redis.yaml:11:11',
    ])
    expect(result.messages[0]).toBe('YAML error at line 7, column 3: Map keys must be unique; this document (lines 1–12) was not scanned')
    expect(result).toMatchObject({ code: 1, skipped: ['deploy/guestbook.yaml', 'deploy/redis.yaml'] })
  })

  it('a Go template with {{ in its structure is skipped with the place; a quoted {{ value is ref.templated', async () => {
    const result = await check('go-template')
    expect(result.findings).toEqual([
      'warn scan.skipped deploy/app.yaml:4:9',
      'warn ref.templated deploy/worker.yaml:10:19',
      'error digest.required deploy/worker.yaml:12:18',
      'error tag.forbidden deploy/worker.yaml:12:18',
    ])
    expect(result.messages[0]).toMatch(/^template syntax: \{\{ at line 4, column 9 is part of the YAML structure/)
    expect(result).toMatchObject({ code: 1, files: ['deploy/worker.yaml'], skipped: ['deploy/app.yaml'] })
  })

  it('placeholders and $(VAR) are warnings of their own, not ref.invalid errors', async () => {
    const result = await check('placeholders')
    expect(result.findings).toEqual([
      'warn ref.placeholder deploy/sample-pod.yaml:8:14',
      'warn ref.placeholder deploy/sample-pod.yaml:10:14',
      'warn ref.templated deploy/sample-pod.yaml:12:14',
      'warn ref.placeholder deploy/sample-pod.yaml:14:14',
      'error digest.required deploy/sample-pod.yaml:16:14',
      'error tag.forbidden deploy/sample-pod.yaml:16:14',
    ])
  })

  it('CRDs are left out unparsed, lock files unread and CI workflows out, each said once; the Deployment next to a CRD is checked', async () => {
    const result = await check('crd-and-lock')
    expect(result.findings).toEqual(['error digest.required deploy/install.yaml:36:18', 'error tag.forbidden deploy/install.yaml:36:18'])
    expect(result.files).toEqual(['deploy/crds/application-crd.yaml', 'deploy/install.yaml', 'ui/package.json'])
    expect(result.notes).toEqual([
      '1 GitHub Actions workflow file(s) matched the files to check and were left out (their images run CI jobs, not deployments): .github/workflows/ci.yml',
      '1 dependency lock file(s) matched the files to check and were left out unread (they name packages, not images): ui/package-lock.json',
      '2 CustomResourceDefinition document(s) were left out unparsed (they define types and run no image): deploy/crds/application-crd.yaml, deploy/install.yaml',
    ])
  })

  it('a custom resource with a pod template (an Argo Rollout) is read like a Deployment; an image elsewhere (an Argo Workflow) is scan.skipped at the image', async () => {
    const result = await check('unknown-kind')
    expect(result.findings).toEqual([
      'error digest.required deploy/rollout.yaml:14:18',
      'error tag.forbidden deploy/rollout.yaml:14:18',
      'warn scan.skipped deploy/workflow.yaml:10:16',
    ])
    expect(result.messages[2]).toBe('Workflow/hello (argoproj.io/v1alpha1) is of a kind shiptag does not read, so its image field was not checked')
    expect(result).toMatchObject({ code: 1, skipped: ['deploy/workflow.yaml'] })
  })
})
