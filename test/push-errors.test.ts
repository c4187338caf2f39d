import { writeFileSync, readFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { describeError } from '../src/errors.js'
import { createRegistryClient, type Credential } from '../src/registry/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { buildLayout, tarLayout } from './support/layouts/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import { inputLines } from '../src/input-lines.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/tags/v1.2.3', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-11-22T00:00:00Z') }

async function pushError(registry: StartedRegistry, source: string, credential?: Credential): Promise<Error> {
  const client = createRegistryClient({ credentials: async () => credential })
  try {
    await runPushCommand(
      { source, metadata: { images: `${registry.host}/acme/app`, tags: 'type=semver,pattern={{version}}\nlatest' }, dryRun: false },
      CONTEXT,
      OPTIONS,
      client,
    )
  } catch (error) {
    return error as Error
  } finally {
    await client.close()
  }
  throw new Error('the push succeeded')
}

const writes = async (registry: StartedRegistry) =>
  (await registry.accessLog()).filter((e) => ['PUT', 'POST', 'PATCH', 'DELETE'].includes(e.method)).map((e) => `${e.method} ${e.path} ${e.status}`)

describe('push refuses bad input with a clear error and writes nothing', () => {
  let registry: StartedRegistry
  beforeAll(async () => {
    registry = await startRegistry()
  })
  afterAll(() => registry.stop())

  it.each([
    ['a missing file', () => '/nonexistent/image.tar', /input "source": \/nonexistent\/image\.tar does not exist/],
    [
      'a file that is not a tar',
      () => {
        const f = join(mkdtempSync(join(tmpdir(), 'bad-')), 'x.tar')
        writeFileSync(f, 'not a tar at all'.repeat(64))
        return f
      },
      /is not a valid tar: the header at byte 0 has a bad checksum/,
    ],
    [
      'a truncated tar',
      () => {
        const l = buildLayout({ layers: [4096], seed: 5 })
        const t = tarLayout(l.dir, `${l.dir}.tar`)
        writeFileSync(t, readFileSync(t).subarray(0, 700))
        return t
      },
      /truncated/,
    ],
    // No Docker engine runs on these machines: either the CLI is missing or it cannot reach an engine.
    [
      'docker-daemon: without a Docker engine',
      () => 'docker-daemon:acme/app:1',
      /docker-daemon:acme\/app:1 needs the docker CLI|docker save acme\/app:1 failed: /,
    ],
    [
      'a docker-archive (docker save before Engine 25)',
      () => {
        const d = mkdtempSync(join(tmpdir(), 'legacy-'))
        writeFileSync(join(d, 'manifest.json'), '[]')
        return d
      },
      /is a docker-archive \(manifest\.json without oci-layout[\s\S]*podman save --format oci-archive/,
    ],
    [
      'a layout with two images and no choice',
      () => {
        const a = buildLayout({ layers: [1024], seed: 6, refName: 'one' })
        const b = buildLayout({ layers: [1024], seed: 7, refName: 'two' }, a.dir + '-b')
        const index = JSON.parse(readFileSync(join(a.dir, 'index.json'), 'utf8'))
        index.manifests.push(...JSON.parse(readFileSync(join(b.dir, 'index.json'), 'utf8')).manifests)
        for (const blob of [...b.layers, ...b.configs, ...b.manifests]) writeFileSync(join(a.dir, 'blobs/sha256', blob.digest.slice(7)), blob.bytes)
        writeFileSync(join(a.dir, 'index.json'), JSON.stringify(index))
        return a.dir
      },
      /holds 2 images and none was chosen:[\s\S]*: one[\s\S]*: two/,
    ],
  ])('%s', async (_name, makeSource, message) => {
    await registry.resetAccessLog()
    const error = await pushError(registry, makeSource())
    expect(describeError(error)).toMatch(message)
    expect(describeError(error)).toContain('What to do:')
    expect(await registry.accessLog()).toEqual([])
  })

  it('a mount-from line that is not a repository: the input and line, before any request', async () => {
    const image = buildLayout({ layers: [1024], seed: 12 })
    const client = createRegistryClient({ credentials: async () => undefined })
    await registry.resetAccessLog()
    const error = await runPushCommand(
      {
        source: image.dir,
        metadata: { images: `${registry.host}/acme/app`, tags: 'x' },
        dryRun: false,
        mountFrom: inputLines('mount-from', `${registry.host}/acme/base\n${registry.host}/acme/base:1.0`),
      },
      CONTEXT,
      OPTIONS,
      client,
    ).then(
      () => undefined,
      (e: unknown) => e,
    )
    await client.close()
    expect(describeError(error)).toMatch(/^input "mount-from", line 2: /)
    expect(await registry.accessLog()).toEqual([])
  })

  it('a blob whose bytes do not match its digest: refused before the first write', async () => {
    const image = buildLayout({ layers: [64 * 1024, 1024], seed: 8 })
    const layer = image.layers[1]!
    const corrupt = Buffer.from(layer.bytes)
    corrupt[0] = corrupt[0]! ^ 0xff
    writeFileSync(join(image.dir, 'blobs/sha256', layer.digest.slice(7)), corrupt)
    await registry.resetAccessLog()
    const error = await pushError(registry, image.dir)
    expect(describeError(error)).toMatch(new RegExp(`blob ${layer.digest} does not match its descriptor: digest sha256:[0-9a-f]{64}, expected ${layer.digest}`))
    expect(await writes(registry)).toEqual([])
  })

  // A blob of 32 MiB or more starts uploading while the layout is still being hashed; its last
  // chunk waits for every hash, so a corrupt blob elsewhere cancels it before the registry commits.
  const committed = async (registry: StartedRegistry) => (await writes(registry)).filter((write) => / 20[01]$/.test(write))
  const blobThere = async (registry: StartedRegistry, digest: string) => (await fetch(`${registry.url}/v2/acme/app/blobs/${digest}`, { method: 'HEAD' })).status

  it('a corrupt small blob beside a large one: the large upload that began is cancelled, nothing committed', async () => {
    const image = buildLayout({ layers: [40 << 20, 1024], seed: 21 })
    const [large, small] = [image.layers[0]!, image.layers[1]!]
    const corrupt = Buffer.from(small.bytes)
    corrupt[3] = corrupt[3]! ^ 0x01
    writeFileSync(join(image.dir, 'blobs/sha256', small.digest.slice(7)), corrupt)
    await registry.resetAccessLog()
    const error = await pushError(registry, image.dir)
    expect(describeError(error)).toContain(`blob ${small.digest} does not match its descriptor`)
    expect(await committed(registry)).toEqual([])
    expect(await blobThere(registry, large.digest)).toBe(404)
    // Only the large blob's session was opened, and it was closed again.
    const log = await writes(registry)
    expect(log.filter((write) => write.startsWith('POST '))).toHaveLength(1)
    expect(log.filter((write) => write.startsWith('DELETE '))).toHaveLength(1)
  })

  it('a corrupt large blob: the layout is named, the upload that began is cancelled, nothing committed', async () => {
    const image = buildLayout({ layers: [40 << 20], seed: 22 })
    const large = image.layers[0]!
    const corrupt = Buffer.from(large.bytes)
    corrupt[20 << 20] = corrupt[20 << 20]! ^ 0x01
    writeFileSync(join(image.dir, 'blobs/sha256', large.digest.slice(7)), corrupt)
    await registry.resetAccessLog()
    const error = await pushError(registry, image.dir)
    expect(describeError(error)).toContain(`${image.dir}: blob ${large.digest} does not match its descriptor: digest sha256:`)
    expect(await committed(registry)).toEqual([])
    expect(await blobThere(registry, large.digest)).toBe(404)
  })
})

describe('push with bad credentials', () => {
  it('htpasswd, wrong password: a clear error without the password, nothing written', async () => {
    const registry = await startRegistry({ auth: 'htpasswd' })
    try {
      const image = buildLayout({ layers: [1024], seed: 9 })
      const error = await pushError(registry, image.dir, { username: 'pusher', password: 'Wr0ng-Pa55word', source: 'test config' })
      const text = describeError(error)
      expect(text).toMatch(/401|unauthori[sz]ed|credentials/i)
      expect(text).not.toContain('Wr0ng-Pa55word')
      expect(await writes(registry)).toEqual([])
    } finally {
      await registry.stop()
    }
  })

  it('token auth, a pull-only user: the error names the missing push scope, nothing written', async () => {
    const registry = await startRegistry({ auth: 'token' })
    try {
      const image = buildLayout({ layers: [1024], seed: 10 })
      const error = await pushError(registry, image.dir, { username: 'reader', password: 'reader-secret', source: 'test config' })
      const text = describeError(error)
      expect(text).toMatch(/push/)
      expect(text).toContain('acme/app')
      expect(text).not.toContain('reader-secret')
      expect((await writes(registry)).filter((w) => !/ 40[13]$/.test(w))).toEqual([])
    } finally {
      await registry.stop()
    }
  })
})
