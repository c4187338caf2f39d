/**
 * Layouts built to attack the reader (issue 12): links out of the layout, files far larger than
 * their descriptors say, digests that look like paths, tars whose headers lie. Each spoils a copy
 * of a real layout and returns the source to give shiptag, with what the refusal must say.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BuiltLayout } from './index.js'
import { paxRecord, tarBytes, tarMember } from './tar-bytes.js'

/** Text of the file outside the layout that links point at; no error may ever quote it. */
export const OUTSIDE_SECRET = 'root:x:0:0:TOPSECRET-outside-the-layout'

export interface HostileLayout {
  readonly name: string
  /** Spoils a copy of the layout in `dir`; returns the source path. */
  readonly spoil: (dir: string, image: BuiltLayout) => string
  readonly message: RegExp
  /** The error's class name: LayoutError unless said otherwise. */
  readonly error?: string
}

const outsideFile = (bytes: Buffer | string = OUTSIDE_SECRET) => {
  const path = join(mkdtempSync(join(tmpdir(), 'shiptag-outside-')), 'target')
  writeFileSync(path, bytes)
  return path
}
const blobPath = (dir: string, digest: string) => join(dir, 'blobs/sha256', digest.slice('sha256:'.length))
const replaceWithLink = (path: string, target: string) => {
  rmSync(path, { recursive: true })
  symlinkSync(target, path)
}

export const HOSTILE_LAYOUTS: readonly HostileLayout[] = [
  {
    name: 'index.json linked to a file outside the layout',
    spoil: (dir) => (replaceWithLink(join(dir, 'index.json'), outsideFile()), dir),
    message: /index\.json is a symbolic link that leads outside the layout/,
  },
  {
    name: 'oci-layout linked outside the layout with a relative link',
    spoil: (dir) => (replaceWithLink(join(dir, 'oci-layout'), `../../../../../../../..${outsideFile()}`), dir),
    message: /oci-layout is a symbolic link that leads outside the layout/,
  },
  {
    name: 'a layer linked to a copy of itself outside the layout',
    spoil: (dir, image) => {
      const layer = blobPath(dir, image.layers[0]!.digest)
      replaceWithLink(layer, outsideFile(readFileSync(layer)))
      return dir
    },
    message: /blobs\/sha256\/[0-9a-f]{64} is a symbolic link that leads outside the layout/,
  },
  {
    name: 'blobs/sha256 linked to a directory outside the layout',
    spoil: (dir) => {
      const outside = mkdtempSync(join(tmpdir(), 'shiptag-outside-'))
      cpSync(join(dir, 'blobs/sha256'), outside, { recursive: true })
      replaceWithLink(join(dir, 'blobs/sha256'), outside)
      return dir
    },
    message: /is a symbolic link that leads outside the layout/,
  },
  {
    name: 'an index.json that is not JSON (JSON.parse quotes the text it stops at)',
    spoil: (dir) => (writeFileSync(join(dir, 'index.json'), OUTSIDE_SECRET), dir),
    message: /index\.json is not valid: not valid JSON$/m,
  },
  {
    name: 'an index.json of 4 GiB',
    spoil: (dir) => (truncateSync(join(dir, 'index.json'), 4 * 2 ** 30), dir),
    message: /index\.json is 4294967296 bytes, more than the 8388608 allowed for it; it is not read/,
  },
  {
    name: 'a manifest of 4 GiB under a descriptor of its real size',
    spoil: (dir, image) => (truncateSync(blobPath(dir, image.rootDigest), 4 * 2 ** 30), dir),
    message: /manifest sha256:[0-9a-f]{64}.*size 4294967296 bytes, expected \d+/,
    error: 'ContentMismatchError',
  },
  {
    name: 'a digest that climbs out of blobs/',
    spoil: (dir) => {
      const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))
      index.manifests[0].digest = 'sha256:../../../../etc/passwd'
      writeFileSync(join(dir, 'index.json'), JSON.stringify(index))
      return dir
    },
    message: /has digest "sha256:\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd": digest sha256 must be 64 lowercase hex characters/,
    error: 'InvalidManifestError',
  },
  {
    name: 'embedded data that is an object with a length of two billion',
    spoil: (dir, image) => {
      rmSync(blobPath(dir, image.rootDigest))
      const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))
      index.manifests[0].data = { length: 2_000_000_000 }
      writeFileSync(join(dir, 'index.json'), JSON.stringify(index))
      return dir
    },
    message: /has a "data" field that is not base64 text/,
    error: 'InvalidManifestError',
  },
  {
    name: 'a tar whose PAX header gives a negative size',
    spoil: (dir) => {
      const tar = `${dir}.tar`
      const oci = tarMember({ name: 'oci-layout', data: readFileSync(join(dir, 'oci-layout')) })
      const pax = tarMember({ name: 'PaxHeaders/index.json', type: 'x', data: paxRecord('size', `-${oci.length + 512}`) })
      writeFileSync(tar, tarBytes(oci, pax, tarMember({ name: 'index.json', data: readFileSync(join(dir, 'index.json')) })))
      return tar
    },
    message: /malformed PAX header at byte \d+: it gives size="-\d+", not a non-negative whole number/,
  },
  {
    name: 'a named pipe instead of a file',
    spoil: (dir) => {
      execFileSync('mkfifo', [`${dir}.fifo`])
      return `${dir}.fifo`
    },
    message: /is neither a directory nor a regular file/,
    error: 'InputError',
  },
]
