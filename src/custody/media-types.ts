/**
 * The media types custody looks for. Sigstore bundles attached as OCI referrers carry the bundle's
 * own media type as the manifest's `artifactType` and as its one layer's media type (cosign's
 * bundle spec, https://github.com/sigstore/cosign/blob/main/specs/BUNDLE_SPEC.md; the bundle format,
 * https://github.com/sigstore/protobuf-specs). The v0.3 bundle has two spellings in the wild: the
 * name-versioned one cosign and actions/attest write, and the parameter form of older tools.
 */
import { baseMediaType } from '../oci/index.js'

export const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json'

/** The parameter spelling's base type; only `version=0.3` of it is a v0.3 bundle. */
const BUNDLE_WITH_VERSION = 'application/vnd.dev.sigstore.bundle+json'
const BUNDLE_VERSIONS = ['0.3']

/** A layer of cosign's `.sig` manifest: one simple-signing payload (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md). */
export const COSIGN_SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json'

/**
 * Whether a media type names a Sigstore bundle shiptag reads. Media types compare without case and
 * without the spaces RFC 6838 allows around parameters; a quoted parameter value is unquoted.
 */
export function isSigstoreBundleType(mediaType: string | undefined): boolean {
  if (mediaType === undefined) return false
  const base = baseMediaType(mediaType)
  if (base === SIGSTORE_BUNDLE_V03) return !mediaType.includes(';')
  if (base !== BUNDLE_WITH_VERSION) return false
  const parameters = mediaType
    .split(';')
    .slice(1)
    .map((part) => part.split('=').map((side) => side.trim()))
  if (parameters.length !== 1) return false
  const [name, value] = parameters[0]!
  return name?.toLowerCase() === 'version' && value !== undefined && BUNDLE_VERSIONS.includes(value.replace(/^"(.*)"$/, '$1'))
}
