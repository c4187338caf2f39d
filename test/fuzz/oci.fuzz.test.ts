/** Fuzz: OCI manifests, indexes and descriptors as bytes from a registry or a layout (src/oci). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  childrenOf,
  formatPlatform,
  InvalidManifestError,
  isForeignLayer,
  MEDIA_TYPES,
  parseManifest,
  referrerDescriptor,
  type Descriptor,
} from '../../src/oci/index.js'
import { anyText, deepJson, oddJsonValue } from './arbitraries.js'
import { corpusRows, fuzz, outcomeOf, type Outcome } from './support.js'

const MEDIA = [
  ...Object.values(MEDIA_TYPES),
  'application/json',
  '',
  'application/vnd.oci.image.manifest.v1+json; charset=utf-8',
  'APPLICATION/VND.OCI.IMAGE.INDEX.V1+JSON',
]
const DIGEST = `sha256:${'a'.repeat(64)}`

const descriptor = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        mediaType: fc.constantFrom(...MEDIA),
        digest: fc.oneof(fc.constant(DIGEST), anyText),
        size: fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER)),
        platform: fc.oneof(fc.constant({ os: 'linux', architecture: 'arm64', variant: 'v8' }), oddJsonValue),
        annotations: fc.oneof(fc.constant({ 'org.opencontainers.image.ref.name': 'v1' }), oddJsonValue),
        urls: fc.oneof(fc.constant(['https://example.com/layer']), oddJsonValue),
        data: fc.oneof(fc.constant('e30='), oddJsonValue),
        artifactType: fc.oneof(fc.constantFrom(...MEDIA), oddJsonValue),
      },
      { requiredKeys: ['mediaType', 'digest', 'size'] },
    ),
  },
  { weight: 1, arbitrary: oddJsonValue },
)

/** What the layout reader, the copier and the referrers code do with a descriptor's optional fields. */
function useDescriptor(child: Descriptor): void {
  expect(typeof child.digest).toBe('string')
  formatPlatform(child.platform)
  isForeignLayer(child)
  if (child.data !== undefined) Buffer.from(child.data, 'base64')
  for (const url of child.urls ?? []) url.startsWith('https:')
  Object.entries(child.annotations ?? {}).map(([key, value]) => key.length + value.length)
}

const descriptors = fc.array(descriptor, { maxLength: 4 })

/** Manifest-shaped JSON: a well-formed index or image manifest around odd descriptors, or every field sometimes missing, wrong or odd. */
const manifestJson = fc.oneof(
  fc.record({
    schemaVersion: fc.constant(2),
    mediaType: fc.constant(MEDIA_TYPES.ociIndex),
    manifests: descriptors,
    subject: fc.option(descriptor, { nil: undefined }),
  }),
  fc.record({
    schemaVersion: fc.constant(2),
    mediaType: fc.constant(MEDIA_TYPES.ociManifest),
    config: descriptor,
    layers: descriptors,
    subject: fc.option(descriptor, { nil: undefined }),
  }),
  fc.record(
    {
      schemaVersion: fc.oneof(fc.constant(2), oddJsonValue),
      mediaType: fc.oneof(fc.constantFrom(...MEDIA), oddJsonValue),
      config: descriptor,
      layers: fc.oneof(descriptors, oddJsonValue),
      manifests: fc.oneof(descriptors, fc.constant(null), oddJsonValue),
      subject: descriptor,
      artifactType: fc.oneof(fc.constantFrom(...MEDIA), oddJsonValue),
      annotations: oddJsonValue,
    },
    { requiredKeys: [] },
  ),
)

const manifestText = fc.oneof(
  manifestJson.map((json) => JSON.stringify(json)),
  deepJson(50_000),
  fc.json({ maxDepth: 3 }),
  anyText,
  fc.constantFrom('', '\ufeff{}', '{"manifests":[],"manifests":{}}', '{"__proto__":{"mediaType":"x"}}', '[]', 'null'),
)

function typedAsManifestError(outcome: Outcome): void {
  if (outcome.kind === 'refused') expect(outcome.error).toBeInstanceOf(InvalidManifestError)
}

// Descriptor fields of the wrong type (platform null, data a number, urls a boolean) crashed their
// readers until descriptors were validated field by field in src/oci/manifest.ts.
describe('fuzz: OCI manifests', () => {
  it('parseManifest returns a manifest whose children are descriptors, or refuses the bytes with InvalidManifestError', () => {
    fuzz(
      fc.tuple(manifestText, fc.option(fc.constantFrom(...MEDIA), { nil: undefined })),
      ([text, fallback]) => {
        const bytes = Buffer.from(text, 'utf8')
        const parsed = parseManifest(bytes, fallback, 'manifest')
        for (const child of [...childrenOf(parsed), ...(parsed.subject ? [parsed.subject] : [])]) useDescriptor(child)
        return referrerDescriptor({ digest: DIGEST, size: bytes.length }, parsed)
      },
      600,
      typedAsManifestError,
    )
  })
})

describe('regression corpus: OCI manifests', () => {
  it.each(corpusRows('oci'))('%s', (_title, entry) => {
    typedAsManifestError(outcomeOf(() => childrenOf(parseManifest(entry.bytes, undefined, entry.name)).forEach(useDescriptor), entry.name))
  })
})
