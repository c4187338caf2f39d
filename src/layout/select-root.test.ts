import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildLayout, type BuiltLayout } from '../../test/support/layouts/index.js'
import { describeError } from '../errors.js'
import { openLayout, selectRoot } from './index.js'

/** Two images, `a` and `b`, listed in index.json under the names given (one entry per name, as skopeo/podman/buildah write them). */
async function listed(entries: readonly { readonly image: 'a' | 'b'; readonly name?: string; readonly key?: string }[]) {
  const a = buildLayout({ layers: [10], seed: 31 })
  const b = buildLayout({ layers: [12], seed: 32 }, `${a.dir}-b`)
  for (const blob of [...b.layers, ...b.configs, ...b.manifests]) writeFileSync(join(a.dir, 'blobs/sha256', blob.digest.slice(7)), blob.bytes)
  const descriptorOf = (built: BuiltLayout) => JSON.parse(readFileSync(join(built.dir, 'index.json'), 'utf8')).manifests[0]
  const manifests = entries.map(({ image, name, key }) => ({
    ...descriptorOf(image === 'a' ? a : b),
    ...(name === undefined ? {} : { annotations: { [key ?? 'org.opencontainers.image.ref.name']: name } }),
  }))
  writeFileSync(join(a.dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }))
  return { layout: await openLayout(a.dir), digest: { a: a.rootDigest, b: b.rootDigest } }
}

describe('selectRoot: the forms skopeo, podman, buildah and docker write', () => {
  const skopeo = [
    { image: 'a', name: 'app:1.0' },
    { image: 'b', name: 'other:2' },
  ] as const
  it.each([
    // skopeo copy ... oci:DIR:app:1.0 writes ref.name "app:1.0" (containers/image oci transport).
    ['the ref name as written', skopeo, 'app:1.0', 'a'],
    ['the same name in full', skopeo, 'docker.io/library/app:1.0', 'a'],
    ['its tag alone', skopeo, '2', 'b'],
    ['its position in index.json', skopeo, '@1', 'b'],
    // podman names local images localhost/NAME:TAG.
    [
      'a podman name without its localhost/',
      [
        { image: 'a', name: 'localhost/app:1' },
        { image: 'b', name: 'localhost/app:2' },
      ],
      'app:1',
      'a',
    ],
    [
      'a podman name as written',
      [
        { image: 'a', name: 'localhost/app:1' },
        { image: 'b', name: 'localhost/app:2' },
      ],
      'localhost/app:2',
      'b',
    ],
    // docker buildx --output type=oci,name=…: the tag in ref.name, the full name in the containerd annotation.
    [
      'a buildx full name',
      [
        { image: 'a', name: 'ghcr.io/acme/app:1', key: 'io.containerd.image.name' },
        { image: 'b', name: 'ghcr.io/acme/app:2', key: 'io.containerd.image.name' },
      ],
      'ghcr.io/acme/app:2',
      'b',
    ],
  ] as const)('picks by %s', async (_name, entries, selector, which) => {
    const { layout, digest } = await listed(entries)
    expect(selectRoot(layout, selector).digest).toBe(digest[which])
  })

  it('counts a digest listed under two ref names as one image: no selector needed, either name picks it', async () => {
    const { layout, digest } = await listed([
      { image: 'a', name: 'app:1.0' },
      { image: 'a', name: 'app:latest' },
    ])
    expect(selectRoot(layout).digest).toBe(digest.a)
    expect(selectRoot(layout, 'latest').digest).toBe(digest.a)
    expect(selectRoot(layout, '@1').digest).toBe(digest.a)
  })

  it('lists each image once, with all its names, when the choice is missing', async () => {
    const { layout } = await listed([
      { image: 'a', name: 'app:1.0' },
      { image: 'b', name: 'other:2' },
      { image: 'a', name: 'app:latest' },
    ])
    const message = describeError(
      (() => {
        try {
          return selectRoot(layout)
        } catch (error) {
          return error
        }
      })(),
    )
    expect(message).toMatch(
      /holds 2 images and none was chosen:\n {2}- sha256:[0-9a-f]{64} \(application\/vnd\.oci\.image\.manifest\.v1\+json\): app:1\.0, app:latest\n {2}- sha256:[0-9a-f]{64} \([^)]+\): other:2\nWhat to do: name one after the path: source: .*:app:1\.0$/,
    )
  })

  it.each([
    ['a name no entry has', 'app:9', /no image in .* matches "app:9"/],
    ['a position past the end', '@2', /no image in .* matches "@2"/],
    ['a tag two images share', '1', /more than one image in .* matches "1"/],
  ])('refuses %s, naming what it holds', async (_name, selector, message) => {
    const { layout } = await listed([
      { image: 'a', name: 'localhost/app:1' },
      { image: 'b', name: 'ghcr.io/acme/app:1', key: 'io.containerd.image.name' },
    ])
    expect(() => selectRoot(layout, selector)).toThrow(message)
  })

  it('keeps a message short when one digest is listed under thousands of names', async () => {
    const { layout } = await listed([...Array.from({ length: 3000 }, (_, i) => ({ image: 'a' as const, name: `v${i}` })), { image: 'b', name: 'other' }])
    expect(() => selectRoot(layout)).toThrow(/: v0, v1, v2, v3, v4 and 2995 more names\n/)
  })
})
