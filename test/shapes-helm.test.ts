import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/main.js'

const SHAPES = resolve(import.meta.dirname, 'fixtures/shapes/helm')

interface Found {
  readonly rule: string
  readonly hint: string
  readonly level: string
  readonly location?: { file?: string; line?: number; column?: number }
  readonly related?: readonly { file: string; line: number; column?: number }[]
  readonly message: string
}

async function check(name: string, args: readonly string[] = []): Promise<{ code: number; findings: Found[]; notes: string[] }> {
  const dir = resolve(SHAPES, name)
  let stdout = ''
  const code = await runCli({
    argv: ['check', '--json', ...args],
    env: {},
    cwd: dir,
    now: new Date('2026-12-06T12:00:00Z'),
    stdout: (text) => (stdout += text),
    stderr: () => {},
    color: false,
  })
  const parsed = JSON.parse(stdout) as { findings: Found[]; notes: string[] }
  return { code, ...parsed }
}

const at = (f: Found) => `${f.level} ${f.rule} ${f.location?.file}:${f.location?.line}:${f.location?.column}`
const related = (f: Found) => (f.related ?? []).map((r) => `${r.file}:${r.line}:${r.column}`)

/**
 * Charts shaped like public ones (written here, not copied): Bitnami's image maps with
 * global.imageRegistry and digest, podinfo's repository + tag with the appVersion default and a values-prod.yaml that sets only the tag, Online
 * Boutique's registry prefix joined in templates, and Argo CD's images written into templates. Each
 * is checked under a strict prod policy (forbid latest, digest required).
 */
describe('shapes: helm', () => {
  it.each([
    [
      'bitnami-redis',
      [
        'error digest.required charts/redis/values.yaml:8:8',
        'error digest.required charts/redis/values.yaml:16:10',
        'error tag.forbidden charts/redis/values.yaml:16:10',
      ],
    ],
    [
      'podinfo',
      [
        'error tag.missing charts/podinfo/templates/tests/jwt.yaml:11:14',
        'error digest.required charts/podinfo/templates/tests/jwt.yaml:11:14',
        'error digest.required charts/podinfo/values-prod.yaml:4:8',
        'error tag.forbidden charts/podinfo/values-prod.yaml:4:8',
        'error digest.required charts/podinfo/Chart.yaml:3:13',
        'error digest.required charts/podinfo/values.yaml:14:8',
      ],
    ],
    [
      'microservices-demo',
      [
        'error digest.required helm-chart/Chart.yaml:5:14',
        'error digest.required helm-chart/Chart.yaml:5:14',
        'error tag.missing helm-chart/templates/cartservice.yaml:25:16',
        'error digest.required helm-chart/templates/cartservice.yaml:25:16',
        'error image.allowed helm-chart/templates/cartservice.yaml:25:16',
        'warn ref.templated helm-chart/templates/loadgenerator.yaml:11:16',
      ],
    ],
    [
      'argo-cd',
      ['error digest.required deploy/argocd/templates/redis/deployment.yaml:18:17', 'error tag.forbidden deploy/argocd/templates/redis/deployment.yaml:18:17'],
    ],
  ])('%s', async (name, expected) => {
    const result = await check(name)
    expect(result.findings.map(at)).toEqual(expected)
    expect(result.code).toBe(1)
    expect(result.notes).toEqual([expect.stringMatching(/^Helm chart .*: checked without rendering .* are not$/)])
  })

  it('points a tag finding at the line that decides the tag, with the lines it is joined with as related locations', async () => {
    const podinfo = await check('podinfo')
    const fromAppVersion = podinfo.findings.find((f) => f.location?.file === 'charts/podinfo/Chart.yaml')!
    expect(fromAppVersion.message).toContain('"ghcr.io/stefanprodan/podinfo:6.5.4" is not pinned by digest')
    expect(fromAppVersion.message).toContain('image.tag is empty, so the tag is the chart appVersion')
    expect(related(fromAppVersion)).toEqual(['charts/podinfo/values.yaml:7:15', 'charts/podinfo/values.yaml:8:9'])
    const override = podinfo.findings.find((f) => f.rule === 'tag.forbidden')!
    expect(override.message).toContain('tag "latest" is forbidden')
    expect(override.location?.file).toBe('charts/podinfo/values-prod.yaml')
    expect(related(override)).toEqual(['charts/podinfo/values.yaml:7:15'])

    const boutique = await check('microservices-demo')
    const services = boutique.findings.filter((f) => f.location?.file === 'helm-chart/Chart.yaml')
    expect(services.map((f) => f.message.split(' ')[0])).toEqual([
      '"us-central1-docker.pkg.dev/google-samples/microservices-demo/adservice:v0.10.1"',
      '"us-central1-docker.pkg.dev/google-samples/microservices-demo/cartservice:v0.10.1"',
    ])
    const templated = boutique.findings.find((f) => f.rule === 'ref.templated')!
    expect(templated.message).toContain('"onlineboutique.image" is called with other arguments than the root context')
    expect(templated.hint).toContain('write the image in values.yaml')
    expect(related(services[0]!)).toEqual(['helm-chart/templates/adservice.yaml:11:16', 'helm-chart/values.yaml:2:15', 'helm-chart/values.yaml:4:9'])
  })

  it("reads Bitnami's global.imageRegistry as the registry, with the image's own registry line related", async () => {
    const bitnami = await check('bitnami-redis')
    expect(bitnami.findings[0]!.message).toContain('"registry.acme.example/bitnami/redis:7.2.4-debian-12-r9"')
    expect(related(bitnami.findings[0]!)).toEqual(['charts/redis/values.yaml:7:15', 'charts/redis/values.yaml:3:18', 'charts/redis/values.yaml:6:13'])
  })

  it('checks the images a template joins from values.yaml when only the templates are checked', async () => {
    const result = await check('podinfo', ['--files', 'charts/podinfo/templates/**'])
    expect(result.findings.map(at)).toEqual([
      'error digest.required charts/podinfo/Chart.yaml:3:13',
      'error digest.required charts/podinfo/values.yaml:14:8',
      'error tag.missing charts/podinfo/templates/tests/jwt.yaml:11:14',
      'error digest.required charts/podinfo/templates/tests/jwt.yaml:11:14',
    ])
    expect(result.findings[0]!.message).toContain('"ghcr.io/stefanprodan/podinfo:6.5.4"')
    expect(related(result.findings[0]!)).toEqual([
      'charts/podinfo/templates/deployment.yaml:11:19',
      'charts/podinfo/values.yaml:7:15',
      'charts/podinfo/values.yaml:8:9',
    ])
  })
})
