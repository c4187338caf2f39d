/**
 * Hostile-shaped image graphs, built as real content (every digest the sha256 of its bytes): a
 * chain of indexes that each list their child many times (a DAG walked as a tree is exponential), a
 * chain thousands deep, a ladder where every node lists every node of the next level. Written as an
 * OCI layout, or pushed to a registry bottom-up, so the code under test reads them like any image.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import type { RepositoryClient } from '../../../src/registry/index.js'
import { randomBytes, type Blob } from './index.js'

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

export interface BuiltGraph {
  readonly root: Blob
  /** Every distinct manifest, children before parents, the root last. */
  readonly manifests: readonly Blob[]
  /** Config and layers. */
  readonly blobs: readonly Blob[]
}

export function blobOf(mediaType: string, bytes: Buffer): Blob {
  return { mediaType, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, size: bytes.length, bytes }
}

const descriptor = (b: Blob) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size })

/** An index listing `children` in that order (repeats kept: an index may list one child twice). */
export function indexOf(children: readonly Blob[]): Blob {
  return blobOf(OCI_INDEX, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: children.map(descriptor) })))
}

/** One small image: a config and one layer of `layerBytes` random bytes. */
export function smallImage(seed: number, layerBytes = 1024): BuiltGraph {
  const layer = blobOf('application/vnd.oci.image.layer.v1.tar+gzip', randomBytes(layerBytes, seed))
  const config = blobOf(
    'application/vnd.oci.image.config.v1+json',
    Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [layer.digest] } })),
  )
  const manifest = blobOf(
    OCI_MANIFEST,
    Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: descriptor(config), layers: [descriptor(layer)] })),
  )
  return { root: manifest, manifests: [manifest], blobs: [config, layer] }
}

/** `levels` indexes above one image, each listing the one below it `copies` times: copies^levels paths, levels + 1 manifests. */
export function duplicateChain(levels: number, copies: number, seed: number): BuiltGraph {
  const image = smallImage(seed)
  const manifests = [image.root]
  let top = image.root
  for (let level = 0; level < levels; level++) {
    top = indexOf(Array.from({ length: copies }, () => top))
    manifests.push(top)
  }
  return { root: top, manifests, blobs: image.blobs }
}

/** `width` indexes per level, each listing every index of the level below, over `width` images: width^levels paths. */
export function ladder(levels: number, width: number, seed: number): BuiltGraph {
  const images = Array.from({ length: width }, (_, i) => smallImage(seed * 100 + i))
  const manifests = images.map((image) => image.root)
  let below = manifests.slice()
  for (let level = 0; level < levels; level++) {
    // Each node of a level differs by where the list starts, so the `width` of them are distinct.
    below = below.map((_, i) => indexOf([...below.slice(i), ...below.slice(0, i)]))
    manifests.push(...below)
  }
  const root = indexOf(below)
  return { root, manifests: [...manifests, root], blobs: images.flatMap((image) => image.blobs) }
}

/** Writes `graph` as an OCI layout directory whose index.json names the root. */
export function writeGraphLayout(graph: BuiltGraph, dir = mkdtempSync(join(tmpdir(), 'shiptag-graph-'))): string {
  mkdirSync(join(dir, 'blobs/sha256'), { recursive: true })
  for (const b of [...graph.blobs, ...graph.manifests]) writeFileSync(join(dir, 'blobs/sha256', b.digest.slice(7)), b.bytes)
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [descriptor(graph.root)] }))
  return dir
}

/** Puts `graph` into a repository the plain way: blobs, then manifests by digest bottom-up, the root under `tag`. */
export async function pushGraph(repo: RepositoryClient, graph: BuiltGraph, tag: string): Promise<void> {
  for (const b of graph.blobs) await repo.uploadBlob(b, () => Readable.from([b.bytes]))
  for (const m of graph.manifests) await repo.putManifest(m === graph.root ? tag : m.digest, m.bytes, m.mediaType)
}
