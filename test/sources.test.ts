import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPushCommand, type PushResult } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { describeError } from '../src/errors.js'
import { createRegistryClient } from '../src/registry/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { skopeo, startRegistry, type StartedRegistry } from './support/registry/index.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-01T00:00:00Z') }

/** skopeo copy FROM TO, failing the test on a non-zero exit; between OCI forms the manifest stays byte for byte. */
async function copy(from: string, to: string): Promise<void> {
  const preserve = /^oci(-archive)?:/.test(from) && /^oci(-archive)?:/.test(to) ? ['--preserve-digests'] : []
  const result = await skopeo(['copy', '--quiet', ...preserve, from, to])
  expect(result.code, result.stderr).toBe(0)
}

/**
 * Sources in the forms skopeo (as podman and buildah, through containers/image) writes them, made by
 * the real skopeo from layouts built here, pushed to the real registry.
 */
describe('push sources as skopeo, podman and buildah write them', () => {
  let registry: StartedRegistry
  let work: string
  let app: BuiltLayout
  let other: BuiltLayout
  beforeAll(async () => {
    registry = await startRegistry()
    work = mkdtempSync(join(tmpdir(), 'shiptag-sources-'))
    app = buildLayout({ layers: [64 * 1024, 1024], seed: 1301, refName: 'v1' })
    other = buildLayout({ layers: [2048], seed: 1302, refName: 'v1' })
    // One layout holding app under two names (one digest) and other under a third: oci:DIR:NAME:TAG.
    await copy(`oci:${app.dir}:v1`, `oci:${work}/named:app:1.0`)
    await copy(`oci:${app.dir}:v1`, `oci:${work}/named:app:latest`)
    await copy(`oci:${other.dir}:v1`, `oci:${work}/named:other:2`)
    await copy(`oci:${app.dir}:v1`, `oci:${work}/twice:app:1.0`)
    await copy(`oci:${app.dir}:v1`, `oci:${work}/twice:app:latest`)
    await copy(`oci:${app.dir}:v1`, `oci-archive:${work}/app.tar:app:1.0`)
    await copy(`oci:${app.dir}:v1`, `docker-archive:${work}/docker.tar:app:1.0`)
    await copy(`oci:${app.dir}:v1`, `dir:${work}/dir-layout`)
  })
  afterAll(() => registry.stop())

  async function push(source: string, repository = 'acme/sources'): Promise<PushResult> {
    const client = createRegistryClient({ credentials: async () => undefined })
    try {
      return await runPushCommand({ source, metadata: { images: `${registry.host}/${repository}`, tags: 'v1' }, dryRun: false }, CONTEXT, OPTIONS, client)
    } finally {
      await client.close()
    }
  }

  async function refusal(source: string): Promise<string> {
    await registry.resetAccessLog()
    const error = await push(source).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error, `${source} was pushed`).toBeDefined()
    expect(await registry.accessLog()).toEqual([])
    return describeError(error)
  }

  it.each([
    ['PATH:NAME:TAG, the form the hint suggests', () => `${work}/named:app:1.0`, 'app'],
    ['PATH:NAME:TAG of the second image', () => `${work}/named:other:2`, 'other'],
    ['PATH:@INDEX (containers/image: the entry at that position)', () => `${work}/named:@2`, 'other'],
    ['oci:PATH:NAME:TAG', () => `oci:${work}/named:app:latest`, 'app'],
    ['oci-archive:PATH:NAME:TAG', () => `oci-archive:${work}/app.tar:app:1.0`, 'app'],
    ['oci-archive:PATH', () => `oci-archive:${work}/app.tar`, 'app'],
    ['a layout listing one digest under two names, no selector', () => `${work}/twice`, 'app'],
  ] as const)('pushes %s', async (_name, source, which) => {
    const result = await push(source())
    expect(result.digest).toBe(which === 'app' ? app.rootDigest : other.rootDigest)
    const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/acme/sources:v1`])
    expect(raw.stdout).toBe((which === 'app' ? app : other).manifests[0]!.bytes.toString())
  })

  it('lists a layout of two images once each, with all their names, when none is chosen', async () => {
    expect(await refusal(`${work}/named`)).toMatch(
      /holds 2 images and none was chosen:\n {2}- sha256:[0-9a-f]{64} \([^)]+\): app:1\.0, app:latest\n {2}- sha256:[0-9a-f]{64} \([^)]+\): other:2\nWhat to do: name one after the path: source: .*\/named:app:1\.0$/,
    )
  })

  it.each([
    ['as a path', (tar: string) => tar],
    ['behind docker-archive:', (tar: string) => `docker-archive:${tar}`],
  ])('names a docker-archive %s and how to convert it; the conversion it names then pushes', async (_name, form) => {
    const tar = `${work}/docker.tar`
    const message = await refusal(form(tar))
    expect(message).toContain(`${tar} is a docker-archive (manifest.json without oci-layout`)
    expect(message).toContain('podman save --format oci-archive -o image.tar IMAGE')
    expect(message).toContain(`skopeo copy docker-archive:${tar} oci-archive:image-oci.tar`)
    expect(message).not.toMatch(/legacy docker save/)
    const converted = `${work}/converted-${form.length}-${Date.now()}.tar`
    await copy(`docker-archive:${tar}`, `oci-archive:${converted}`)
    expect((await push(converted)).digest).toMatch(/^sha256:/)
  })

  it.each([
    ['as a path', (dir: string) => dir],
    ['behind dir:', (dir: string) => `dir:${dir}`],
  ])('names a containers dir: layout %s, never a docker save archive; the conversion it names then pushes', async (_name, form) => {
    const dir = `${work}/dir-layout`
    const message = await refusal(form(dir))
    expect(message).toContain(`${dir} is a containers "dir:" layout`)
    expect(message).toContain(`skopeo copy dir:${dir} oci:${dir}-oci (then source: ${dir}-oci)`)
    expect(message).not.toMatch(/docker save|docker-archive/)
    await copy(`dir:${dir}`, `oci:${dir}-oci`)
    expect((await push(`${dir}-oci`)).digest).toMatch(/^sha256:/)
  })

  it('names a containers dir: layout in a tar, with the unpacking step before the conversion', async () => {
    const tar = `${work}/dir-layout.tar`
    execFileSync('tar', ['-cf', tar, '-C', `${work}/dir-layout`, '.'])
    const message = await refusal(tar)
    expect(message).toContain(`${tar} is a containers "dir:" layout in a tar`)
    expect(message).toContain(
      `What to do: unpack it (mkdir DIR && tar -xf ${tar} -C DIR), then convert it to an OCI layout and give that path: skopeo copy dir:DIR oci:DIR-oci`,
    )
  })

  it.each([
    [
      'docker://',
      () => `docker://${registry.host}/acme/sources:v1`,
      /is an image in a registry; push reads a local image.*\nWhat to do: .*use command: promote with source: 127\.0\.0\.1:\d+\/acme\/sources:v1/,
    ],
    [
      'containers-storage:',
      () => 'containers-storage:localhost/app:1',
      /podman's or buildah's local image store[\s\S]*podman save --format oci-archive -o image\.tar localhost\/app:1/,
    ],
    ['a missing oci:PATH:REF', () => `oci:${work}/absent:app:1`, /oci:.*\/absent:app:1 does not exist, nor does .*\/absent \(read as PATH:REF/],
  ])('names %s with what to do, before any request', async (_name, source, message) => {
    expect(await refusal(source())).toMatch(message)
  })
})
