import type { ReferenceProblem } from './errors.js'
import { InvalidReferenceError, quote } from './errors.js'
import { DIGEST_ALGORITHM_RE } from './grammar.js'

/**
 * The algorithms registered by the OCI image spec (https://github.com/opencontainers/image-spec/blob/main/descriptor.md#registered-algorithms), with
 * the length of their lowercase hex encoding. The reference grammar accepts any well-formed
 * algorithm; like go-digest, anything not known here is refused rather than passed to a registry.
 */
export const DIGEST_ALGORITHMS = { sha256: 64, sha512: 128 } as const
export type DigestAlgorithm = keyof typeof DIGEST_ALGORITHMS

export interface ParsedDigest {
  readonly algorithm: DigestAlgorithm
  /** The lowercase hex after the colon. */
  readonly encoded: string
}

const LOWER_HEX = /^[a-f0-9]+$/
const SUPPORTED = Object.keys(DIGEST_ALGORITHMS).join(' or ')

function isDigestAlgorithm(name: string): name is DigestAlgorithm {
  return Object.hasOwn(DIGEST_ALGORITHMS, name)
}

/** The digest, or the first problem with it. */
function readDigest(value: string): ParsedDigest | ReferenceProblem {
  if (value === '') {
    return { reason: 'invalid-digest', detail: 'the digest is empty', hint: 'write the digest as sha256:<64 hex characters>' }
  }
  const colon = value.indexOf(':')
  if (colon === -1) {
    return {
      reason: 'invalid-digest',
      detail: `digest ${quote(value)} has no algorithm; a digest is "algorithm:hex"`,
      hint: `write it as sha256:${value}`,
    }
  }
  const algorithm = value.slice(0, colon)
  const encoded = value.slice(colon + 1)
  if (!DIGEST_ALGORITHM_RE.test(algorithm)) {
    return {
      reason: 'invalid-digest',
      detail: `digest algorithm ${quote(algorithm)} is not well-formed`,
      hint: `use ${SUPPORTED}`,
    }
  }
  if (!isDigestAlgorithm(algorithm)) {
    const lower = algorithm.toLowerCase()
    return {
      reason: 'unsupported-digest-algorithm',
      detail: `digest algorithm ${quote(algorithm)} is not supported`,
      hint: isDigestAlgorithm(lower) ? `algorithm names are lower case: ${lower}:${encoded}` : `use ${SUPPORTED}`,
    }
  }
  if (encoded.includes(':')) {
    // `name@sha256:<hex>:tag`: the tag was written after the digest instead of before it.
    return {
      reason: 'invalid-digest',
      detail: `digest ${quote(value)} has text after the hex`,
      hint: 'a tag goes before the digest: NAME:TAG@DIGEST',
    }
  }
  const length = DIGEST_ALGORITHMS[algorithm]
  if (encoded.length !== length) {
    return {
      reason: 'digest-length',
      detail: `digest ${algorithm} must be ${length} lowercase hex characters, got ${encoded.length}`,
      hint: 'copy the whole digest; it may have been cut short',
    }
  }
  if (!LOWER_HEX.test(encoded)) {
    const lower = encoded.toLowerCase()
    return {
      reason: 'invalid-digest',
      detail: `digest ${algorithm} must be ${length} lowercase hex characters, got ${quote(encoded)}`,
      hint: LOWER_HEX.test(lower) ? `lower-case the hex: ${algorithm}:${lower}` : 'copy the digest again; it is not hex',
    }
  }
  return { algorithm, encoded }
}

/** Why `value` is not a usable `algorithm:hex` digest, or undefined when it is one. */
export function digestProblem(value: string): ReferenceProblem | undefined {
  const read = readDigest(value)
  return 'reason' in read ? read : undefined
}

export function isValidDigest(value: string): boolean {
  return digestProblem(value) === undefined
}

/** Splits a digest into algorithm and hex; throws `InvalidReferenceError` when it is not one. */
export function parseDigest(value: string): ParsedDigest {
  const read = readDigest(value)
  if ('reason' in read) throw new InvalidReferenceError(value, read, 'digest')
  return read
}
