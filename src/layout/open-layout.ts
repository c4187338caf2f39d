import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { InputError, ShiptagError, errorMessage } from '../errors.js'
import { ContentMismatchError, isManifestMediaType, MAX_MANIFEST_BYTES, parseManifest, verifyBytes, VerifyingStream, type Descriptor } from '../oci/index.js'
import { InvalidReferenceError, parseDigest } from '../ref/index.js'
import { LayoutError, shown } from './errors.js'
import { directoryFiles, tarFiles, type LayoutFiles } from './files.js'
import { hashFileRange } from './hash-pool.js'
import { DEFAULT_INFLATE_LIMITS, inflateGzip, type InflateLimits } from './inflate.js'
import { notAnOciLayout, type LayoutOrigin } from './other-formats.js'
import { createTempDir } from './temp-dir.js'

/** oci-layout is `{"imageLayoutVersion": "1.0.0"}` (https://github.com/opencontainers/image-spec/blob/main/image-layout.md). */
const MAX_MARKER_BYTES = 64 * 1024

/** An OCI image layout (https://github.com/opencontainers/image-spec/blob/main/image-layout.md), read in place from a directory or a tar. */
export interface ImageLayout {
  /** How messages name the layout: its path, or `docker-daemon:NAME` for what docker save wrote (never its temporary file). */
  readonly path: string
  readonly kind: 'directory' | 'tar'
  /** A path the user gave, or what docker save wrote: where a selector goes differs. */
  readonly origin: LayoutOrigin
  /** The descriptors of index.json, unknown media types left out (with a warning). */
  readonly roots: readonly Descriptor[]
  readonly warnings: readonly string[]
  /** True when the blob's bytes are at hand: a file, or a descriptor's embedded `data`. */
  hasBlob(descriptor: Descriptor): boolean
  /** Verified manifest bytes. */
  readManifest(descriptor: Descriptor): Buffer
  /** The blob's bytes as a stream that fails at its end when size or digest differ. */
  /** The blob's bytes, checked against the descriptor as they stream unless `verify` is false (already checked). */
  openBlob(descriptor: Descriptor, options?: { readonly verify?: boolean }): Readable
  /** Reads the whole blob on a worker thread and checks its size and digest; rejects with ContentMismatchError. */
  verifyBlob(descriptor: Descriptor): Promise<void>
  close(): Promise<void>
}

/** Budgets of what a layout may make shiptag read or write; tests make them small. */
export interface LayoutLimits {
  readonly inflate: InflateLimits
}

/**
 * Opens a layout directory, a tar of one, or a gzip-compressed tar (decompressed once, as a stream
 * and within a budget, to a temporary file removed on every exit path). `origin` says where the
 * file came from: a tar docker save wrote to a temporary file is named `docker-daemon:NAME` in
 * every message, since the user never saw that file.
 */
export async function openLayout(
  path: string,
  limits: LayoutLimits = { inflate: DEFAULT_INFLATE_LIMITS },
  origin: LayoutOrigin = { kind: 'path' },
): Promise<ImageLayout> {
  const label = origin.kind === 'docker-save' ? `docker-daemon:${origin.image}` : path
  let stat
  try {
    stat = statSync(path)
  } catch {
    throw new InputError({ input: 'source' }, `${label} does not exist`, {
      hint: 'give the path of an OCI layout directory or tar, e.g. the dest of docker buildx build --output type=oci,dest=image.tar',
    })
  }
  if (stat.isDirectory()) return readLayout(label, 'directory', directoryFiles(path), origin, async () => {})
  // A FIFO or a device would block the first read, or never end.
  if (!stat.isFile())
    throw new InputError({ input: 'source' }, `${label} is neither a directory nor a regular file`, { hint: 'give the path of an OCI layout directory or tar' })
  if (!isGzip(path)) return readLayout(label, 'tar', tarFiles(path, label), origin, async () => {})
  const temp = createTempDir('shiptag-layout-')
  const cleanup = async () => temp.remove()
  try {
    const tar = join(temp.path, 'layout.tar')
    await inflateGzip(path, tar, stat.size, temp.path, limits.inflate)
    return readLayout(label, 'tar', tarFiles(tar, `${label} (decompressed)`), origin, cleanup)
  } catch (error) {
    temp.remove()
    if (error instanceof ShiptagError) throw error
    throw new LayoutError(`${label} looks gzip-compressed but could not be decompressed: ${errorMessage(error)}`)
  }
}

/** `path` is the layout's label in messages (see openLayout). */
function readLayout(path: string, kind: 'directory' | 'tar', files: LayoutFiles, origin: LayoutOrigin, close: () => Promise<void>): ImageLayout {
  const readJson = (name: string, maxBytes: number): { value: Record<string, unknown>; bytes: Buffer } => {
    if (files.size(name) === undefined) throw notAnOciLayout(path, kind, files, origin, name)
    const bytes = files.read(name, maxBytes)
    try {
      const value: unknown = JSON.parse(bytes.toString('utf8'))
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object')
      return { value: value as Record<string, unknown>, bytes }
    } catch (error) {
      throw new LayoutError(`${path}: ${name} is not valid: ${jsonProblem(error)}`)
    }
  }
  const marker = readJson('oci-layout', MAX_MARKER_BYTES).value
  if (marker.imageLayoutVersion !== '1.0.0')
    throw new LayoutError(`${path}: oci-layout has imageLayoutVersion ${JSON.stringify(marker.imageLayoutVersion)}, expected "1.0.0"`)
  const indexBytes = readJson('index.json', MAX_MANIFEST_BYTES).bytes
  const index = parseManifest(indexBytes, 'application/vnd.oci.image.index.v1+json', `${path} index.json`)
  if (index.kind !== 'index') throw new LayoutError(`${path}: index.json is not an image index`)
  const warnings: string[] = []
  const roots = index.manifests.filter((descriptor) => {
    if (isManifestMediaType(descriptor.mediaType)) return true
    warnings.push(`${path}: index.json entry ${shown(descriptor.digest)} has media type ${shown(descriptor.mediaType)}, which is not an image; it is skipped`)
    return false
  })
  // Only a well-formed digest (algorithm and lowercase hex) becomes a path: `sha256:../../etc/passwd` never does.
  const blobName = (digest: string) => {
    try {
      const { algorithm, encoded } = parseDigest(digest)
      return `blobs/${algorithm}/${encoded}`
    } catch (error) {
      if (!(error instanceof InvalidReferenceError)) throw error
      throw new LayoutError(
        `${path}: a descriptor's digest is not valid (${error.message}); no file is looked up by it`,
        'export the image again with its builder; digests are sha256:<64 lowercase hex>',
      )
    }
  }
  for (const root of roots) blobName(root.digest)
  // `data` is base64 text (https://github.com/opencontainers/image-spec/blob/main/descriptor.md#embedded-content). Anything else is refused before Buffer.from
  // sees it: given {"length": 2000000000} it loops over two billion indexes.
  const embedded = (descriptor: Descriptor) => {
    const data: unknown = descriptor.data
    if (data === undefined) return undefined
    if (typeof data !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
      throw new LayoutError(
        `${path}: the descriptor of ${shown(descriptor.digest)} has a "data" field that is not base64 text`,
        'export the image again with its builder',
      )
    }
    return Buffer.from(data, 'base64')
  }
  return {
    path,
    kind,
    origin,
    roots,
    warnings,
    hasBlob: (descriptor) => files.size(blobName(descriptor.digest)) !== undefined || embedded(descriptor) !== undefined,
    readManifest(descriptor) {
      if (descriptor.size > MAX_MANIFEST_BYTES)
        throw new LayoutError(`${path}: manifest ${descriptor.digest} is ${descriptor.size} bytes, more than the ${MAX_MANIFEST_BYTES} a registry accepts`)
      const name = blobName(descriptor.digest)
      const size = files.size(name)
      // Checked before reading: a descriptor of 300 bytes must not make shiptag read a 4 GiB file.
      if (size !== undefined && size !== descriptor.size)
        throw new ContentMismatchError(`${path}: manifest ${descriptor.digest}`, `size ${size} bytes, expected ${descriptor.size}`)
      const bytes = size !== undefined ? files.read(name, MAX_MANIFEST_BYTES) : embedded(descriptor)
      if (bytes === undefined) throw new LayoutError(`${path}: manifest ${descriptor.digest} is missing from blobs/`)
      verifyBytes(bytes, descriptor, `${path}: manifest ${descriptor.digest}`)
      return bytes
    },
    openBlob(descriptor, options = {}) {
      const name = blobName(descriptor.digest)
      const data = embedded(descriptor)
      const raw = files.size(name) !== undefined ? files.stream(name) : data !== undefined ? Readable.from([data]) : undefined
      if (raw === undefined) throw new LayoutError(`${path}: blob ${descriptor.digest} is missing from blobs/`)
      if (options.verify === false) return raw
      const verifying = new VerifyingStream(descriptor, `${path}: blob ${descriptor.digest}`)
      raw.on('error', (error) => verifying.destroy(error))
      return raw.pipe(verifying)
    },
    async verifyBlob(descriptor) {
      const what = `${path}: blob ${descriptor.digest}`
      const location = files.locate(blobName(descriptor.digest))
      if (location === undefined) {
        const data = embedded(descriptor)
        if (data === undefined) throw new LayoutError(`${path}: blob ${descriptor.digest} is missing from blobs/`)
        verifyBytes(data, descriptor, what)
        return
      }
      if (location.length !== descriptor.size) throw new ContentMismatchError(what, `size ${location.length} bytes, expected ${descriptor.size}`)
      const { algorithm } = parseDigest(descriptor.digest)
      const { hex, size } = await hashFileRange(location.path, location.start, location.length, algorithm)
      if (size !== descriptor.size) throw new ContentMismatchError(what, `size ${size} bytes, expected ${descriptor.size}`)
      if (`${algorithm}:${hex}` !== descriptor.digest) throw new ContentMismatchError(what, `digest ${algorithm}:${hex}, expected ${descriptor.digest}`)
    },
    close,
  }
}

/**
 * V8's JSON.parse messages quote the text around the fault ('"root:x:0:0"... is not valid JSON');
 * only its position is kept, so no error repeats a file's content.
 */
function jsonProblem(error: unknown): string {
  if (!(error instanceof SyntaxError)) return errorMessage(error)
  const position = /position (\d+)/.exec(error.message)
  return position === null ? 'not valid JSON' : `not valid JSON (at character ${position[1]})`
}

function isGzip(path: string): boolean {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(2)
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b
  } finally {
    closeSync(fd)
  }
}
