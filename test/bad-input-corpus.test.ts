/**
 * Bad input at scale: a generated corpus (fixed seed) of malformed references, tag rules, policy
 * files, layouts and registry answers. Each must end in a typed ShiptagError with a message and a
 * hint, or be accepted; never a crash (TypeError, RangeError…), never a hang, and nothing written.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPromoteCommand } from '../src/commands/promote.js'
import { runPushCommand } from '../src/commands/push.js'
import { runTagsCommand } from '../src/commands/tags.js'
import type { GitContext } from '../src/context/index.js'
import { ShiptagError, describeError } from '../src/errors.js'
import { PolicyFileError, loadPolicy } from '../src/policy/index.js'
import { parseReference } from '../src/ref/index.js'
import { createRegistryClient } from '../src/registry/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { buildLayout, tarLayout, type BuiltLayout } from './support/layouts/index.js'
import { mulberry32, startRegistry, type StartedRegistry } from './support/registry/index.js'
import { inputLines } from '../src/input-lines.js'

const SEED = 20261130
const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/tags/v1.2.3', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-11-30T00:00:00Z') }

/** Mutates text the way a slip of the keyboard does: delete, duplicate, swap or insert one character. */
function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length)
  const noise = ':@/-_.{}[]"\'\t #*?\\\n0aZ'[Math.floor(random() * 21)]!
  switch (Math.floor(random() * 4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1)
    case 1:
      return text.slice(0, at) + text[at] + text.slice(at)
    case 2:
      return text.slice(0, at) + noise + text.slice(at + 1)
    default:
      return text.slice(0, at) + noise + text.slice(at)
  }
}

/** Accepted, or refused with a ShiptagError that has a message and a hint; anything else fails the test. */
function acceptedOrClear(run: () => unknown, label: string): 'accepted' | 'refused' {
  try {
    run()
    return 'accepted'
  } catch (error) {
    expect(error, `${label}: ${String(error)}`).toBeInstanceOf(ShiptagError)
    expect((error as ShiptagError).message.length, label).toBeGreaterThan(10)
    expect(describeError(error), label).toContain('What to do:')
    return 'refused'
  }
}

describe('generated corpus of bad input (seed ' + SEED + ')', () => {
  const random = mulberry32(SEED)

  it('image references: 2000 mutations of valid ones parse or are refused with the reason', () => {
    const valid = [
      'ghcr.io/acme/app:1.2.3',
      'localhost:5000/a/b@sha256:' + 'a'.repeat(64),
      'docker.io/library/nginx:latest',
      'registry.acme.example:443/team/app:v1@sha256:' + 'b'.repeat(64),
      'acme/app',
    ]
    const outcomes = { accepted: 0, refused: 0 }
    for (let i = 0; i < 2000; i++) {
      let text = valid[i % valid.length]!
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) text = mutate(text, random)
      outcomes[acceptedOrClear(() => parseReference(text), JSON.stringify(text))]++
    }
    expect(outcomes.refused).toBeGreaterThan(200)
    // Length limits: a 256-character path (the domain is not counted, distribution/reference@aaca75e) and a 129-character tag.
    expect(acceptedOrClear(() => parseReference(`ghcr.io/${'a'.repeat(254)}/b:1`), 'a 256-character path')).toBe('refused')
    expect(acceptedOrClear(() => parseReference(`ghcr.io/a/b:${'t'.repeat(129)}`), 'long tag')).toBe('refused')
    expect(acceptedOrClear(() => parseReference(`ghcr.io/a/b@sha256:${'a'.repeat(31)}`), '31-hex digest')).toBe('refused')
  })

  it('tag rules: 1000 mutations of the tags input compute tags or are refused with the line', async () => {
    const valid =
      "type=semver,pattern={{version}}\ntype=ref,event=branch\ntype=sha,format=long\ntype=raw,value=stable,enable={{is_default_branch}}\ntype=match,pattern=v(\\d+),group=1\ntype=raw,value={{date 'YYYYMMDD' tz='UTC'}}"
    let refused = 0
    for (let i = 0; i < 1000; i++) {
      let tags = valid
      for (let n = 1 + Math.floor(random() * 2); n > 0; n--) tags = mutate(tags, random)
      const computed = await runTagsCommand({ images: 'ghcr.io/acme/app', tags }, CONTEXT, OPTIONS).then(
        () => 'accepted',
        (error: unknown) =>
          acceptedOrClear(() => {
            throw error
          }, JSON.stringify(tags)),
      )
      if (computed === 'refused') refused++
    }
    expect(refused).toBeGreaterThan(50)
  })

  it('policy files: 1000 mutations load or are refused with file, line and column', () => {
    const valid = readFileSync(join(import.meta.dirname, 'fixtures/check-repo/.github/image-policy.yml'), 'utf8')
    let refused = 0
    for (let i = 0; i < 1000; i++) {
      let text = valid
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) text = mutate(text, random)
      try {
        loadPolicy(text, 'policy.yml')
      } catch (error) {
        refused++
        expect(error, String(error)).toBeInstanceOf(ShiptagError)
        // One problem reads `policy.yml:L:C: …`; several are listed one a line, each with its place and what to do.
        const places = (error as PolicyFileError).problems.map(
          (problem) => `policy.yml:${problem.location.line}:${problem.location.column}: ${problem.message}`,
        )
        expect(error).toBeInstanceOf(PolicyFileError)
        expect(places.every((place) => /^policy\.yml:\d+:\d+: /.test(place) && describeError(error).includes(place))).toBe(true)
        expect(describeError(error).match(/What to do: ./g)?.length).toBeGreaterThanOrEqual(places.length)
      }
    }
    expect(refused).toBeGreaterThan(300)
  })
})

describe('bad layouts and bad registry answers: clear errors, nothing written', () => {
  let registry: StartedRegistry
  let image: BuiltLayout
  const client = () => createRegistryClient({ credentials: async () => undefined, sleep: async () => {}, retry: { attempts: 2 } })
  const writes = async () => (await registry.accessLog()).filter((e) => ['PUT', 'POST', 'PATCH', 'DELETE'].includes(e.method))

  beforeAll(async () => {
    registry = await startRegistry()
    image = buildLayout({ layers: [64 * 1024, 1024], seed: 601 })
    const ok = client()
    await runPushCommand({ source: image.dir, metadata: { images: `${registry.host}/acme/src`, tags: 'v1' }, dryRun: false }, CONTEXT, OPTIONS, ok)
    await ok.close()
  })
  afterAll(async () => {
    registry?.injectFaults(undefined)
    await registry?.stop()
  })

  const layoutCases: [string, (dir: string) => string][] = [
    ['index.json that is not JSON', (dir) => (writeFileSync(join(dir, 'index.json'), '{"schemaVersion": 2, "manifests": ['), dir)],
    ['index.json without manifests', (dir) => (writeFileSync(join(dir, 'index.json'), '{"schemaVersion": 2}'), dir)],
    ['a manifest blob that is missing', (dir) => (rmSync(join(dir, 'blobs/sha256', image.rootDigest.slice(7))), dir)],
    [
      'a manifest whose bytes do not match its digest',
      (dir) => (writeFileSync(join(dir, 'blobs/sha256', image.rootDigest.slice(7)), '{"schemaVersion":2}'), dir),
    ],
    ['a layer cut short', (dir) => (truncateSync(join(dir, 'blobs/sha256', image.layers[0]!.digest.slice(7)), 100), dir)],
    [
      'a tar cut in the middle',
      (dir) => {
        const tar = tarLayout(dir, `${dir}.tar`)
        truncateSync(tar, Math.floor(readFileSync(tar).length / 2))
        return tar
      },
    ],
    ['a file that is not a layout', (dir) => (writeFileSync(`${dir}.txt`, 'hello'), `${dir}.txt`)],
  ]
  it.each(layoutCases)('push of a layout with %s: a clear error and nothing written', async (_name, spoil) => {
    const dir = mkdtempSync(join(tmpdir(), 'shiptag-bad-layout-'))
    cpSync(image.dir, dir, { recursive: true })
    const source = spoil(dir)
    const c = client()
    await registry.resetAccessLog()
    try {
      const error = await runPushCommand({ source, metadata: { images: `${registry.host}/acme/bad`, tags: 'v1' }, dryRun: false }, CONTEXT, OPTIONS, c).catch(
        (caught: unknown) => caught,
      )
      expect(error, String(error)).toBeInstanceOf(ShiptagError)
      expect(describeError(error)).toContain('What to do:')
      expect(await writes()).toEqual([])
    } finally {
      await c.close()
    }
  })

  const manifestGet = (path: string, method: string) => method === 'GET' && path === '/v2/acme/src/manifests/v1'
  const answers: [string, () => { status: number; headers?: Record<string, string>; body?: string }][] = [
    [
      'invalid JSON',
      () => ({ status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: '{"schemaVersion": 2, "config": ' }),
    ],
    ['an HTML page', () => ({ status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Sign in</body></html>' })],
    [
      'a manifest larger than 8 MiB',
      () => ({
        status: 200,
        headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
        body: `{"schemaVersion":2,"pad":"${'x'.repeat(9 * 1024 * 1024)}"}`,
      }),
    ],
    [
      'a wrong media type for its body',
      () => ({
        status: 200,
        headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' },
        body: JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'x', digest: 'sha256:' + 'a'.repeat(64), size: 1 },
          layers: [],
        }),
      }),
    ],
    ['a redirect loop', () => ({ status: 307, headers: { location: '/v2/acme/src/manifests/v1' } })],
    ['500 every time', () => ({ status: 500, body: 'internal error' })],
  ]
  it.each(answers)('promote when the registry answers the source manifest with %s: a clear error, nothing written', async (_name, answer) => {
    const c = client()
    registry.injectFaults((request) => (manifestGet(request.path, request.method) ? { kind: 'status', ...answer() } : undefined))
    await registry.resetAccessLog()
    try {
      const started = Date.now()
      const error = await runPromoteCommand(
        { source: inputLines('source', `${registry.host}/acme/src:v1`), metadata: { images: `${registry.host}/acme/dst`, tags: 'v1' }, dryRun: false },
        CONTEXT,
        OPTIONS,
        c,
      ).catch((caught: unknown) => caught)
      expect(error, String(error)).toBeInstanceOf(ShiptagError)
      expect(describeError(error)).toContain('What to do:')
      expect(describeError(error)).toContain(registry.host)
      expect(Date.now() - started).toBeLessThan(20_000)
      expect(await writes()).toEqual([])
    } finally {
      registry.injectFaults(undefined)
      await c.close()
    }
  })

  it('a blob read whose bytes do not match its digest is never written at the destination', async () => {
    const other = await startRegistry()
    const c = client()
    const layer = image.layers[0]!.digest
    registry.injectFaults((request) =>
      request.method === 'GET' && request.path.endsWith(`/blobs/${layer}`)
        ? { kind: 'status', status: 200, headers: { 'content-type': 'application/octet-stream' }, body: 'x'.repeat(image.layers[0]!.size) }
        : undefined,
    )
    try {
      const error = await runPromoteCommand(
        { source: inputLines('source', `${registry.host}/acme/src:v1`), metadata: { images: `${other.host}/acme/dst`, tags: 'v1' }, dryRun: false },
        CONTEXT,
        OPTIONS,
        c,
      ).catch((caught: unknown) => caught)
      expect(error, String(error)).toBeInstanceOf(ShiptagError)
      expect(describeError(error)).toMatch(/does not match|digest/)
      const log = await other.accessLog()
      expect(log.filter((e) => e.method === 'PUT' && e.path.includes('/manifests/'))).toEqual([])
      expect(log.filter((e) => e.method === 'PUT' && decodeURIComponent(e.query).includes(layer) && e.status === 201)).toEqual([])
    } finally {
      registry.injectFaults(undefined)
      await c.close()
      await other.stop()
    }
  })
})
