import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPolicy, type Finding } from '../policy/index.js'
import { scanFile } from '../scan/index.js'
import { parseDotenv } from '../scan/index.js'
import { placeComposeFinding } from './check-compose.js'
import { runCheckCommand } from './check.js'
import { PolicyGate } from './policy-gate.js'
import { toSarif } from './sarif.js'

const IMAGE_LINE = { file: 'compose.yaml', line: 3, column: 12 }

function placed(rule: Finding['rule'], image: string, dotenv: string): string {
  const { variables } = parseDotenv('.env', dotenv)
  const [occurrence] = scanFile('compose.yaml', `services:\n  app:\n    image: ${image}\n`, 'compose', { compose: { variables, label: '.env' } }).occurrences
  const finding = placeComposeFinding({ rule, level: 'error', message: 'm', hint: 'h', location: IMAGE_LINE }, occurrence!, IMAGE_LINE)
  return `${finding.location?.file}:${finding.location?.line}`
}

describe('placeComposeFinding: the line that decides the rule', () => {
  it.each([
    ['tag.forbidden', 'ghcr.io/acme/app:${TAG}', 'TAG=latest', '.env:1'],
    ['tag.forbidden', '${REGISTRY}/app:latest', 'REGISTRY=ghcr.io/acme', 'compose.yaml:3'],
    ['image.denied', '${REGISTRY}/app:latest', 'REGISTRY=ghcr.io/acme', '.env:1'],
    ['image.denied', 'ghcr.io/acme/app:${TAG}', 'TAG=latest', 'compose.yaml:3'],
    ['tag.pattern', '${IMAGE}', 'X=1\nIMAGE=ghcr.io/acme/app:dev', '.env:2'],
    ['tag.missing', 'ghcr.io/acme/${NAME}', 'NAME=app', '.env:1'],
    ['digest.required', '${REGISTRY}/app:1.0', 'REGISTRY=localhost:5000', 'compose.yaml:3'],
    ['digest.required', 'localhost:5000/app:${TAG}', 'TAG=1.0', '.env:1'],
    ['tag.forbidden', 'localhost:5000/app${SUFFIX}', 'SUFFIX=:latest', '.env:1'],
    ['ref.invalid', 'ghcr.io/acme/app:${TAG}', 'TAG=not valid', 'compose.yaml:3'],
    ['promotion.order', 'ghcr.io/acme/app:${TAG}@${DIGEST}', `TAG=1.0\nDIGEST=sha256:${'a'.repeat(64)}`, '.env:2'],
    ['tag.immutable', 'ghcr.io/acme/app:${TAG}@sha256:${HEX}', `TAG=1.0\nHEX=${'a'.repeat(64)}`, '.env:2'],
    ['tag.immutable', 'ghcr.io/acme/app:${TAG}@sha256:' + 'a'.repeat(64), 'TAG=1.0', 'compose.yaml:3'],
  ] as const)('%s on %s with %j → %s', (rule, image, dotenv, expected) => {
    expect(placed(rule, image, dotenv)).toBe(expected)
  })
})

describe('SARIF relatedLocations', () => {
  it('lists the related places of a finding, with their regions', () => {
    const finding: Finding = {
      rule: 'tag.forbidden',
      level: 'error',
      message: 'm',
      hint: 'h',
      location: { file: '.env', line: 3, column: 14, endColumn: 20 },
      related: [{ file: 'compose.yaml', line: 4, column: 12, endColumn: 40 }, { input: 'env-file' }],
    }
    const [result] = (toSarif([finding]).runs as { results: Record<string, unknown>[] }[])[0]!.results
    expect(result!.relatedLocations).toEqual([
      { id: 0, physicalLocation: { artifactLocation: { uri: 'compose.yaml' }, region: { startLine: 4, startColumn: 12, endColumn: 40 } } },
    ])
  })
})

async function checkWorkspace(workspace: string, options: { policy?: string; readBase?: (path: string) => Promise<string | undefined> } = {}) {
  return runCheckCommand(
    { files: [], metadata: {}, workspace, ...(options.readBase ? { readBase: options.readBase } : {}) },
    { eventName: 'pull_request', ref: 'refs/pull/1/merge', sha: '0123456789abcdef0123456789abcdef01234567' },
    { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') },
    new PolicyGate(loadPolicy(options.policy ?? 'version: 1\n', '.github/image-policy.yml'), '2026-12-06', ''),
  )
}

describe('tag.immutable against the base branch, with the digest in .env', () => {
  const OLD = `sha256:${'a'.repeat(64)}`
  const NEW = `sha256:${'b'.repeat(64)}`
  const COMPOSE = 'services:\n  db:\n    image: mongo:${MONGO_VERSION}@${MONGO_DIGEST}\n'
  const dotenv = (digest: string) => `MONGO_VERSION=6.0\nMONGO_DIGEST=${digest}\n`

  it.each([
    ['a .env that moves the digest', dotenv(OLD), ['tag.immutable .env:2:14']],
    ['the same digest', dotenv(NEW), []],
    ['no .env on the base', undefined, []],
  ])('%s', async (_, baseDotenv, expected) => {
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-compose-immutable-'))
    writeFileSync(join(workspace, 'compose.yaml'), COMPOSE)
    writeFileSync(join(workspace, '.env'), dotenv(NEW))
    const base: Record<string, string | undefined> = { 'compose.yaml': COMPOSE, '.env': baseDotenv }
    const result = await checkWorkspace(workspace, {
      policy: 'version: 1\ndefaults:\n  tags:\n    immutable: ["*"]\n',
      readBase: async (path) => base[path],
    })
    expect(result.findings.map((finding) => `${finding.rule} ${finding.location?.file}:${finding.location?.line}:${finding.location?.column}`)).toEqual(
      expected,
    )
  })
})

describe('check reads .env within the workspace and the run budget only', () => {
  it('a large .env beside each of many Compose files counts against the 64 MiB a run reads', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-compose-budget-'))
    const dotenv = `TAG=1.0.0\n# ${'x'.repeat(1_040_000 - 14)}\n`
    for (let i = 0; i < 70; i++) {
      const folder = join(workspace, `p${String(i).padStart(2, '0')}`)
      mkdirSync(folder)
      writeFileSync(join(folder, 'compose.yaml'), 'services:\n  app:\n    image: ghcr.io/acme/app:${TAG}\n')
      writeFileSync(join(folder, '.env'), dotenv)
    }
    const result = await checkWorkspace(workspace)
    rmSync(workspace, { recursive: true, force: true })
    const notRead = result.findings.filter((finding) => finding.rule === 'ref.invalid')
    expect(notRead.map((finding) => finding.location?.file)).toEqual(['p64/.env', 'p65/.env', 'p66/.env', 'p67/.env', 'p68/.env', 'p69/.env'])
    expect(notRead[0]!.message).toBe('p64/.env was not read: check reads at most 64 MiB of files in one run, .env files included')
    expect(result.findings.filter((finding) => finding.rule === 'ref.unresolved')).toHaveLength(6)
  })

  it('a .env that links outside the workspace is not read: the image stays unresolved and the link is reported', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'shiptag-outside-'))
    writeFileSync(join(outside, 'secret.env'), 'TAG=hunter2-secret\n')
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-compose-link-'))
    mkdirSync(join(workspace, 'app'))
    writeFileSync(join(workspace, 'app/compose.yaml'), 'services:\n  app:\n    image: ghcr.io/acme/app:${TAG}\n')
    symlinkSync(join(outside, 'secret.env'), join(workspace, 'app/.env'))
    const result = await checkWorkspace(workspace)
    expect(result.findings.map((finding) => `${finding.rule} ${finding.location?.file}`)).toEqual([
      'file.outside-workspace app/.env',
      'ref.unresolved app/compose.yaml',
    ])
    expect(JSON.stringify(result.findings)).not.toContain('hunter2')
  })

  it('a malformed line is reported by position, never quoted (env files hold passwords)', () => {
    const { problems } = parseDotenv('.env', 'TAG=1\ndb password hunter2-secret\n')
    expect(problems).toEqual([{ line: 2, column: 1, message: expect.not.stringContaining('hunter2') }])
  })
})
