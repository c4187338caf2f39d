/**
 * Deadlines against the real registry (issue 12), with the harness proxy playing the hostile
 * registry: one that accepts connections and never answers, one that drips a body a byte at a time,
 * one that stops reading an upload, and one that is slow but steady. A short `timeout` keeps the
 * file fast; the default budget (60 s) is checked by computation in
 * src/registry/transport/deadlines.test.ts.
 */
import { createHash } from 'node:crypto'
import { pipeline, Readable } from 'node:stream'
import { setTimeout as delay } from 'node:timers/promises'
import { buffer } from 'node:stream/consumers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLayout, selectRoot, walkImage } from '../src/layout/index.js'
import { HoldLastChunk } from '../src/oci/index.js'
import { pushImage } from '../src/push/push-image.js'
import {
  createRegistryClient,
  deadlinesFor,
  RegistryTimeoutError,
  type RegistryClient,
  type RegistryClientOptions,
  type TransferProgress,
} from '../src/registry/index.js'
import { layoutBlobSource, limiterPerRegistry } from '../src/store/index.js'
import { buildLayout, randomBytes } from './support/layouts/index.js'
import { startRegistry, type Fault, type FaultRequest, type StartedRegistry } from './support/registry/index.js'

/** The `timeout` of every client here: 3 s, so a window is 1 s and the idle limit 1 s. */
const BUDGET_MS = 3_000
/** Scheduling slack on a loaded 2-core machine. */
const SLACK_MS = 1_500
const KiB = 1024
const MiB = 1024 * KiB

let registry: StartedRegistry

beforeAll(async () => {
  registry = await startRegistry()
})
afterAll(async () => {
  await registry.stop()
})

function client(extra: Partial<RegistryClientOptions> = {}): RegistryClient {
  return createRegistryClient({ credentials: async () => undefined, timeouts: deadlinesFor(BUDGET_MS), ...extra })
}

function blobOf(bytes: Buffer) {
  return { bytes, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, size: bytes.length }
}

/** A body in 64 KiB chunks, as a layer file is read. */
const chunked = (bytes: Buffer) => () =>
  Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += 64 * KiB) yield bytes.subarray(at, at + 64 * KiB)
    })(),
  )

/** Runs `operation` with `fault` on the requests `match` picks; resolves to its error and how long it took. */
async function failure(
  match: (request: FaultRequest) => boolean,
  fault: Fault,
  operation: () => Promise<unknown>,
): Promise<{ error: RegistryTimeoutError; ms: number }> {
  registry.injectFaults((request) => (match(request) ? fault : undefined))
  const started = Date.now()
  try {
    await operation()
  } catch (error) {
    const ms = Date.now() - started
    expect(error).toBeInstanceOf(RegistryTimeoutError)
    return { error: error as RegistryTimeoutError, ms }
  } finally {
    registry.injectFaults(undefined)
  }
  throw new Error('the operation succeeded under the fault')
}

describe('a registry that accepts the connection and never answers', () => {
  it('fails a whole push within the budget, ping and retries included, naming the registry, the request and what was awaited', async () => {
    const image = buildLayout({ layers: [2 * KiB], seed: 1201 })
    const layout = await openLayout(image.dir)
    const c = client()
    try {
      const graph = walkImage(layout, selectRoot(layout))
      const target = { registry: registry.host, repository: 'acme/silent' }
      await registry.resetAccessLog()
      const { error, ms } = await failure(
        () => true,
        { kind: 'silent' },
        async () => {
          c.warmUp(registry.host)
          await pushImage(c, graph, layoutBlobSource(layout, graph), [target], { tags: ['1.0.0'], dryRun: false, limiterFor: limiterPerRegistry(4) })
        },
      )
      expect(ms).toBeLessThan(BUDGET_MS + SLACK_MS)
      expect(error.stage).toBe('response headers')
      expect(error.message).toContain(registry.host)
      // The silence budget ran out, or the last try timed out when another would not fit in it.
      expect(error.message).toMatch(
        new RegExp(
          `\\((GET|HEAD) http://${registry.host.replace(/\./g, '\\.')}/v2/[^ ]*\\): timed out: (no answer for 3 s, waiting for the response headers|no response headers within 1 s)$`,
        ),
      )
      expect(error.hint).toMatch(/"timeout" or --timeout \(now 3 s/)
      const log = await registry.accessLog()
      expect(log.length).toBeGreaterThan(0)
      expect(log.every((entry) => entry.fault === 'silent')).toBe(true)
    } finally {
      await c.close()
      await layout.close()
    }
  })

  it('fails within the budget a request that gets no headers while the registry answers others: the retries fit in it', async () => {
    const c = client()
    try {
      const repo = c.repository({ registry: registry.host, repository: 'acme/one-silent' })
      await repo.listTags()
      const { error, ms } = await failure(
        (request) => request.method === 'HEAD',
        { kind: 'silent' },
        () => repo.headManifest('1.0.0'),
      )
      expect(ms).toBeLessThan(BUDGET_MS + SLACK_MS)
      expect(error.message).toContain(`HEAD http://${registry.host}/v2/acme/one-silent/manifests/1.0.0`)
      expect(error.stage).toBe('response headers')
    } finally {
      await c.close()
    }
  })

  it("fails a request the registry keeps answering 102 Processing, which restarts undici's header timer", async () => {
    const c = client()
    try {
      const repo = c.repository({ registry: registry.host, repository: 'acme/processing' })
      await repo.listTags()
      const { error, ms } = await failure(
        (request) => request.method === 'HEAD',
        { kind: 'silent', processingEveryMs: 200 },
        () => repo.headManifest('1.0.0'),
      )
      expect(ms).toBeLessThan(BUDGET_MS + SLACK_MS)
      expect(error.stage).toBe('response headers')
      expect(error.message).toContain('no answer for 3 s')
    } finally {
      await c.close()
    }
  })
})

describe('retries within the budget', () => {
  it("does not wait out a Retry-After that would end past the budget: the registry's answer is the error", async () => {
    let clock = Date.now()
    const c = client({ now: () => clock, sleep: async (ms) => void (clock += ms) })
    let hits = 0
    registry.injectFaults((request) =>
      request.method === 'GET' && request.path.endsWith('/tags/list') && ++hits > 0
        ? { kind: 'status', status: 503, headers: { 'retry-after': '2' }, body: 'busy' }
        : undefined,
    )
    try {
      await expect(c.repository({ registry: registry.host, repository: 'acme/busy' }).listTags()).rejects.toThrow(/answered 503/)
      expect(hits).toBe(2)
    } finally {
      registry.injectFaults(undefined)
      await c.close()
    }
  })
})

describe('a blob upload, never sent twice', () => {
  it('may wait for the registry to commit it longer than a retried request may wait for headers', async () => {
    const blob = blobOf(randomBytes(256 * KiB, 1206))
    const c = client()
    registry.injectFaults((request) => (request.method === 'PUT' ? { kind: 'stall', ms: 2_000 } : undefined))
    try {
      expect(2_000).toBeGreaterThan(deadlinesFor(BUDGET_MS).headersMs)
      expect(await c.repository({ registry: registry.host, repository: 'acme/slow-commit' }).uploadBlob(blob, chunked(blob.bytes))).toBe(blob.size)
    } finally {
      registry.injectFaults(undefined)
      await c.close()
    }
  })
})

describe('bodies must progress', () => {
  const blob = blobOf(randomBytes(3 * MiB, 1202))
  const isBlobGet = (request: FaultRequest) => request.method === 'GET' && request.path.endsWith(blob.digest)

  beforeAll(async () => {
    const c = client()
    try {
      const repo = c.repository({ registry: registry.host, repository: 'acme/bodies' })
      await repo.uploadBlob(blob, chunked(blob.bytes))
      const config = blobOf(Buffer.from('{}'))
      await repo.uploadBlob(config, chunked(config.bytes))
      const manifest = {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config.digest, size: config.size },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: blob.digest, size: blob.size }],
      }
      await repo.putManifest('latest', Buffer.from(JSON.stringify(manifest)), manifest.mediaType)
    } finally {
      await c.close()
    }
  })

  it('fails a body that drips a byte at a time, faster than the idle limit could notice', async () => {
    const everyMs = 100
    expect(everyMs).toBeLessThan(deadlinesFor(BUDGET_MS).bodyMs)
    const c = client()
    try {
      const repo = c.repository({ registry: registry.host, repository: 'acme/bodies' })
      const { error, ms } = await failure(isBlobGet, { kind: 'drip', everyMs }, async () => buffer(await repo.openBlob(blob)))
      expect(ms).toBeLessThan(BUDGET_MS)
      expect(error.stage).toBe('response body')
      expect(error.message).toMatch(
        new RegExp(
          `\\(GET http://${registry.host.replace(/\./g, '\\.')}/v2/acme/bodies/blobs/sha256:[0-9a-f]{64}\\): timed out: the registry sent only \\d+ bytes of the response body in 1 s, at least 320 KiB expected`,
        ),
      )
    } finally {
      await c.close()
    }
  })

  it('fails a dripping manifest, read whole rather than streamed', async () => {
    const c = client()
    try {
      const repo = c.repository({ registry: registry.host, repository: 'acme/bodies' })
      const { error } = await failure(
        (request) => request.method === 'GET' && request.path.includes('/manifests/'),
        { kind: 'drip', everyMs: 100 },
        () => repo.getManifest('latest'),
      )
      expect(error.stage).toBe('response body')
    } finally {
      await c.close()
    }
  })

  it('fails a manifest that crawls just over the minimum rate past the budget: a body read whole must arrive within it', async () => {
    const c = client()
    try {
      const repo = c.repository({ registry: registry.host, repository: 'acme/bodies' })
      const config = blobOf(Buffer.from('{}'))
      const manifest = {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config.digest, size: config.size },
        layers: [],
        annotations: { padding: 'x'.repeat(1536 * KiB) },
      }
      await repo.putManifest('padded', Buffer.from(JSON.stringify(manifest)), manifest.mediaType)
      // 400 KiB/s passes every 1 s window (320 KiB), and needs about 4 s for the whole 1.5 MiB.
      const { error, ms } = await failure(
        (request) => request.method === 'GET' && request.path.endsWith('/manifests/padded'),
        { kind: 'throttle', bytesPerSecond: 400 * KiB },
        () => repo.getManifest('padded'),
      )
      expect(ms).toBeLessThan(BUDGET_MS + SLACK_MS)
      expect(error.stage).toBe('response body')
      expect(error.message).toMatch(/the response body did not arrive whole within 3 s \(\d+ bytes came\)$/)
    } finally {
      await c.close()
    }
  })

  it('lets a slow but steady transfer run past the budget', async () => {
    const c = client()
    registry.injectFaults((request) => (isBlobGet(request) ? { kind: 'throttle', bytesPerSecond: 1 * MiB } : undefined))
    try {
      const started = Date.now()
      const bytes = await buffer(await c.repository({ registry: registry.host, repository: 'acme/bodies' }).openBlob(blob))
      expect(Date.now() - started).toBeGreaterThan(BUDGET_MS - 500)
      expect(bytes.equals(blob.bytes)).toBe(true)
    } finally {
      registry.injectFaults(undefined)
      await c.close()
    }
  })

  it('fails an upload the registry stops reading, once (no retry of the whole blob past the budget), with the upload URL redacted', async () => {
    const big = blobOf(randomBytes(48 * MiB, 1203))
    const c = client()
    let puts = 0
    const isPut = (request: FaultRequest) => request.method === 'PUT' && ++puts > 0
    try {
      const repo = c.repository({ registry: registry.host, repository: 'acme/stuck-upload' })
      const { error, ms } = await failure(isPut, { kind: 'stop-reading', afterBytes: MiB, ms: 10_000 }, () =>
        repo.uploadBlob(big, chunked(big.bytes), { verified: true }),
      )
      expect(ms).toBeLessThan(BUDGET_MS + SLACK_MS)
      expect(error.stage).toBe('request body')
      expect(error.temporary).toBe(false)
      expect(puts).toBe(1)
      expect(error.message).toContain(`PUT http://${registry.host}/v2/acme/stuck-upload/blobs/uploads/`)
      expect(error.message).toMatch(/request body/)
      expect(error.message).not.toMatch(/_state=[^<]/)
    } finally {
      await c.close()
    }
  })
})

describe('an upload body that waits on shiptag, not on the registry', () => {
  // A large layer uploads while the layout is still being hashed, its last chunk held until every
  // hash checked out (store/copy-content.ts): the registry has taken everything it was given and
  // owes no answer, so the wait is not its silence, however long the hashes take.
  it('lets an upload whose last chunk is held past the budget complete', async () => {
    const held = blobOf(randomBytes(4 * MiB, 1207))
    const c = client()
    try {
      const repo = c.repository({ registry: registry.host, repository: 'acme/held-upload' })
      const started = Date.now()
      const gate = delay(2 * BUDGET_MS)
      await repo.uploadBlob(held, () => pipeline(chunked(held.bytes)(), new HoldLastChunk(gate), () => {}), { verified: true })
      expect(Date.now() - started).toBeGreaterThan(2 * BUDGET_MS - 100)
      expect(await repo.hasBlob(held.digest, held.size)).toBe(true)
    } finally {
      await c.close()
    }
  })
})

describe('progress of long uploads', () => {
  it('reports an upload of 32 MiB or more at each window, and never a small one', async () => {
    const reports: TransferProgress[] = []
    // Windows of 10 ms that ask for nothing: several pass during any upload of 40 MiB.
    const c = client({ timeouts: { ...deadlinesFor(BUDGET_MS), progressWindowMs: 10, progressMinBytes: 0 }, onProgress: (progress) => reports.push(progress) })
    const small = blobOf(randomBytes(MiB, 1204))
    const big = blobOf(randomBytes(40 * MiB, 1205))
    try {
      const repo = c.repository({ registry: registry.host, repository: 'acme/progress' })
      await repo.uploadBlob(small, chunked(small.bytes))
      expect(reports).toEqual([])
      await repo.uploadBlob(big, chunked(big.bytes))
      expect(reports.length).toBeGreaterThan(0)
      expect(reports[0]).toMatchObject({ registry: registry.host, repository: 'acme/progress', totalBytes: 40 * MiB })
      expect(reports[0]!.operation).toMatch(/^upload blob sha256:/)
      expect(reports.at(-1)!.bytesSent).toBeLessThanOrEqual(40 * MiB)
    } finally {
      await c.close()
    }
  })
})
