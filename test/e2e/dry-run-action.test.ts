/**
 * The bundle as the runner runs it (issue 13): a dry run's outputs and summary give the counts and
 * bytes the real run then gives, mounts included; the real run logs one line per blob inside a
 * `Transfers` group; a run with nothing to send logs no group at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventFixture } from '../fixtures/events/events.js'
import { buildLayout, type BuiltLayout } from '../support/layouts/index.js'
import { startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { runAction } from '../support/run-action.js'

const KiB = 1024
const TOTALS = ['blobsUploaded', 'blobsMounted', 'blobsPresent', 'bytesSent', 'manifestsPut', 'tagsCreated', 'tagsMoved', 'tagsUnchanged'] as const

const totalsOf = (json: string) =>
  (JSON.parse(json) as { repositories: Record<string, unknown>[] }).repositories.map((repository) =>
    Object.fromEntries(TOTALS.map((key) => [key, repository[key]])),
  )

describe('dist/index.js: a dry run, then the real push', () => {
  let registry: StartedRegistry
  let base: BuiltLayout
  let image: BuiltLayout
  beforeAll(async () => {
    registry = await startRegistry()
    // image shares its first layer with base: mount-from lends it, the rest is uploaded.
    base = buildLayout({ layers: [180 * KiB, 8 * KiB], seed: 1311, layerSeeds: [1, 2] })
    image = buildLayout({ layers: [180 * KiB, 16 * KiB], seed: 1312, layerSeeds: [1, 3] })
    const pushed = await runAction({
      env: eventFixture('push-branch').env,
      inputs: { command: 'push', source: base.dir, images: `${registry.host}/acme/base`, tags: '1.0.0' },
    })
    expect(pushed.exitCode, pushed.stdout).toBe(0)
  })
  afterAll(() => registry?.stop())

  it('reports the bytes and mounts the real run then has, and the real run shows each blob in a group', async () => {
    const inputs = {
      command: 'push',
      source: image.dir,
      images: `${registry.host}/acme/app\n${registry.host}/acme/mirror`,
      tags: '2.0.0',
      'mount-from': `${registry.host}/acme/base`,
    }
    const env = eventFixture('push-branch').env
    await registry.resetAccessLog()
    const dry = await runAction({ env, inputs: { ...inputs, 'dry-run': 'true' } })
    expect(dry.exitCode, dry.stdout).toBe(0)
    expect((await registry.accessLog()).filter((e) => e.method !== 'HEAD' && e.method !== 'GET')).toEqual([])
    const uploadBytes = image.layers[1]!.size + image.configs[0]!.size
    const planned = totalsOf(dry.outputs.json!)
    expect(planned[0]).toMatchObject({ blobsUploaded: 2, blobsMounted: 1, bytesSent: uploadBytes })
    expect(planned[1]).toMatchObject({ blobsUploaded: 0, blobsMounted: 3, bytesSent: 0 })
    expect(dry.summary).toContain('2 blob(s) to upload')
    expect(dry.summary).toContain('1 to mount')
    expect(dry.stdout).not.toContain('::group::Transfers')

    const real = await runAction({ env, inputs })
    expect(real.exitCode, real.stdout).toBe(0)
    expect(totalsOf(real.outputs.json!)).toEqual(planned)
    const transfers = real.stdout.slice(
      real.stdout.indexOf('::group::Transfers'),
      real.stdout.indexOf('::endgroup::', real.stdout.indexOf('::group::Transfers')),
    )
    expect(transfers.split('\n').filter((line) => /: uploaded sha256:[0-9a-f]{12}… \(.+ in .+ s, .+\/s\)$/.test(line))).toHaveLength(2)
    expect(transfers.split('\n').filter((line) => / mounted sha256:[0-9a-f]{12}… \(.+\) from acme\/(base|app)$/.test(line))).toHaveLength(4)

    const again = await runAction({ env, inputs })
    expect(again.exitCode, again.stdout).toBe(0)
    expect(again.stdout).not.toContain('::group::Transfers')
  })
})
