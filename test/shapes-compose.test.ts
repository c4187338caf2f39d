import { resolve } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from '../src/cli/main.js'

const SHAPES = resolve(import.meta.dirname, 'fixtures/shapes/compose')

interface Checked {
  readonly code: number
  readonly stderr: string
  readonly findings: readonly {
    rule: string
    level: string
    message: string
    location?: { file?: string; line?: number; column?: number }
    related?: readonly { file?: string; line?: number; column?: number }[]
  }[]
}

async function check(shape: string, ...args: string[]): Promise<Checked> {
  let stdout = ''
  let stderr = ''
  const code = await runCli({
    argv: ['check', '--cwd', resolve(SHAPES, shape), '--json', ...args],
    // The runner's environment must not decide anything: these would override .env in docker compose.
    env: { TAG: '1.0.0', FRONTEND_TAG: '1.0.0', API_TAG: '1.0.0', IMAGE: 'ghcr.io/acme/other' },
    cwd: resolve(SHAPES, shape),
    now: new Date('2026-12-06T12:00:00Z'),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color: false,
  })
  return { code, stderr, findings: stdout === '' ? [] : JSON.parse(stdout).findings }
}

const at = (finding: Checked['findings'][number]) => {
  const place = (location?: { file?: string; line?: number; column?: number }) => `${location?.file}:${location?.line}:${location?.column}`
  return `${finding.rule} ${finding.level} ${place(finding.location)}${finding.related ? ` (related ${finding.related.map(place).join(', ')})` : ''}`
}

beforeAll(() => {
  // Nor may the process's own environment (docs/policy.md#compose-variables).
  for (const name of ['TAG', 'FRONTEND_TAG', 'API_TAG', 'CRON_TAG', 'IMAGE']) vi.stubEnv(name, '1.0.0')
  return () => vi.unstubAllEnvs()
})

describe('compose shapes under a strict prod policy (forbid latest and *-rc*, digest required)', () => {
  it.each([
    [
      'dotenv-tags',
      [],
      [
        'digest.required error .env:3:14 (related compose.yaml:4:12, .env:2:10)',
        'tag.forbidden error .env:3:14 (related compose.yaml:4:12, .env:2:10)',
        'digest.required error .env:4:20 (related compose.yaml:6:13)',
        'digest.required error .env:8:11 (related compose.yaml:10:12)',
        'tag.forbidden error .env:8:11 (related compose.yaml:10:12)',
      ],
    ],
    ['env-file-not-interpolated', [], ['digest.required error docker-compose.yml:3:12', 'tag.forbidden error docker-compose.yml:3:12']],
    ['required-variables', [], ['ref.unresolved warn compose.yaml:3:12', 'ref.unresolved warn compose.yaml:7:12']],
    ['per-project', [], ['ref.unresolved warn blog/compose.yaml:3:12', 'digest.required error shop/.env:1:5 (related shop/compose.yaml:3:12)']],
    ['env-file-input', [], ['digest.required error .env:2:5 (related compose.yaml:3:12, .env:1:7)']],
    [
      'env-file-input',
      ['--env-file', 'deploy/base.env', '--env-file', 'deploy/prod.env'],
      [
        'digest.required error deploy/prod.env:1:6 (related compose.yaml:3:12, deploy/base.env:1:7)',
        'tag.forbidden error deploy/prod.env:1:6 (related compose.yaml:3:12, deploy/base.env:1:7)',
      ],
    ],
    ['broken-dotenv', [], ['ref.invalid error .env:2:1', 'digest.required error .env:1:5 (related compose.yaml:3:12)']],
  ])('%s %j', async (shape, args, expected) => {
    const { code, findings } = await check(shape, ...args)
    expect(findings.map(at)).toEqual(expected)
    expect(code).toBe(expected.some((line) => line.includes(' error ')) ? 1 : 0)
  })

  it.each([
    ['../dotenv-tags/.env', 'input "env-file", line 1: "../dotenv-tags/.env" points outside the workspace'],
    ['deploy/missing.env', 'input "env-file", line 1: deploy/missing.env does not exist'],
  ])('--env-file %s is refused before any finding', async (file, error) => {
    const { code, findings, stderr } = await check('env-file-input', '--env-file', file)
    expect(code).toBe(1)
    expect(findings).toEqual([])
    expect(stderr).toContain(error)
  })

  it('the messages name the env file line and the image it fills', async () => {
    const { findings } = await check('per-project')
    expect(findings.map((finding) => finding.message)).toEqual([
      'services.blog.image: "ghcr.io/acme/blog:${TAG}" cannot be checked: Compose fills it from the environment or an .env file: ${TAG} has no default',
      '"ghcr.io/acme/shop:main" is not pinned by digest, which environment prod requires (TAG is set in shop/.env line 1, for services.shop.image in shop/compose.yaml line 3)',
    ])
  })
})
