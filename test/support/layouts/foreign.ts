import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BuiltLayout } from './index.js'

export const FOREIGN_LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip'

/**
 * Adds a foreign (non-distributable) layer to a single-image layout, as Windows base images carry
 * them: a descriptor with `urls` and the nondistributable media type, whose bytes are not in the
 * layout (clients fetch them from the URL). Rewrites the manifest and index.json; returns the new
 * root digest and the foreign layer's digest.
 */
export function addForeignLayer(
  built: BuiltLayout,
  url = 'https://mcr.microsoft.com/v2/windows/servercore/blobs/',
): { rootDigest: string; layerDigest: string } {
  const manifest = JSON.parse(readFileSync(join(built.dir, 'blobs/sha256', built.rootDigest.slice(7)), 'utf8'))
  const layerDigest = `sha256:${createHash('sha256').update(`foreign layer of ${built.rootDigest}`).digest('hex')}`
  manifest.layers.push({ mediaType: FOREIGN_LAYER_MEDIA_TYPE, digest: layerDigest, size: 1_234_567, urls: [`${url}${layerDigest}`] })
  const bytes = Buffer.from(JSON.stringify(manifest))
  const rootDigest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
  writeFileSync(join(built.dir, 'blobs/sha256', rootDigest.slice(7)), bytes)
  const index = JSON.parse(readFileSync(join(built.dir, 'index.json'), 'utf8'))
  index.manifests = [{ ...index.manifests[0], digest: rootDigest, size: bytes.length }]
  writeFileSync(join(built.dir, 'index.json'), JSON.stringify(index))
  return { rootDigest, layerDigest }
}
