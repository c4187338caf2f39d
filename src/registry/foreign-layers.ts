import { isForeignLayer, parseManifest, type Descriptor } from '../oci/index.js'
import { detailText, RegistryAuthError, RegistryError } from './errors.js'
import { flattenRegistryText } from './registry-text.js'

/** Layers shown by digest and URL in a hint; an image rarely has more than two foreign ones. */
const MAX_LAYERS_SHOWN = 3

/**
 * The foreign (non-distributable) layers of a manifest: descriptors with `urls` or a foreign media
 * type, which clients fetch from their URL and shiptag never uploads (docs/registry-protocol.md#reading-blobs).
 */
export function foreignLayersOf(bytes: Buffer, mediaType: string): Descriptor[] {
  try {
    const parsed = parseManifest(bytes, mediaType, 'manifest')
    return parsed.kind === 'index' ? [] : parsed.layers.filter(isForeignLayer)
  } catch {
    // Bytes we were given to send; a manifest we cannot read has no layers to blame.
    return []
  }
}

/**
 * The manifest was refused and it has layers that live at a URL: the usual reason, on the
 * distribution registry (and what is built on it), is that it accepts layer URLs only when its
 * configuration allows them (`validation.manifests.urls.allow`; https://github.com/distribution/distribution/issues/2795).
 * It then answers 500 `UNKNOWN`, `UNKNOWN`, `MANIFEST_BLOB_UNKNOWN <layer>`, and logs "invalid URL
 * on layer". "Push the blob first" would be wrong advice: the refusal is of the URL. The error
 * keeps the registry's own words; its hint says this. Other refusals (auth, an unknown repository,
 * a temporary failure) are left as they are.
 */
export function explainForeignLayerRefusal(error: RegistryError, foreign: readonly Descriptor[]): RegistryError {
  if (foreign.length === 0 || error.temporary || error instanceof RegistryAuthError) return error
  if (['NAME_UNKNOWN', 'NAME_INVALID', 'TAG_INVALID', 'DENIED', 'UNAUTHORIZED'].some((code) => error.codes.includes(code))) return error
  const named = new Set(error.errors.filter((entry) => entry.code === 'MANIFEST_BLOB_UNKNOWN').map((entry) => detailText(entry.detail)))
  const refused = foreign.filter((layer) => named.has(layer.digest))
  const blamed = refused.length > 0 ? refused : foreign
  const listed = blamed
    .slice(0, MAX_LAYERS_SHOWN)
    .map((layer) => `${layer.digest} at ${shownUrl(layer.urls?.[0])}`)
    .join(', ')
  const more = blamed.length > MAX_LAYERS_SHOWN ? ` and ${blamed.length - MAX_LAYERS_SHOWN} more` : ''
  const hint =
    `${blamed.length} foreign (non-distributable) layer(s) of this manifest live at a URL, not in the registry (${listed}${more}), and ${error.registry} refuses layer URLs: ` +
    'the distribution registry accepts them only when its configuration allows them (validation.manifests.urls.allow; its log then says "invalid URL on layer" for each), so allow those URLs on the registry, ' +
    'or rebuild the image so that the layer is an ordinary one, pushed with the image, e.g. on a base image whose layers are not foreign'
  return new RegistryError({
    registry: error.registry,
    ...(error.repository === undefined ? {} : { repository: error.repository }),
    operation: error.operation,
    ...(error.method === undefined ? {} : { method: error.method }),
    ...(error.url === undefined ? {} : { url: error.url }),
    ...(error.status === undefined ? {} : { status: error.status }),
    errors: error.errors,
    ...(error.bodySummary === undefined ? {} : { bodySummary: error.bodySummary }),
    ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
    temporary: false,
    hint,
    cause: error,
  })
}

/** A URL in a hint: one line of a log, not a page. */
const MAX_URL_SHOWN = 200

/** Scheme, host and path, cut short: a query or user info may hold a signature or a password. */
function shownUrl(url: string | undefined): string {
  if (url === undefined) return '(no URL)'
  try {
    const parsed = new URL(url)
    const text = `${parsed.protocol}//${parsed.host}${parsed.pathname}`
    return flattenRegistryText(text.length > MAX_URL_SHOWN ? `${text.slice(0, MAX_URL_SHOWN)}…` : text)
  } catch {
    return 'a URL that does not parse'
  }
}
