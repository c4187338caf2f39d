/**
 * Where keyless verification gets its trust: a trusted_root.json (protobuf-specs TrustedRoot JSON,
 * https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_trustroot.proto) for an
 * air-gapped or private Sigstore, or the public-good instance's, through its TUF repository
 * (https://github.com/sigstore/root-signing) with @sigstore/tuf, fetched only when a keyless
 * signature is actually verified.
 */
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify'
import { InputError } from '../errors.js'
import { isRecord, parseBoundedJson } from './bounded-json.js'
import { TrustedRootError } from './errors.js'
import { SIGSTORE_LIMITS } from './limits.js'
import type { TrustSource } from './types.js'

/** A trusted_root.json read by the caller from the workspace; checked now, so a bad file fails before anything is verified. */
export function trustedRootFromFile(text: string, fileName: string): TrustSource {
  const parsed = parseBoundedJson(text, 'the trusted root', SIGSTORE_LIMITS.trustedRootBytes)
  const hint = "name a Sigstore trusted_root.json (for a private instance: `cosign trusted-root create`, or the instance's TUF target trusted_root.json)"
  if (!parsed.ok) throw new InputError({ file: fileName }, parsed.problem, { hint })
  const problem = trustedRootProblem(parsed.value)
  if (problem !== undefined) throw new InputError({ file: fileName }, problem, { hint })
  const source: TrustSource = { text: `the trusted root ${fileName}`, trustedRoot: () => Promise.resolve(parsed.value) }
  cache.set(source, Promise.resolve(toMaterial(parsed.value)))
  return source
}

export interface PublicGoodOptions {
  /** Where the TUF client keeps its metadata between runs (the runner's temp directory, a cache). */
  readonly cacheDir: string
  /** Default: https://tuf-repo-cdn.sigstore.dev. */
  readonly mirrorUrl?: string
  /** Per request; default 5 s. */
  readonly timeoutMs?: number
}

const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev'

/** The public-good instance's trusted root; nothing is fetched (or loaded) until a keyless signature needs it, then once. */
export function publicGoodTrust(options: PublicGoodOptions): TrustSource {
  const mirrorURL = options.mirrorUrl ?? PUBLIC_GOOD_MIRROR
  let root: Promise<unknown> | undefined
  return { text: `the Sigstore public-good trusted root (TUF ${mirrorURL})`, trustedRoot: () => (root ??= fetchPublicGood(mirrorURL, options)) }
}

async function fetchPublicGood(mirrorURL: string, options: PublicGoodOptions): Promise<unknown> {
  // Loaded here only: the TUF client is most of sigstore-js's weight (docs/decisions.md#sigstore-libraries).
  const { getTrustedRoot } = await import('@sigstore/tuf')
  try {
    const root = await getTrustedRoot({ cachePath: options.cacheDir, mirrorURL, timeout: options.timeoutMs ?? 5000, retry: { retries: 1 } })
    return TrustedRoot.toJSON(root)
  } catch (error) {
    throw new TrustedRootError(
      `could not get the Sigstore public-good trusted root from ${mirrorURL}: ${reasonOf(error)}`,
      'check that the runner reaches the TUF repository, or set sigstore.trustedRoot to a trusted_root.json in the workspace',
      error,
    )
  }
}

/** The error's message and its cause's: @sigstore/tuf says "error refreshing TUF metadata" and keeps why in `cause`. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined
  return cause === undefined || cause === message ? message : `${message} (${cause})`
}

const cache = new WeakMap<TrustSource, Promise<TrustMaterial>>()

/** The trust material of a source, read once per source. */
export function trustMaterialOf(trust: TrustSource): Promise<TrustMaterial> {
  let material = cache.get(trust)
  if (material === undefined) {
    material = trust.trustedRoot().then((json) => {
      const problem = trustedRootProblem(json)
      if (problem !== undefined) throw new TrustedRootError(`${trust.text}: ${problem}`, 'use a Sigstore trusted_root.json')
      return toMaterial(json)
    })
    // A failure is not kept: a source that fetches (GitHub's, public-good's) may answer the next call.
    material.catch(() => cache.delete(trust))
    cache.set(trust, material)
  }
  return material
}

function toMaterial(json: unknown): TrustMaterial {
  return toTrustMaterial(TrustedRoot.fromJSON(json))
}

/** Why `json` is no usable trusted root (shape, bounds, unparsable keys or certificates), or undefined. */
function trustedRootProblem(json: unknown): string | undefined {
  if (!isRecord(json)) return 'is not a JSON object'
  const lists = ['tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities'] as const
  for (const list of lists) {
    const value = json[list]
    if (value === undefined) continue
    if (!Array.isArray(value)) return `${list} is not a list`
    if (value.length > SIGSTORE_LIMITS.trustedRootAuthorities)
      return `${list} has ${value.length} entries, over the limit of ${SIGSTORE_LIMITS.trustedRootAuthorities}`
    for (const entry of value) {
      const certificates = isRecord(entry) && isRecord(entry.certChain) ? entry.certChain.certificates : undefined
      if (Array.isArray(certificates) && certificates.length > SIGSTORE_LIMITS.chainCertificates) {
        return `a certificate chain of ${list} has ${certificates.length} certificates, over the limit of ${SIGSTORE_LIMITS.chainCertificates}`
      }
    }
  }
  if (!Array.isArray(json.certificateAuthorities) && !Array.isArray(json.tlogs))
    return 'has neither certificateAuthorities nor tlogs: it is no Sigstore trusted root'
  try {
    toMaterial(json)
  } catch (error) {
    return `holds a key or certificate that cannot be read (${(error as Error).message})`
  }
  return undefined
}
