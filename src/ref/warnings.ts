import { quote } from './errors.js'
import { DEFAULT_REGISTRY, OFFICIAL_PREFIX } from './registry.js'
import { isImplicitLatest } from './resolve.js'
import type { ImageReference } from './types.js'

/**
 * Valid references that probably do not mean what the user wanted:
 * - `registry-read-as-repository`: `test.com:5000` is Docker Hub's `library/test.com`, tag `5000`.
 * - `uppercase-registry`: `Acme/app` is repository `app` on a registry called `Acme`.
 * - `implicit-latest`: no tag and no digest, so the mutable `latest` is meant.
 * - `tag-ignored`: `name:tag@digest` resolves the digest; the tag is not checked against it.
 */
export type ReferenceWarningCode = 'registry-read-as-repository' | 'uppercase-registry' | 'implicit-latest' | 'tag-ignored'

export interface ReferenceWarning {
  readonly code: ReferenceWarningCode
  readonly message: string
  readonly hint: string
}

const DIGITS = /^[0-9]+$/

/**
 * True when the user probably wrote a registry with no repository: there is no `/` (so, by
 * normalize.go `splitDockerDomain`, no registry is looked for), the name looks like a host
 * (`localhost`, or has a dot: `test.com`, `192.168.1.1`), and the tag is absent or a port number.
 */
export function looksLikeRegistryWithoutRepository(ref: ImageReference): boolean {
  if (ref.original.includes('/') || ref.registry !== DEFAULT_REGISTRY) return false
  const name = ref.repository.slice(OFFICIAL_PREFIX.length)
  const hostLike = name === 'localhost' || name.includes('.')
  return hostLike && (ref.tag === undefined || DIGITS.test(ref.tag))
}

/** True when only upper case made the first component a registry (no dot, no port, not localhost). */
function isUppercaseRegistry(ref: ImageReference): boolean {
  return ref.registry !== DEFAULT_REGISTRY && ref.registry !== 'localhost' && !/[.:]/.test(ref.registry)
}

/** The warnings for a parsed reference, in a fixed order; empty when there is nothing to say. */
export function referenceWarnings(ref: ImageReference): ReferenceWarning[] {
  const warnings: ReferenceWarning[] = []
  const written = ref.original.split('@', 1)[0] ?? ref.original
  if (looksLikeRegistryWithoutRepository(ref)) {
    const tag = ref.tag === undefined ? '' : ` with tag ${quote(ref.tag)}`
    warnings.push({
      code: 'registry-read-as-repository',
      message: `${quote(ref.original)} reads as repository ${quote(ref.repository)}${tag} on ${DEFAULT_REGISTRY}, not as a registry`,
      hint: `to name a registry, add a path: ${written}/REPO`,
    })
  }
  if (isUppercaseRegistry(ref)) {
    warnings.push({
      code: 'uppercase-registry',
      message: `${quote(ref.registry)} in ${quote(ref.original)} is read as a registry because it has upper case`,
      hint: `if it is a Docker Hub namespace, lower-case it: ${ref.registry.toLowerCase()}/${ref.repository}`,
    })
  }
  if (isImplicitLatest(ref)) {
    warnings.push({
      code: 'implicit-latest',
      message: `${quote(ref.original)} has no tag or digest, so it means the mutable tag "latest"`,
      hint: `pin it: ${ref.original}:TAG or ${ref.original}@sha256:DIGEST`,
    })
  }
  if (ref.tag !== undefined && ref.digest !== undefined) {
    warnings.push({
      code: 'tag-ignored',
      message: `${quote(ref.original)} has both a tag and a digest; the digest is what is pulled and tag ${quote(ref.tag)} is not checked`,
      hint: 'keep the tag only as a note for readers, or drop it',
    })
  }
  return warnings
}
