import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventFixture } from '../fixtures/events/events.js'
import { buildLayout, type BuiltLayout } from '../support/layouts/index.js'
import { skopeo, startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { NODE_RUNTIMES, runAction } from '../support/run-action.js'

/** The runner's node24, which runs the action. */
const NODE24 = NODE_RUNTIMES.find((runtime) => runtime.name === 'node24')!.command

/** The source forms skopeo, podman and buildah users write, through the bundle as the runner runs it. */
describe('dist/index.js push: sources as skopeo writes them', () => {
  let registry: StartedRegistry
  let image: BuiltLayout
  let work: string
  beforeAll(async () => {
    registry = await startRegistry()
    image = buildLayout({ layers: [32 * 1024], seed: 1601, refName: 'v1' })
    work = mkdtempSync(join(tmpdir(), 'shiptag-e2e-sources-'))
    for (const [from, to] of [
      [`oci:${image.dir}:v1`, `oci:${work}/out:app:1.0`],
      [`oci:${image.dir}:v1`, `oci:${work}/out:app:latest`],
      [`oci:${image.dir}:v1`, `oci-archive:${work}/app.tar:app:1.0`],
    ]) {
      const copied = await skopeo(['copy', '--quiet', '--preserve-digests', from!, to!])
      expect(copied.code, copied.stderr).toBe(0)
    }
  })
  afterAll(() => registry.stop())

  it.each([
    ['PATH:NAME:TAG', () => `${work}/out:app:1.0`],
    ['oci:PATH:NAME:TAG', () => `oci:${work}/out:app:latest`],
    ['oci-archive:PATH:NAME:TAG', () => `oci-archive:${work}/app.tar:app:1.0`],
    ['a layout with one digest under two names', () => `${work}/out`],
  ])('pushes %s', async (_name, source) => {
    const run = await runAction({
      runtime: NODE24,
      env: eventFixture('push-branch').env,
      inputs: { command: 'push', source: source(), images: `${registry.host}/acme/e2e-sources`, tags: 'v1' },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.digest).toBe(image.rootDigest)
  })

  it('names docker:// for what it is and writes nothing', async () => {
    await registry.resetAccessLog()
    const run = await runAction({
      runtime: NODE24,
      env: eventFixture('push-branch').env,
      inputs: { command: 'push', source: `docker://${registry.host}/acme/e2e-sources:v1`, images: `${registry.host}/acme/other`, tags: 'v1' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/is an image in a registry; push reads a local image.*use command: promote with source: 127\.0\.0\.1:\d+\/acme\/e2e-sources:v1/)
    expect(await registry.accessLog()).toEqual([])
  })
})
