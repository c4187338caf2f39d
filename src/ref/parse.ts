import { digestProblem } from './digest.js'
import type { ReferenceProblem } from './errors.js'
import { InvalidReferenceError, quote } from './errors.js'
import { IDENTIFIER_RE } from './grammar.js'
import { pathGrammarProblem, pathLengthProblem } from './path.js'
import { OFFICIAL_PREFIX, registryProblem, splitRegistry } from './registry.js'
import { tagProblem } from './tag.js'
import type { ImageReference, RepositoryReference } from './types.js'
import { userInfoSpan } from './user-info.js'
import { referenceWarnings } from './warnings.js'

/** A URL scheme such as `https://` or a transport prefix such as `docker://`. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//

interface Pieces {
  /** `[registry/]path` as written. */
  readonly name: string
  readonly tag: string | undefined
  readonly digest: string | undefined
}

/**
 * Cuts off `@digest`. Tag and digest both follow the last `/` and a digest holds no `/`, so an `@`
 * before the last `/` stays in the name, where the registry or path check names it precisely.
 */
function cutDigest(input: string): { nameAndTag: string; digest: string | undefined } {
  const at = input.indexOf('@', input.lastIndexOf('/') + 1)
  return at === -1 ? { nameAndTag: input, digest: undefined } : { nameAndTag: input.slice(0, at), digest: input.slice(at + 1) }
}

/** Cuts `name[:tag][@digest]`; the tag starts at the first `:` after the last `/`, as one before it is a port. */
function splitPieces(input: string): Pieces {
  const { nameAndTag, digest } = cutDigest(input)
  const colon = nameAndTag.indexOf(':', nameAndTag.lastIndexOf('/') + 1)
  if (colon === -1) return { name: nameAndTag, tag: undefined, digest }
  return { name: nameAndTag.slice(0, colon), tag: nameAndTag.slice(colon + 1), digest }
}

/** Problems visible in the raw text, before it is cut into pieces. */
function textProblem(input: string): ReferenceProblem | undefined {
  if (input === '') {
    return { reason: 'empty', detail: 'the reference is empty', hint: 'write a reference such as ghcr.io/OWNER/NAME:TAG' }
  }
  if (userInfoSpan(input) !== undefined) {
    // Before any other check: every later message quotes pieces of the input, and this piece is a secret.
    return {
      reason: 'user-info',
      detail: 'an image reference holds no user name or password (found one before "@")',
      hint: 'remove "user:password@" and log in instead (docker login, docker/login-action, or the username and password inputs)',
    }
  }
  if (/\s/.test(input)) {
    return { reason: 'whitespace', detail: 'the reference contains whitespace', hint: 'remove spaces, tabs and line breaks; write one reference per line' }
  }
  const scheme = SCHEME.exec(input)?.[0]
  if (scheme !== undefined) {
    return {
      reason: 'scheme',
      detail: `image references have no URL scheme, found ${quote(scheme)}`,
      hint: `remove the scheme: ${input.slice(scheme.length)}`,
    }
  }
  if (IDENTIFIER_RE.test(input)) {
    // normalize.go refuses these ("cannot specify 64-byte hexadecimal strings"): they read as image IDs.
    return {
      reason: 'image-id',
      detail: 'a 64-character hex string is an image ID, not a repository name',
      hint: 'to pin a digest write NAME@sha256:<hex>; to use it as a name, put a registry or namespace in front',
    }
  }
  const { nameAndTag } = cutDigest(input)
  if (nameAndTag.startsWith('[') && !nameAndTag.includes('/')) {
    // Without a `/` nothing is read as a registry, and an IPv6 literal is no repository name either.
    return {
      reason: 'missing-repository',
      detail: `${quote(nameAndTag)} is a registry address without a repository`,
      hint: `add a path: ${nameAndTag}/REPO`,
    }
  }
  return undefined
}

/** The normalised reference, or the first problem with it. */
function readReference(input: string): ImageReference | ReferenceProblem {
  const early = textProblem(input)
  if (early !== undefined) return early
  const { name, tag, digest } = splitPieces(input)
  if (name === '') {
    return {
      reason: 'missing-name',
      detail: `there is no repository name before ${quote(input.charAt(0))}`,
      hint: 'write the repository first: NAME:TAG or NAME@DIGEST',
    }
  }
  const split = splitRegistry(name)
  const problem =
    (split.writtenRegistry === undefined ? undefined : registryProblem(split.writtenRegistry)) ??
    pathGrammarProblem(split.writtenPath, split.writtenRegistry) ??
    pathLengthProblem(split.path, split.path === split.writtenPath ? undefined : OFFICIAL_PREFIX) ??
    (tag === undefined ? undefined : tagProblem(tag)) ??
    (digest === undefined ? undefined : digestProblem(digest))
  if (problem !== undefined) return problem
  return {
    registry: split.registry,
    repository: split.path,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
    original: input,
  }
}

/**
 * Parses and normalises an image reference by the distribution reference grammar and Docker's
 * normalisation: `ubuntu` → registry `docker.io`, repository `library/ubuntu`, no tag.
 * Throws `InvalidReferenceError`.
 */
export function parseReference(input: string): ImageReference {
  const read = readReference(input)
  if ('reason' in read) throw new InvalidReferenceError(input, read)
  return read
}

/** Why `input` is not an image reference, or undefined when it is one. */
export function referenceProblem(input: string): ReferenceProblem | undefined {
  const read = readReference(input)
  return 'reason' in read ? read : undefined
}

/** A repository name, or why it is not one (it must carry no tag and no digest). */
function readRepository(input: string): RepositoryReference | ReferenceProblem {
  const read = readReference(input)
  if ('reason' in read) return read
  if (read.tag !== undefined || read.digest !== undefined) {
    const found = [...(read.tag === undefined ? [] : [`tag ${quote(read.tag)}`]), ...(read.digest === undefined ? [] : [`digest ${quote(read.digest)}`])]
    const misread = referenceWarnings(read).find((warning) => warning.code === 'registry-read-as-repository')
    return {
      reason: 'unexpected-tag-or-digest',
      detail: `a repository takes no tag or digest, found ${found.join(' and ')}`,
      hint: misread?.hint ?? `write it without them: ${splitPieces(input).name}`,
    }
  }
  return { registry: read.registry, repository: read.repository, original: input }
}

/** Why `input` is not a repository name (such as an `images:` entry), or undefined when it is one. */
export function repositoryProblem(input: string): ReferenceProblem | undefined {
  const read = readRepository(input)
  return 'reason' in read ? read : undefined
}

/**
 * Parses a repository name that must carry no tag and no digest, e.g. an entry of an `images:` list.
 * Throws `InvalidReferenceError`.
 */
export function parseRepository(input: string): RepositoryReference {
  const read = readRepository(input)
  if ('reason' in read) throw new InvalidReferenceError(input, read, 'repository')
  return read
}
