/**
 * Push from layouts built to attack the reader (issue 12), through the real registry: each ends in
 * a typed error before the first request that writes, as the registry's access log shows.
 */
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { describeError, ShiptagError } from '../src/errors.js'
import { createRegistryClient } from '../src/registry/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { HOSTILE_LAYOUTS } from './support/layouts/hostile.js'
import { buildLayout } from './support/layouts/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/tags/v1.2.3', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') }

describe('push from a hostile layout', () => {
  let registry: StartedRegistry
  const image = buildLayout({ layers: [8192, 1024], seed: 1202 })
  beforeAll(async () => {
    registry = await startRegistry()
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it.each(HOSTILE_LAYOUTS.map((hostile) => [hostile.name, hostile] as const))('with %s: a typed error and nothing written', async (_name, hostile) => {
    const dir = mkdtempSync(join(tmpdir(), 'shiptag-hostile-push-'))
    cpSync(image.dir, dir, { recursive: true })
    const source = hostile.spoil(dir, image)
    const client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {}, retry: { attempts: 1 } })
    await registry.resetAccessLog()
    try {
      const error = await runPushCommand(
        { source, metadata: { images: `${registry.host}/acme/hostile`, tags: 'v1' }, dryRun: false },
        CONTEXT,
        OPTIONS,
        client,
      ).catch((caught: unknown) => caught)
      expect(error, String(error)).toBeInstanceOf(ShiptagError)
      expect(describeError(error)).toMatch(hostile.message)
      const writes = (await registry.accessLog()).filter((entry) => ['PUT', 'POST', 'PATCH', 'DELETE'].includes(entry.method))
      expect(writes).toEqual([])
    } finally {
      await client.close()
    }
  })
})
