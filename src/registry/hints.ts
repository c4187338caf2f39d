import { hostProfile } from '../ref/index.js'
import type { AuthNote } from './auth/host-auth.js'
import { formatScope, missingScopes, parseScopes } from './auth/scope.js'
import { detailText, type OciErrorEntry } from './errors.js'

/** What a failed request needs for a hint. */
export interface HintInput {
  readonly registry: string
  readonly repository: string | undefined
  readonly status: number
  readonly errors: readonly OciErrorEntry[]
  /** What the operation does to the repository. */
  readonly access: 'pull' | 'push'
  readonly auth: AuthNote | undefined
}

/**
 * What to do about a failure, by code and status (docs/registry-protocol.md#error-codes); advice
 * only one registry needs comes from its host profile (ref/host-profile.ts).
 */
export function hintFor(input: HintInput): string | undefined {
  const codes = new Set(input.errors.map((e) => e.code))
  const repository = input.repository ?? 'the repository'
  if (input.status === 401 || codes.has('UNAUTHORIZED')) return authenticationHint(input)
  if (input.status === 403 || codes.has('DENIED')) return permissionHint(input)
  if (codes.has('NAME_UNKNOWN')) {
    const create = hostProfile(input.registry).hints.createRepository
    const command = create === undefined ? '' : ` (${create(repository)})`
    return `the repository ${repository} does not exist on ${input.registry}; create it first${command}: ECR, Artifact Registry, Harbor and GitLab do not create repositories on push`
  }
  if (codes.has('MANIFEST_BLOB_UNKNOWN')) {
    const missing = input.errors
      .filter((e) => e.code === 'MANIFEST_BLOB_UNKNOWN')
      .map((e) => detailText(e.detail))
      .filter((d) => d !== undefined)
    const what = missing.length > 0 ? missing.join(', ') : 'every blob and child manifest it references'
    return `push ${what} to ${repository} before the manifest that references it (blobs, then child manifests by digest, then the index)`
  }
  if (codes.has('MANIFEST_INVALID'))
    return "the registry refused the manifest: its Content-Type must equal the manifest's mediaType, and the JSON must be a manifest the registry supports"
  if (codes.has('BLOB_UNKNOWN')) return `the blob is not in ${repository}; upload or mount it there first (blobs are per repository)`
  if (codes.has('DIGEST_INVALID'))
    return 'the bytes sent do not match their digest: the local content is corrupt or changed while being read; rebuild or re-export the image'
  if (codes.has('SIZE_INVALID')) return 'the size sent differs from the content: the descriptor size is wrong; rebuild or re-export the image'
  if (codes.has('BLOB_UPLOAD_INVALID') || codes.has('BLOB_UPLOAD_UNKNOWN'))
    return 'the upload session broke or expired; running the step again starts a new one'
  if (codes.has('NAME_INVALID')) return `${input.registry} does not accept the repository name ${repository}; check the image reference`
  if (codes.has('TAG_INVALID')) return 'the registry does not accept this tag; tags are letters, digits, "_", "." and "-", at most 128 characters'
  if (input.status === 429 || codes.has('TOOMANYREQUESTS')) {
    return `${input.registry} is rate limiting these requests; wait and run again, or log in (Docker Hub grants authenticated users a higher pull limit)`
  }
  if (input.status === 412)
    return 'the registry refused on a policy: Harbor answers 412 for immutable tags and for "prevent vulnerable images from running"; check the project policies'
  if (input.status === 405 || codes.has('UNSUPPORTED')) return `${input.registry} does not support this operation or has it disabled`
  if (input.status === 413) return 'the request is larger than the registry or a proxy in front of it accepts'
  if (input.status >= 500) return `${input.registry} failed on its side; the request was retried; run again later`
  return undefined
}

function who(auth: AuthNote): string {
  const user =
    auth.username === undefined ? (auth.credentialKind === 'identity-token' ? 'the identity token' : 'the registry token') : `user "${auth.username}"`
  return auth.credentialSource === undefined ? user : `${user} (from ${auth.credentialSource})`
}

function authenticationHint(input: HintInput): string {
  const { auth } = input
  if (auth === undefined || auth.credentialKind === 'none') {
    return `no credentials were found for ${input.registry}; log in to it (docker login ${input.registry}, or the action's username and password inputs)`
  }
  const scope = scopeHint(input)
  if (scope !== undefined) return scope
  const host = hostPushHint(input)
  if (host !== undefined) return host
  return `${input.registry} rejected ${who(auth)}; check that the credentials are current (not expired or revoked) and belong to ${input.registry}`
}

function permissionHint(input: HintInput): string {
  const host = hostPushHint(input)
  if (host !== undefined) return host
  const scope = scopeHint(input)
  if (scope !== undefined) return scope
  const as = input.auth === undefined || input.auth.credentialKind === 'none' ? 'anonymous access' : who(input.auth)
  return `${as} may not ${input.access} ${input.repository ?? 'here'} on ${input.registry}; grant it ${input.access} access`
}

/** "the token has pull but not push on acme/app": what was missing, from the token's claims or the challenge. */
function scopeHint(input: HintInput): string | undefined {
  const { auth } = input
  if (auth === undefined || auth.scheme !== 'bearer') return undefined
  const asked = auth.challenge?.params.scope === undefined ? [] : parseScopes(auth.challenge.params.scope)
  const needed = asked.length > 0 ? asked : auth.needed
  const granted = auth.granted
  const missing = granted === undefined ? (auth.challenge?.params.error === 'insufficient_scope' ? needed : []) : missingScopes(granted, needed)
  const first = missing[0]
  if (first === undefined) return undefined
  const has = granted?.find((g) => g.type === first.type && g.name === first.name)?.actions ?? []
  const wanted = first.actions.join(',')
  const sentence =
    granted === undefined
      ? `the token does not grant ${wanted} on ${first.name}`
      : has.length === 0
        ? `the token has no access to ${first.name}`
        : `the token has ${has.join(',')} but not ${wanted} on ${first.name}`
  const user =
    auth.credentialKind === 'none'
      ? `log in to ${input.registry}: anonymous tokens are read-only at best`
      : `give ${who(auth)} ${wanted} access to ${first.name}`
  const host = hostPushHint(input)
  return `${sentence} (needed ${missing.map(formatScope).join(' ')}); ${user}${host === undefined ? '' : `; ${host}`}`
}

/** The registry's own advice for a refused push (ghcr.io's package permissions), if it has any. */
function hostPushHint(input: HintInput): string | undefined {
  return input.access === 'push' ? hostProfile(input.registry).hints.pushDenied : undefined
}
