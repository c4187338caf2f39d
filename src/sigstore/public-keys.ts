/**
 * Verifying a signature with a policy's public key (PEM), the way cosign signs with each key type
 * (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md): ECDSA over a SHA-256
 * digest in ASN.1 DER, RSA PKCS#1 v1.5 over SHA-256, Ed25519 over the message itself.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto'
import { InputError } from '../errors.js'

/** A policy key, parsed: `name` is the policy's path for it, for messages. */
export interface PolicyKey {
  readonly name: string
  readonly key: KeyObject
}

/** Parses a PEM public key; a file that is none is the policy's error, named by its path. */
export function parsePublicKey(pem: string, name: string): PolicyKey {
  // createPublicKey would derive the public half of a private key; a private key in the checkout is a leak to report, not a key to use.
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new InputError({ file: name }, 'is a private key', {
      hint: 'commit only the public key (cosign public-key --key cosign.key > cosign.pub), and rotate this key: it is in the checkout',
    })
  }
  let key: KeyObject
  try {
    key = createPublicKey({ key: pem, format: 'pem' })
  } catch {
    throw new InputError({ file: name }, 'is not a PEM public key', {
      hint: 'name a public key file such as cosign.pub (cosign public-key --key cosign.key > cosign.pub)',
    })
  }
  if (hashesFor(key) === undefined) {
    throw new InputError({ file: name }, `is a ${describeKey(key)} key; signatures are verified with ECDSA P-256/P-384/P-521, Ed25519 or RSA keys`, {
      hint: 'name the public key cosign signs with',
    })
  }
  return { name, key }
}

/**
 * The digests cosign may have used with this key. P-384 and P-521: older cosign hashed with SHA-256
 * for every ECDSA key, newer cosign (sigstore/sigstore's default algorithm registry) picks SHA-384 and
 * SHA-512 by curve; both are cosign's output, so both verify. `null`: Ed25519 signs the message itself.
 */
function hashesFor(key: KeyObject): readonly (string | null)[] | undefined {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return [null]
    case 'rsa':
      return ['sha256']
    case 'ec':
      switch (key.asymmetricKeyDetails?.namedCurve) {
        case 'prime256v1':
          return ['sha256']
        case 'secp384r1':
          return ['sha384', 'sha256']
        case 'secp521r1':
          return ['sha512', 'sha256']
      }
  }
  return undefined
}

/** Whether `signature` over `data` verifies with `key` as cosign would have signed it. */
export function verifiesWith(key: KeyObject, data: Uint8Array, signature: Uint8Array): boolean {
  return (hashesFor(key) ?? []).some((hash) => {
    try {
      return verify(hash, data, key, signature)
    } catch {
      return false
    }
  })
}

/** The first of `keys` the signature verifies with. */
export function findSigningKey(keys: readonly PolicyKey[], data: Uint8Array, signature: Uint8Array): PolicyKey | undefined {
  return keys.find((candidate) => verifiesWith(candidate.key, data, signature))
}

function describeKey(key: KeyObject): string {
  const curve = key.asymmetricKeyDetails?.namedCurve
  return curve === undefined ? (key.asymmetricKeyType ?? 'unknown') : `${key.asymmetricKeyType} ${curve}`
}
