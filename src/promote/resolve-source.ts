import { InputError, errorMessage } from '../errors.js'
import { parseManifest } from '../oci/index.js'
import { type ImageReference, parseReference, repositoryName, resolutionTarget } from '../ref/index.js'
import type { RegistryClient } from '../registry/index.js'
import { PromoteSourceNotFoundError } from './errors.js'
import type { ResolvedSource } from './types.js'

/** Parses one `source` line: an image reference by tag or digest (an implicit `latest` is refused). */
export function parsePromoteSource(text: string, line: number | undefined): ImageReference {
  let reference: ImageReference
  try {
    reference = parseReference(text)
  } catch (error) {
    const reason = errorMessage(error)
    throw new InputError({ input: 'source', ...(line !== undefined ? { line } : {}) }, reason, {
      hint: 'write an image reference, e.g. ghcr.io/acme/app:sha-1a2b3c4 or ghcr.io/acme/app@sha256:…',
      cause: error,
    })
  }
  if (reference.tag === undefined && reference.digest === undefined) {
    throw new InputError(
      { input: 'source', ...(line !== undefined ? { line } : {}) },
      `"${text}" names no tag or digest, so it would mean whatever "latest" is at the moment`,
      {
        hint: `name what to promote: ${text}:<tag> or ${text}@sha256:<digest>`,
      },
    )
  }
  return reference
}

/**
 * Reads the source's manifest once (by tag or digest). Its digest is the hash of the bytes read, and
 * everything after works by that digest, so a tag that moves during the run changes nothing.
 */
export async function resolveSource(client: RegistryClient, reference: ImageReference): Promise<ResolvedSource> {
  const target = resolutionTarget(reference)
  const repo = client.repository(reference)
  const fetched = await repo.getManifest(target.kind === 'digest' ? target.digest : target.tag)
  if (fetched === undefined) throw new PromoteSourceNotFoundError(reference.original, repositoryName(reference))
  const parsed = parseManifest(fetched.bytes, fetched.mediaType, `manifest of ${reference.original}`)
  return {
    registry: reference.registry,
    repository: reference.repository,
    reference: reference.original,
    ...(target.kind === 'tag' ? { tag: target.tag } : {}),
    digest: fetched.digest,
    root: { descriptor: { mediaType: parsed.mediaType, digest: fetched.digest, size: fetched.bytes.length }, bytes: fetched.bytes, parsed },
  }
}
