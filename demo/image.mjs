// A small but real OCI image layout: one gzip layer holding a tar with one file, its config with the
// layer's diff_id, a manifest and index.json, as `docker buildx build --output type=oci` writes.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const sha256 = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

/** A ustar archive with one regular file (POSIX.1-1988 header, two zero blocks at the end). */
function tarOf(name, content) {
  const header = Buffer.alloc(512)
  const field = (text, offset, length) => header.write(text, offset, length, 'ascii')
  field(name, 0, 100)
  field('0000644\0', 100, 8)
  field('0000000\0', 108, 8)
  field('0000000\0', 116, 8)
  field(`${content.length.toString(8).padStart(11, '0')}\0`, 124, 12)
  field('00000000000\0', 136, 12)
  field('        ', 148, 8)
  field('0', 156, 1)
  field('ustar\0', 257, 6)
  field('00', 263, 2)
  let sum = 0
  for (const byte of header) sum += byte
  field(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8)
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512)
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)])
}

export function buildDemoImage(message) {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-demo-image-'))
  const tar = tarOf('hello.txt', Buffer.from(`${message}\n`))
  const layer = gzipSync(tar, { level: 9 })
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', config: { Cmd: ['cat', '/hello.txt'] }, rootfs: { type: 'layers', diff_ids: [sha256(tar)] } }),
  )
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha256(layer), size: layer.length }],
    }),
  )
  mkdirSync(join(dir, 'blobs/sha256'), { recursive: true })
  for (const blob of [layer, config, manifest]) writeFileSync(join(dir, 'blobs/sha256', sha256(blob).slice(7)), blob)
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha256(manifest), size: manifest.length }],
    }),
  )
  return { dir, digest: sha256(manifest) }
}
