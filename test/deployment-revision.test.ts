/**
 * The commit a promoted image names (`org.opencontainers.image.revision`), read from the real
 * registry the way promote reads it for a GitHub deployment's ref: a single image's config label,
 * an index's first platform image (one child manifest and its config), nothing when unlabelled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { imageRevision } from '../src/commands/image-revision.js'
import { resolveSource } from '../src/promote/index.js'
import { parseReference } from '../src/ref/index.js'
import { createRegistryClient, type RegistryClient } from '../src/registry/index.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { skopeo, startRegistry, type StartedRegistry } from './support/registry/index.js'

const REVISION = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00'

describe('imageRevision', () => {
  let registry: StartedRegistry
  let client: RegistryClient
  const push = async (layout: BuiltLayout, name: string) => {
    await skopeo(['copy', '--all', '--preserve-digests', '--dest-tls-verify=false', `oci:${layout.dir}`, `docker://${registry.host}/${name}`])
    return parseReference(`${registry.host}/${name}`)
  }
  beforeAll(async () => {
    registry = await startRegistry()
    client = createRegistryClient({ credentials: async () => undefined, sleep: async () => {} })
  })
  afterAll(async () => {
    await client?.close()
    await registry?.stop()
  })

  it.each([
    ['a single image: its config label', 'acme/one:1', { labels: { 'org.opencontainers.image.revision': REVISION } }, REVISION, ['GET /v2/acme/one/blobs/']],
    [
      'an index: its first platform image',
      'acme/two:1',
      {
        labels: { 'org.opencontainers.image.revision': REVISION },
        platforms: [
          { os: 'linux', architecture: 'amd64' },
          { os: 'linux', architecture: 'arm64' },
        ],
      },
      REVISION,
      ['GET /v2/acme/two/manifests/sha256:', 'GET /v2/acme/two/blobs/'],
    ],
    ['an image without the label', 'acme/three:1', {}, undefined, ['GET /v2/acme/three/blobs/']],
  ])('%s', async (_what, name, spec, revision, reads) => {
    const reference = await push(buildLayout({ layers: [1024], seed: 173, ...spec }), name)
    const source = await resolveSource(client, reference)
    await registry.resetAccessLog()
    expect(await imageRevision(client.repository(reference), source.root)).toBe(revision)
    const log = (await registry.accessLog()).filter((entry) => entry.path !== '/v2/' && entry.status < 300)
    expect(log.map((entry) => `${entry.method} ${entry.path}`.replace(/(sha256:|blobs\/).*$/, '$1'))).toEqual(reads)
  })
})
