import { execFileSync } from 'node:child_process'
import { createCipheriv, createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Blob {
  readonly mediaType: string
  readonly digest: string
  readonly size: number
  readonly bytes: Buffer
}

export interface PlatformSpec {
  readonly os: string
  readonly architecture: string
  readonly variant?: string
}

export interface LayoutSpec {
  /** Sizes of the layers of each image, in bytes. */
  readonly layers: readonly number[]
  /** Several platforms make an index; the first layer is shared by every platform. */
  readonly platforms?: readonly PlatformSpec[]
  /** Seed of the incompressible random bytes, so a test gets the same digests every run. */
  readonly seed: number
  /** org.opencontainers.image.ref.name of the index.json entry. */
  readonly refName?: string
  /** Seeds of each layer's bytes (single-platform images), to build the same image with one layer changed. */
  readonly layerSeeds?: readonly number[]
  /** Labels of each image's config (`config.Labels`), e.g. org.opencontainers.image.revision. */
  readonly labels?: Readonly<Record<string, string>>
}

export interface BuiltLayout {
  readonly dir: string
  readonly rootDigest: string
  readonly rootMediaType: string
  readonly manifests: readonly Blob[]
  readonly layers: readonly Blob[]
  readonly configs: readonly Blob[]
}

/** Deterministic random bytes: the AES-128-CTR keystream of a key made from the seed; incompressible like real layers, and fast. */
export function randomBytes(size: number, seed: number): Buffer {
  const key = createHash('sha256').update(`shiptag-test-layer-${seed}`).digest().subarray(0, 16)
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16))
  return Buffer.concat([cipher.update(Buffer.alloc(size)), cipher.final()])
}

function blob(mediaType: string, bytes: Buffer): Blob {
  return { mediaType, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, size: bytes.length, bytes }
}

const descriptor = (b: Blob, extra: Record<string, unknown> = {}) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size, ...extra })

/** Writes a real OCI image layout directory: one image, or an index of platforms with a shared first layer. */
export function buildLayout(spec: LayoutSpec, dir = mkdtempSync(join(tmpdir(), 'shiptag-layout-'))): BuiltLayout {
  const platforms = spec.platforms ?? [undefined]
  const layers: Blob[] = []
  const configs: Blob[] = []
  const manifests: Blob[] = []
  const shared = spec.layers.length > 0 ? blob('application/vnd.oci.image.layer.v1.tar+gzip', randomBytes(spec.layers[0]!, spec.seed)) : undefined
  const images = platforms.map((platform, p) => {
    const seedOf = (l: number) => spec.layerSeeds?.[l] ?? spec.seed * 1000 + p * 100 + l
    const own = spec.layers.map((size, l) =>
      l === 0 && spec.layerSeeds === undefined ? shared! : blob('application/vnd.oci.image.layer.v1.tar+gzip', randomBytes(size, seedOf(l))),
    )
    for (const layer of own) if (!layers.some((known) => known.digest === layer.digest)) layers.push(layer)
    const config = blob(
      'application/vnd.oci.image.config.v1+json',
      Buffer.from(
        JSON.stringify({
          architecture: platform?.architecture ?? 'amd64',
          os: platform?.os ?? 'linux',
          rootfs: { type: 'layers', diff_ids: own.map((l) => l.digest) },
          config: spec.labels !== undefined ? { Labels: spec.labels } : {},
        }),
      ),
    )
    configs.push(config)
    const manifest = blob(
      'application/vnd.oci.image.manifest.v1+json',
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: descriptor(config),
          layers: own.map((l) => descriptor(l)),
        }),
      ),
    )
    manifests.push(manifest)
    return { manifest, platform }
  })
  let root = images[0]!.manifest
  if (spec.platforms !== undefined) {
    root = blob(
      'application/vnd.oci.image.index.v1+json',
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: images.map((image) => descriptor(image.manifest, { platform: image.platform })),
        }),
      ),
    )
    manifests.push(root)
  }
  mkdirSync(join(dir, 'blobs/sha256'), { recursive: true })
  for (const b of [...layers, ...configs, ...manifests]) writeFileSync(join(dir, 'blobs/sha256', b.digest.slice(7)), b.bytes)
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  const annotations = spec.refName ? { annotations: { 'org.opencontainers.image.ref.name': spec.refName } } : {}
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [descriptor(root, annotations)] }),
  )
  return { dir, rootDigest: root.digest, rootMediaType: root.mediaType, manifests, layers, configs }
}

/** Packs a layout directory into a tar with GNU tar (`./` prefixes, as `tar -C dir .` writes them). */
export function tarLayout(dir: string, tarPath: string, format: 'gnu' | 'pax' | 'ustar' = 'pax'): string {
  execFileSync('tar', ['--format', format, '-cf', tarPath, '-C', dir, '.'])
  return tarPath
}
