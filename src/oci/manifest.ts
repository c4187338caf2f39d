import { digestProblem } from '../ref/index.js'
import type { Descriptor, Platform } from './descriptor.js'
import { InvalidManifestError } from './errors.js'
import { isIndexMediaType, isManifestMediaType } from './media-types.js'
import { errorMessage } from '../errors.js'

/**
 * A manifest is read up to 8 MiB, wherever it comes from (a registry, a layout): regclient's pull
 * limit, twice the 4 MiB the distribution spec says registries should accept (docs/registry-protocol.md#manifest-get-and-head).
 */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024

/**
 * What a copy needs to know of a manifest: its kind, what it references and its subject. Parsed from
 * a copy of the raw bytes, which stay the only thing ever sent (docs/registry-protocol.md#manifest-put).
 */
export type ParsedManifest =
  | {
      readonly kind: 'index'
      readonly mediaType: string
      readonly manifests: readonly Descriptor[]
      readonly subject?: Descriptor
      readonly artifactType?: string
      readonly annotations?: Readonly<Record<string, string>>
    }
  | {
      readonly kind: 'image'
      readonly mediaType: string
      readonly config: Descriptor
      readonly layers: readonly Descriptor[]
      readonly subject?: Descriptor
      readonly artifactType?: string
      readonly annotations?: Readonly<Record<string, string>>
    }

/**
 * Parses manifest bytes. The media type is the body's own `mediaType`, else the one the transport
 * or the referencing descriptor gave (`fallbackMediaType`); a body that disagrees with the fallback
 * is rejected (distribution-spec: clients SHOULD).
 */
export function parseManifest(bytes: Uint8Array, fallbackMediaType: string | undefined, what: string): ParsedManifest {
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch (error) {
    throw new InvalidManifestError(`${what} is not valid JSON: ${errorMessage(error)}`)
  }
  if (!isObject(json)) throw new InvalidManifestError(`${what} is not a JSON object`)
  const declared = typeof json.mediaType === 'string' ? json.mediaType : undefined
  if (declared !== undefined && fallbackMediaType !== undefined && isManifestMediaType(fallbackMediaType) && declared !== fallbackMediaType) {
    throw new InvalidManifestError(`${what} declares mediaType ${declared} but was served or referenced as ${fallbackMediaType}`)
  }
  const mediaType =
    declared ?? fallbackMediaType ?? (Array.isArray(json.manifests) ? 'application/vnd.oci.image.index.v1+json' : 'application/vnd.oci.image.manifest.v1+json')
  const subject = json.subject === undefined ? undefined : readDescriptor(json.subject, `${what} subject`)
  const artifactType = typeof json.artifactType === 'string' ? json.artifactType : undefined
  const annotations = stringMap(json.annotations)
  const extras = { ...(subject ? { subject } : {}), ...(artifactType ? { artifactType } : {}), ...(annotations ? { annotations } : {}) }
  if (isIndexMediaType(mediaType) || (declared === undefined && Array.isArray(json.manifests))) {
    if (!Array.isArray(json.manifests)) {
      throw new InvalidManifestError(`${what} is an index without a "manifests" array`, {
        hint: 'docker save of an image@digest (Docker 25) can write "manifests": null (moby/moby#47210); save by tag instead',
      })
    }
    const manifests = json.manifests.map((entry, i) => readDescriptor(entry, `${what} manifests[${i}]`))
    return { kind: 'index', mediaType, manifests, ...extras }
  }
  if (!isManifestMediaType(mediaType)) throw new InvalidManifestError(`${what} has media type ${mediaType}, which is not an image manifest or index`)
  const config = readDescriptor(json.config, `${what} config`)
  if (!Array.isArray(json.layers)) throw new InvalidManifestError(`${what} has no "layers" array`)
  const layers = json.layers.map((entry, i) => readDescriptor(entry, `${what} layers[${i}]`))
  return { kind: 'image', mediaType, config, layers, ...extras }
}

/** The descriptors a manifest references downwards (never `subject`, which points up). */
export function childrenOf(manifest: ParsedManifest): readonly Descriptor[] {
  return manifest.kind === 'index' ? manifest.manifests : [manifest.config, ...manifest.layers]
}

/**
 * A descriptor checked field by field before anything uses it (image-spec, https://github.com/opencontainers/image-spec/blob/main/descriptor.md): a media
 * type string, a well-formed digest of a supported algorithm (it becomes a URL path and a file name),
 * a size that is a non-negative safe integer, `urls` an array of strings. Only the fields read
 * downstream are kept, each of its declared type; the raw bytes stay what is sent.
 */
function readDescriptor(value: unknown, what: string): Descriptor {
  if (!isObject(value)) throw new InvalidManifestError(`${what} is not a descriptor object`)
  const { mediaType, digest, size, urls, platform, artifactType, data } = value
  if (typeof mediaType !== 'string' || typeof digest !== 'string' || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    throw new InvalidManifestError(`${what} needs a string mediaType, a string digest and a whole-number size`)
  }
  const problem = digestProblem(digest)
  if (problem !== undefined) throw new InvalidManifestError(`${what} has digest ${quoteShort(digest)}: ${problem.detail}`)
  if (data !== undefined && typeof data !== 'string') throw new InvalidManifestError(`${what} has a "data" field that is not base64 text`)
  if (urls !== undefined && !(Array.isArray(urls) && urls.every((url) => typeof url === 'string')))
    throw new InvalidManifestError(`${what} has "urls" that is not an array of strings`)
  const annotations = stringMap(value.annotations)
  const readPlatform = platformOf(platform)
  return {
    mediaType,
    digest,
    size,
    ...(annotations ? { annotations } : {}),
    ...(readPlatform ? { platform: readPlatform } : {}),
    ...(typeof artifactType === 'string' ? { artifactType } : {}),
    ...(typeof data === 'string' ? { data } : {}),
    ...(urls !== undefined ? { urls: urls as string[] } : {}),
  }
}

/** A platform with string `os` and `architecture`, else undefined: it only labels messages. */
function platformOf(value: unknown): Platform | undefined {
  if (!isObject(value) || typeof value.os !== 'string' || typeof value.architecture !== 'string') return undefined
  const { os, architecture, variant } = value
  const osVersion = value['os.version']
  return { os, architecture, ...(typeof variant === 'string' ? { variant } : {}), ...(typeof osVersion === 'string' ? { 'os.version': osVersion } : {}) }
}

/** Text from a manifest shown in a message: JSON-quoted (no raw newline) and cut short. */
function quoteShort(text: string): string {
  return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text)
}

/** A JSON object of strings, else undefined (annotations of other shapes are ignored, not refused). */
function stringMap(value: unknown): Readonly<Record<string, string>> | undefined {
  if (!isObject(value)) return undefined
  const entries = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
