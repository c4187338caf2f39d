import { describe, expect, it } from 'vitest'
import { InvalidManifestError } from './errors.js'
import { parseManifest } from './manifest.js'

const HEX = 'a'.repeat(64)
const layer = (fields: Record<string, unknown>) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${HEX}`, size: 10, ...fields })
const manifest = (layerFields: Record<string, unknown>) =>
  Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${'b'.repeat(64)}`, size: 2 },
      layers: [layer(layerFields)],
    }),
  )

describe('parseManifest validates every descriptor before use', () => {
  it.each([
    [
      'a digest that would become a path',
      { digest: 'sha256:../../etc/passwd' },
      /layers\[0\] has digest "sha256:\.\.\/\.\.\/etc\/passwd": digest sha256 must be 64 lowercase hex/,
    ],
    ['a digest without an algorithm', { digest: HEX }, /has no algorithm/],
    ['an unsupported algorithm', { digest: `md5:${HEX}` }, /not supported/],
    ['upper-case hex', { digest: `sha256:${'A'.repeat(64)}` }, /lowercase hex/],
    ['a digest with a newline, quoted and cut short', { digest: `sha256:\n${'x'.repeat(500)}` }, /has digest "sha256:\\nx{92}…"/],
    ['a negative size', { size: -1 }, /whole-number size/],
    ['a size past 2^53', { size: 2 ** 60 }, /whole-number size/],
    ['a fractional size', { size: 1.5 }, /whole-number size/],
    ['a size given as a string', { size: '10' }, /whole-number size/],
    ['a media type that is not a string', { mediaType: 7 }, /string mediaType/],
    ['urls that are not an array of strings', { urls: 'https://example.com/layer' }, /"urls" that is not an array of strings/],
  ])('refuses %s', (_label, fields, message) => {
    const parse = () => parseManifest(manifest(fields), undefined, 'manifest m')
    expect(parse).toThrow(InvalidManifestError)
    expect(parse).toThrow(message)
  })

  it.each([
    ['a platform that is null', { platform: null }, {}],
    ['a platform without an os', { platform: { architecture: 'amd64' } }, {}],
    ['annotations of other types, kept where strings', { annotations: { a: 'x', b: 3 } }, { annotations: { a: 'x' } }],
    ['urls of strings', { urls: ['https://example.com/layer'] }, { urls: ['https://example.com/layer'] }],
    ['unknown fields', { other: { deep: [1, 2] } }, {}],
  ])('keeps only well-typed optional fields: %s', (_label, fields, kept) => {
    const parsed = parseManifest(manifest(fields), undefined, 'manifest m')
    expect(parsed.kind === 'image' && parsed.layers[0]).toEqual({ ...layer({}), ...kept })
  })
})
