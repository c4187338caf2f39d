/**
 * The registry client against the real registry (distribution 2.8, started by the harness in
 * test/support/registry/) in its three auth modes: anonymous, htpasswd (Basic), token (Bearer).
 */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ContentMismatchError, MEDIA_TYPES } from '../src/oci/index.js'
import {
  RegistryAuthError,
  RegistryError,
  createRegistryClient,
  type Credential,
  type RegistryClient,
  type RegistryClientOptions,
} from '../src/registry/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import type { RegistryAuthMode, TestRegistry } from './support/registry/types.js'

interface Blob {
  readonly bytes: Buffer
  readonly digest: string
  readonly size: number
}

function blobOf(content: string | Buffer): Blob {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
  return { bytes, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, size: bytes.length }
}

const bodyOf = (bytes: Buffer) => () => Readable.from([bytes])
let unique = 0
const fresh = (label: string) => blobOf(`${label} ${process.pid} ${Date.now()} ${unique++}`)

function imageManifest(config: Blob, layers: readonly Blob[]): Buffer {
  // Odd whitespace on purpose: the registry must store and serve these exact bytes (docs/registry-protocol.md#manifest-get-and-head, docs/registry-protocol.md#manifest-put).
  const json = `{\n  "schemaVersion": 2,\n  "mediaType": "${MEDIA_TYPES.ociManifest}",\n  "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "${config.digest}", "size": ${config.size}},\n  "layers": [${layers
    .map((l) => `{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": "${l.digest}", "size": ${l.size}}`)
    .join(', ')}]\n}  `
  return Buffer.from(json, 'utf8')
}

function indexOf(children: readonly { digest: string; size: number }[]): Buffer {
  const manifests = children.map((c) => ({
    mediaType: MEDIA_TYPES.ociManifest,
    digest: c.digest,
    size: c.size,
    platform: { architecture: 'amd64', os: 'linux' },
  }))
  return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests }, null, 3), 'utf8')
}

const PUSHER: Credential = { username: 'pusher', password: 'pusher-secret', source: 'the test' }
const READER: Credential = { username: 'reader', password: 'reader-secret', source: 'the test' }

function clientFor(registry: TestRegistry, credential: Credential | undefined, extra: Partial<RegistryClientOptions> = {}): RegistryClient {
  return createRegistryClient({
    credentials: async (host) => (host === registry.host ? credential : undefined),
    userAgent: 'shiptag-test',
    sleep: async () => {},
    ...extra,
  })
}

/** Pushes a config and a layer to `repository` and returns an image manifest over them. */
async function pushImage(client: RegistryClient, registry: TestRegistry, repository: string): Promise<{ bytes: Buffer; digest: string }> {
  const repo = client.repository({ registry: registry.host, repository }, { intent: 'push' })
  const config = fresh('config')
  const layer = fresh('layer')
  for (const blob of [config, layer]) await repo.uploadBlob(blob, bodyOf(blob.bytes))
  const bytes = imageManifest(config, [layer])
  return { bytes, digest: blobOf(bytes).digest }
}

const MODES: readonly RegistryAuthMode[] = ['anonymous', 'htpasswd', 'token']

describe.each(MODES)('registry client, %s', (mode) => {
  let registry: TestRegistry
  let client: RegistryClient
  const credential = mode === 'anonymous' ? undefined : PUSHER

  beforeAll(async () => {
    registry = await startRegistry({ auth: mode })
    client = clientFor(registry, credential)
  })
  afterAll(async () => {
    await client?.close()
    await registry?.stop()
  })

  it('uploads a blob, finds it with HEAD and reads it back verified', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/app' }, { intent: 'push' })
    const blob = fresh('round trip')
    expect(await repo.hasBlob(blob.digest, blob.size)).toBe(false)
    expect(await repo.uploadBlob(blob, bodyOf(blob.bytes))).toBe(blob.size)
    expect(await repo.hasBlob(blob.digest, blob.size)).toBe(true)
    expect(await repo.hasBlob(blob.digest, blob.size + 1)).toBe(false)
    expect(await text(await repo.openBlob(blob))).toBe(blob.bytes.toString('utf8'))
    // Blobs are per repository (docs/registry-protocol.md#blob-existence).
    expect(await client.repository({ registry: registry.host, repository: 'acme/other' }).hasBlob(blob.digest)).toBe(false)
  })

  it('uploads an empty blob', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/app' }, { intent: 'push' })
    const empty = blobOf('')
    await repo.uploadBlob(empty, bodyOf(empty.bytes))
    expect(await repo.hasBlob(empty.digest, 0)).toBe(true)
  })

  it('refuses content that does not match its digest, and nothing is committed', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/app' }, { intent: 'push' })
    const claimed = fresh('claimed')
    const actual = Buffer.alloc(claimed.size, 0x78)
    await registry.resetAccessLog()
    await expect(repo.uploadBlob(claimed, bodyOf(actual))).rejects.toBeInstanceOf(ContentMismatchError)
    expect(await repo.hasBlob(claimed.digest)).toBe(false)
    const log = await registry.accessLog()
    // The session was cancelled, not leaked (docs/registry-protocol.md#closing-an-upload).
    expect(log.some((entry) => entry.method === 'DELETE' && entry.path.includes('/blobs/uploads/'))).toBe(true)
    expect(log.some((entry) => entry.method === 'PUT' && entry.status === 201)).toBe(false)
  })

  it('detects a wrong blob read from the registry', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/app' }, { intent: 'push' })
    const blob = fresh('read check')
    await repo.uploadBlob(blob, bodyOf(blob.bytes))
    await expect(repo.openBlob({ digest: blob.digest, size: blob.size + 5 })).rejects.toBeInstanceOf(ContentMismatchError)
  })

  it('mounts a blob from another repository (201)', async () => {
    const base = client.repository({ registry: registry.host, repository: 'acme/base' }, { intent: 'push' })
    const app = client.repository({ registry: registry.host, repository: 'acme/mounted' }, { intent: 'push' })
    const blob = fresh('mount me')
    await base.uploadBlob(blob, bodyOf(blob.bytes))
    await registry.resetAccessLog()
    expect(await app.mountBlob(blob.digest, 'acme/base')).toBe(true)
    expect((await registry.accessLog()).map((e) => [e.method, e.status])).toEqual([['POST', 201]])
    expect(await app.hasBlob(blob.digest, blob.size)).toBe(true)
  })

  it('uses the session a refused mount (202) opened for the upload', async () => {
    const app = client.repository({ registry: registry.host, repository: 'acme/app' }, { intent: 'push' })
    const blob = fresh('not in base')
    await app.hasBlob(blob.digest)
    await registry.resetAccessLog()
    expect(await app.mountBlob(blob.digest, 'acme/empty')).toBe(false)
    await app.uploadBlob(blob, bodyOf(blob.bytes))
    const log = await registry.accessLog()
    expect(log.map((e) => [e.method, e.status])).toEqual([
      ['POST', 202],
      ['PUT', 201],
    ])
    expect(await app.hasBlob(blob.digest, blob.size)).toBe(true)
  })

  it('cancels the session of a refused mount that is not used', async () => {
    const app = client.repository({ registry: registry.host, repository: 'acme/app' }, { intent: 'push' })
    const blob = fresh('never uploaded')
    await app.hasBlob(blob.digest)
    await registry.resetAccessLog()
    expect(await app.mountBlob(blob.digest, 'acme/empty')).toBe(false)
    await app.discardMountSession(blob.digest)
    // distribution wants the `delete` action for this DELETE: with a token that lacks it, the 401's
    // challenge adds it and the DELETE goes again.
    const log = (await registry.accessLog()).filter((e) => e.status !== 401)
    expect(log.map((e) => e.method)).toEqual(['POST', 'DELETE'])
    expect(log[1]!.status).toBeLessThan(300)
  })

  it('puts a manifest and reads back the exact bytes by tag and by digest', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/app' }, { intent: 'push' })
    const image = await pushImage(client, registry, 'acme/app')
    const put = await repo.putManifest('1.2.3', image.bytes, MEDIA_TYPES.ociManifest)
    expect(put).toEqual({ digest: image.digest, subjectProcessed: false })
    const byTag = await repo.getManifest('1.2.3')
    expect(byTag?.bytes.equals(image.bytes)).toBe(true)
    expect(byTag).toMatchObject({ digest: image.digest, mediaType: MEDIA_TYPES.ociManifest })
    expect((await repo.getManifest(image.digest))?.bytes.equals(image.bytes)).toBe(true)
    expect(await repo.headManifest('1.2.3')).toEqual({ digest: image.digest, mediaType: MEDIA_TYPES.ociManifest, size: image.bytes.length })
    expect(await repo.headManifest('no-such-tag')).toBeUndefined()
    expect(await repo.getManifest('no-such-tag')).toBeUndefined()
  })

  it('pushes an index after its children, by digest then by tag', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/multi' }, { intent: 'push' })
    const child = await pushImage(client, registry, 'acme/multi')
    expect((await repo.putManifest(child.digest, child.bytes, MEDIA_TYPES.ociManifest)).digest).toBe(child.digest)
    const index = indexOf([{ digest: child.digest, size: child.bytes.length }])
    const put = await repo.putManifest('multi', index, MEDIA_TYPES.ociIndex)
    expect(await repo.headManifest('multi')).toEqual({ digest: put.digest, mediaType: MEDIA_TYPES.ociIndex, size: index.length })
  })

  it('names the missing child of an index (MANIFEST_BLOB_UNKNOWN)', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/app' }, { intent: 'push' })
    const missing = blobOf(imageManifest(fresh('c'), [fresh('l')]))
    const error = await repo.putManifest('broken', indexOf([missing]), MEDIA_TYPES.ociIndex).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as RegistryError).codes).toContain('MANIFEST_BLOB_UNKNOWN')
    expect((error as RegistryError).status).toBe(400)
    expect((error as RegistryError).message).toContain(missing.digest)
    expect((error as RegistryError).hint).toContain(missing.digest)
    expect((error as RegistryError).temporary).toBe(false)
  })

  it('lists tags, and none for a repository that does not exist', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/tagged' }, { intent: 'push' })
    const image = await pushImage(client, registry, 'acme/tagged')
    for (const tag of ['b', 'a', 'v1']) await repo.putManifest(tag, image.bytes, MEDIA_TYPES.ociManifest)
    expect((await repo.listTags()).sort()).toEqual(['a', 'b', 'v1'])
    expect(await client.repository({ registry: registry.host, repository: 'acme/never-pushed' }).listTags()).toEqual([])
  })

  it('needs one request for a HEAD of a present blob once authenticated', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/app' }, { intent: 'push' })
    const blob = fresh('counted')
    await repo.uploadBlob(blob, bodyOf(blob.bytes))
    const before = client.stats(registry.host)
    await registry.resetAccessLog()
    expect(await repo.hasBlob(blob.digest, blob.size)).toBe(true)
    const log = await registry.accessLog()
    expect(log.map((e) => [e.method, e.path, e.status])).toEqual([['HEAD', `/v2/acme/app/blobs/${blob.digest}`, 200]])
    expect(client.stats(registry.host).requests - before.requests).toBe(1)
    expect(client.stats(registry.host).authRequests - before.authRequests).toBe(0)
  })

  it('counts what the access log shows', async () => {
    const counted = clientFor(registry, credential)
    try {
      await registry.resetAccessLog()
      const repo = counted.repository({ registry: registry.host, repository: 'acme/app' }, { intent: 'push' })
      const blob = fresh('stats')
      await repo.hasBlob(blob.digest)
      await repo.uploadBlob(blob, bodyOf(blob.bytes))
      const log = await registry.accessLog()
      const stats = counted.stats(registry.host)
      expect(stats.requests).toBe(log.length)
      expect(stats.bytesSent).toBe(blob.size)
      // ping, HEAD, POST, PUT; the token request is not in the registry's log.
      expect(log.map((e) => e.method)).toEqual(['GET', 'HEAD', 'POST', 'PUT'])
      expect(stats.authRequests).toBe(mode === 'token' ? 1 : 0)
      expect(log.every((e) => e.userAgent === 'shiptag-test')).toBe(true)
    } finally {
      await counted.close()
    }
  })
})

describe('registry client, warm-up', () => {
  let registry: StartedRegistry
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
  })
  afterAll(async () => {
    registry?.injectFaults(undefined)
    await registry?.stop()
  })
  const pings = async () => (await registry.accessLog()).filter((e) => e.method === 'GET' && e.path === '/v2/')

  it('pings once in the background; the first request finds the ping done', async () => {
    const client = clientFor(registry, PUSHER)
    await registry.resetAccessLog()
    client.warmUp(registry.host)
    // The ping goes out on its own, before any request asks for it.
    await vi.waitFor(async () => expect((await pings()).length).toBe(1), { timeout: 5000 })
    expect(await client.repository({ registry: registry.host, repository: 'acme/warm' }).hasBlob(fresh('warm').digest)).toBe(false)
    expect((await pings()).length).toBe(1)
    await client.close()
  })

  it('a request that joins a failed background ping pings again, and succeeds', async () => {
    const client = clientFor(registry, PUSHER)
    let refused = 0
    registry.injectFaults((request) => (request.path === '/v2/' && refused++ === 0 ? { kind: 'status', status: 418, body: 'not now' } : undefined))
    await registry.resetAccessLog()
    try {
      client.warmUp(registry.host)
      expect(await client.repository({ registry: registry.host, repository: 'acme/warm' }).hasBlob(fresh('warm again').digest)).toBe(false)
    } finally {
      registry.injectFaults(undefined)
      await client.close()
    }
    expect((await pings()).map((e) => e.status)).toEqual([418, 401])
  })

  it('an unreachable registry is reported by the request that needed it, not by the warm-up', async () => {
    const client = clientFor({ ...registry, host: '127.0.0.1:1' }, undefined)
    client.warmUp('127.0.0.1:1')
    const error = await client
      .repository({ registry: '127.0.0.1:1', repository: 'acme/none' })
      .hasBlob(fresh('unreachable').digest)
      .catch((caught: unknown) => caught)
    await client.close()
    expect(String(error)).toContain('check blob')
    expect(String(error)).not.toContain('connect: ping')
  })
})

describe('registry client, htpasswd failures', () => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'htpasswd' })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('says the credentials were rejected, naming the user and their source but never the password', async () => {
    const client = clientFor(registry, { username: 'pusher', password: 'wrong-password-123', source: 'input "password"' })
    try {
      const error = await client
        .repository({ registry: registry.host, repository: 'acme/app' })
        .hasBlob(fresh('x').digest)
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(RegistryAuthError)
      const text = `${(error as Error).message}\n${(error as RegistryError).hint}`
      expect(text).toContain('401')
      expect(text).toContain('user "pusher"')
      expect(text).toContain('input "password"')
      expect(text).not.toContain('wrong-password-123')
      expect(JSON.stringify(error)).not.toContain('wrong-password-123')
    } finally {
      await client.close()
    }
  })

  it('says no credentials were found when there are none', async () => {
    const client = clientFor(registry, undefined)
    try {
      const error = await client
        .repository({ registry: registry.host, repository: 'acme/app' })
        .listTags()
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(RegistryAuthError)
      expect((error as RegistryError).hint).toMatch(/no credentials were found for/)
    } finally {
      await client.close()
    }
  })
})

describe('registry client, token failures and reuse', () => {
  let registry: StartedRegistry
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('asks for one token for N blob HEADs in one repository', async () => {
    const client = clientFor(registry, PUSHER)
    try {
      const repo = client.repository({ registry: registry.host, repository: 'acme/app' })
      const before = registry.tokenServer!.requests.length
      await Promise.all(Array.from({ length: 8 }, (_, i) => repo.hasBlob(fresh(`n${i}`).digest)))
      for (let i = 0; i < 5; i++) await repo.hasBlob(fresh(`m${i}`).digest)
      expect(client.stats(registry.host)).toMatchObject({ authRequests: 1, requests: 1 + 13 })
      const asked = registry.tokenServer!.requests.slice(before)
      expect(asked.map((r) => [r.user, r.scopes])).toEqual([['pusher', ['repository:acme/app:pull']]])
    } finally {
      await client.close()
    }
  })

  it('reuses the push token for reads, and one mount token covers the source', async () => {
    const client = clientFor(registry, PUSHER)
    try {
      const base = client.repository({ registry: registry.host, repository: 'acme/base' }, { intent: 'push' })
      const app = client.repository({ registry: registry.host, repository: 'acme/app' }, { intent: 'push' })
      const blob = fresh('mount token')
      const before = registry.tokenServer!.requests.length
      await base.uploadBlob(blob, bodyOf(blob.bytes))
      expect(await app.mountBlob(blob.digest, 'acme/base')).toBe(true)
      expect(await app.hasBlob(blob.digest)).toBe(true)
      expect(await base.hasBlob(blob.digest)).toBe(true)
      // base push token, then one token for {app pull,push; base pull…} that also serves the HEADs;
      // the destination's push scope first (docs/registry-protocol.md#p37).
      expect(client.stats(registry.host).authRequests).toBe(2)
      const asked = registry.tokenServer!.requests.slice(before).map((r) => r.scopes)
      expect(asked).toHaveLength(2)
      expect(asked[0]).toEqual(['repository:acme/base:pull,push'])
      expect(asked[1]![0]).toBe('repository:acme/app:pull,push')
      expect(asked[1]!.some((scope) => /^repository:acme\/base:pull/.test(scope))).toBe(true)
    } finally {
      await client.close()
    }
  })

  it('says a pull-only user lacks push on the repository', async () => {
    const client = clientFor(registry, READER)
    try {
      const repo = client.repository({ registry: registry.host, repository: 'acme/app' })
      const blob = fresh('reader push')
      expect(await repo.hasBlob(blob.digest)).toBe(false)
      const error = await repo.uploadBlob(blob, bodyOf(blob.bytes)).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(RegistryAuthError)
      expect((error as RegistryError).hint).toMatch(/pull but not push on acme\/app|does not grant pull,push on acme\/app/)
      expect((error as RegistryError).hint).toContain('user "reader"')
      expect((error as Error).message).not.toContain('reader-secret')
    } finally {
      await client.close()
    }
  })

  it('says the token server rejected a wrong password, without the password', async () => {
    const client = clientFor(registry, { username: 'pusher', password: 'not-the-secret-42', source: 'docker config' })
    try {
      const error = await client
        .repository({ registry: registry.host, repository: 'acme/app' })
        .hasBlob(fresh('x').digest)
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(RegistryAuthError)
      const text = `${(error as Error).message}\n${(error as RegistryError).hint}`
      expect(text).toMatch(/token server/)
      expect(text).toContain('user "pusher", from docker config')
      expect(text).not.toContain('not-the-secret-42')
    } finally {
      await client.close()
    }
  })

  it('uploads in chunks when told to, tracking offsets itself', async () => {
    const client = clientFor(registry, PUSHER, { chunkedUploads: 'always' })
    try {
      const repo = client.repository({ registry: registry.host, repository: 'acme/chunked' }, { intent: 'push' })
      const big = blobOf(Buffer.alloc(11 * 1024 * 1024 + 7, 0x61).fill(0x62, 5 * 1024 * 1024))
      await registry.resetAccessLog()
      expect(await repo.uploadBlob(big, bodyOf(big.bytes))).toBe(big.size)
      const methods = (await registry.accessLog()).map((e) => e.method).filter((m) => m !== 'GET')
      expect(methods).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH', 'PUT'])
      const read = await repo.openBlob(big)
      const hash = createHash('sha256')
      for await (const chunk of read) hash.update(chunk as Buffer)
      expect(`sha256:${hash.digest('hex')}`).toBe(big.digest)
    } finally {
      await client.close()
    }
  })
})

describe('registry client, faults the proxy injects in front of the real registry', () => {
  let registry: StartedRegistry
  const warnings: string[] = []
  let client: RegistryClient

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
    client = clientFor(registry, PUSHER, { warn: (message) => warnings.push(message) })
  })
  afterAll(async () => {
    registry?.injectFaults(undefined)
    await client?.close()
    await registry?.stop()
  })

  const isWholeBlobPut = (e: { method: string; query: string }) => e.method === 'PUT' && /(^|&)digest=/.test(e.query)

  it('falls back to chunks, smaller and smaller, when a proxy refuses bodies over 1 MiB (413)', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/limited' }, { intent: 'push' })
    const big = blobOf(Buffer.alloc(3 * 1024 * 1024 + 1, 0x63))
    // A body limit of 1 MiB, like nginx's client_max_body_size.
    registry.injectFaults((request) =>
      request.method !== 'GET' && Number(request.headers['content-length'] ?? 0) > 1024 * 1024
        ? { kind: 'status', status: 413, body: 'Request Entity Too Large' }
        : undefined,
    )
    await registry.resetAccessLog()
    try {
      // Sent: the whole PUT, the one chunk, its first half (all refused), then four quarters.
      expect(await repo.uploadBlob(big, bodyOf(big.bytes))).toBe(3 * big.size + Math.ceil(big.size / 2))
    } finally {
      registry.injectFaults(undefined)
    }
    const log = await registry.accessLog()
    expect(log.filter((e) => e.fault === 'status').map((e) => `${e.method} ${e.status}`)).toEqual(['PUT 413', 'PATCH 413', 'PATCH 413'])
    // Once the limit is learnt, every chunk fits under it.
    const accepted = log.filter((e) => e.method === 'PATCH' && e.fault === undefined)
    expect(accepted.map((e) => e.status)).toEqual([202, 202, 202, 202])
    expect(accepted.every((e) => e.bytesReceived <= 1024 * 1024)).toBe(true)
    expect(warnings.some((w) => w.includes('(413)') && w.includes(big.digest))).toBe(true)
    expect(await repo.hasBlob(big.digest, big.size)).toBe(true)
  })

  it('asks with HEAD after a PUT whose answer was lost, and does not upload the blob again', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/lossy' }, { intent: 'push' })
    const blob = fresh('lost answer')
    let lost = 0
    registry.injectFaults((request) => (isWholeBlobPut(request) && lost++ === 0 ? { kind: 'lose-response' } : undefined))
    await registry.resetAccessLog()
    try {
      await repo.uploadBlob(blob, bodyOf(blob.bytes))
    } finally {
      registry.injectFaults(undefined)
    }
    const log = await registry.accessLog()
    // The registry committed on the first PUT; the HEAD that followed found it.
    expect(log.filter(isWholeBlobPut).map((e) => e.status)).toEqual([201])
    expect(log.filter((e) => e.method === 'HEAD' && e.path.endsWith(`/blobs/${blob.digest}`)).map((e) => e.status)).toEqual([200])
    expect(await text(await repo.openBlob(blob))).toBe(blob.bytes.toString('utf8'))
  })

  it('puts a manifest once more after MANIFEST_BLOB_UNKNOWN for blobs it just made present (a registry link race)', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/link-race' }, { intent: 'push' })
    const config = fresh('race config')
    const layer = fresh('race layer')
    for (const blob of [config, layer]) await repo.uploadBlob(blob, bodyOf(blob.bytes))
    const manifest = imageManifest(config, [layer])
    // What distribution 2.8 answers while another writer rewrites the blob's link file.
    const refusal = JSON.stringify({ errors: [{ code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry', detail: layer.digest }] })
    let refused = 0
    registry.injectFaults((request) =>
      request.method === 'PUT' && request.path.endsWith('/manifests/v1') && refused++ === 0
        ? { kind: 'status', status: 400, body: refusal, headers: { 'content-type': 'application/json' } }
        : undefined,
    )
    await registry.resetAccessLog()
    try {
      await repo.putManifest('v1', manifest, MEDIA_TYPES.ociManifest)
    } finally {
      registry.injectFaults(undefined)
    }
    const puts = (await registry.accessLog()).filter((e) => e.method === 'PUT' && e.path.endsWith('/manifests/v1'))
    expect(puts.map((e) => `${e.status}${e.fault ? ` (${e.fault})` : ''}`)).toEqual(['400 (status)', '201'])
    expect((await repo.getManifest('v1'))!.bytes).toEqual(manifest)
  })

  it('reports a blob that is really missing after that one retry', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/link-missing' }, { intent: 'push' })
    const config = fresh('missing config')
    await repo.uploadBlob(config, bodyOf(config.bytes))
    const never = fresh('never uploaded')
    await registry.resetAccessLog()
    const error = await repo.putManifest('v1', imageManifest(config, [never]), MEDIA_TYPES.ociManifest).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as RegistryError).codes).toContain('MANIFEST_BLOB_UNKNOWN')
    const puts = (await registry.accessLog()).filter((e) => e.method === 'PUT' && e.path.endsWith('/manifests/v1'))
    expect(puts.map((e) => e.status)).toEqual([400, 400])
  })

  it('retries a read after 503 and 429 with Retry-After, and gets the same answer', async () => {
    const repo = client.repository({ registry: registry.host, repository: 'acme/flaky' }, { intent: 'push' })
    const blob = fresh('flaky read')
    await repo.uploadBlob(blob, bodyOf(blob.bytes))
    const answers = [{ kind: 'status', status: 503 } as const, { kind: 'status', status: 429, headers: { 'retry-after': '1' } } as const]
    registry.injectFaults((request) => (request.method === 'HEAD' ? answers.shift() : undefined))
    await registry.resetAccessLog()
    try {
      expect(await repo.hasBlob(blob.digest, blob.size)).toBe(true)
    } finally {
      registry.injectFaults(undefined)
    }
    expect((await registry.accessLog()).filter((e) => e.method === 'HEAD').map((e) => e.status)).toEqual([503, 429, 200])
  })
})
