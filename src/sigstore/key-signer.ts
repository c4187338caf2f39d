import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto'
import { rememberSecret } from '../errors.js'
import { SigningKeyError } from './signing-errors.js'

/** The key types a promotion record is signed with, as the verifier names them. */
export type SigningKeyType = 'ECDSA P-256' | 'Ed25519' | 'RSA'

/** A PEM private key ready to sign, with the public half the bundle points at. */
export interface SigningKey {
  /** Where the key came from, for messages: `input "record-key"`. Never the key itself. */
  readonly source: string
  readonly type: SigningKeyType
  /** The public key, SPKI PEM: what a verifier's policy lists (`keys:`). */
  readonly publicKeyPem: string
  /**
   * The bundle's `publicKey.hint`: base64 of the SHA-256 of the DER public key, as cosign writes it
   * for key-signed bundles (https://github.com/sigstore/protobuf-specs, PublicKeyIdentifier.hint).
   */
  readonly hint: string
  sign(data: Uint8Array): Buffer
}

/** A PEM is text; a private key file is a few KiB at most (RSA 8192 is under 7 KiB). */
const MAX_KEY_PEM_BYTES = 64 * 1024
const MIN_RSA_BITS = 2048

/**
 * Parses an unencrypted PEM private key (PKCS 8, or the SEC1 and PKCS 1 forms openssl writes) and checks
 * that it is a type verifiers accept for DSSE signatures: ECDSA P-256 with SHA-256 (DER signature),
 * Ed25519, RSA PKCS 1 v1.5 with SHA-256. Remembered as a secret first, so no message can quote it.
 * Fails with `SigningKeyError` before anything is signed or written.
 */
export function signingKeyFromPem(pem: string, source: string): SigningKey {
  if (Buffer.byteLength(pem, 'utf8') > MAX_KEY_PEM_BYTES)
    throw new SigningKeyError(source, `is larger than ${MAX_KEY_PEM_BYTES} bytes, which no PEM private key is`)
  rememberKey(pem)
  if (!/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(pem)) {
    const what = /-----BEGIN [A-Z0-9 ]*PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(pem)
      ? 'is a public key or certificate, not a private key'
      : 'is not a PEM private key'
    throw new SigningKeyError(source, what)
  }
  if (/-----BEGIN ENCRYPTED (SIGSTORE |COSIGN )?PRIVATE KEY-----/.test(pem)) {
    throw new SigningKeyError(source, 'is encrypted; shiptag signs with an unencrypted key kept in a secret')
  }
  let key: KeyObject
  try {
    key = createPrivateKey({ key: pem, format: 'pem' })
  } catch {
    // node's message may quote the input: say only what failed.
    throw new SigningKeyError(source, 'does not parse as a PEM private key (PKCS 8, SEC1 or PKCS 1)')
  }
  const type = keyTypeOf(key, source)
  const publicKey = createPublicKey(key)
  const der = publicKey.export({ format: 'der', type: 'spki' })
  const algorithm = type === 'Ed25519' ? null : 'sha256'
  return {
    source,
    type,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    hint: createHash('sha256').update(der).digest('base64'),
    sign: (data) => sign(algorithm, data, key),
  }
}

/**
 * The key's base64 body, whole and line by line, is what must never be echoed; the armour lines
 * (`-----BEGIN PRIVATE KEY-----`) are not secret, and remembering them would redact every message
 * that names a PEM type.
 */
function rememberKey(pem: string): void {
  const body = pem.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('-----') && !/^[A-Za-z-]+: /.test(line))
  rememberSecret(body.join(''))
  for (const line of body) rememberSecret(line.trim())
}

function keyTypeOf(key: KeyObject, source: string): SigningKeyType {
  const details = key.asymmetricKeyDetails ?? {}
  switch (key.asymmetricKeyType) {
    case 'ec':
      if (details.namedCurve === 'prime256v1') return 'ECDSA P-256'
      throw new SigningKeyError(
        source,
        `is an ECDSA key on curve ${details.namedCurve ?? 'unknown'}; records are signed with P-256 (what Sigstore verifiers take with SHA-256)`,
      )
    case 'ed25519':
      return 'Ed25519'
    case 'rsa':
      if ((details.modulusLength ?? 0) >= MIN_RSA_BITS) return 'RSA'
      throw new SigningKeyError(source, `is an RSA key of ${details.modulusLength ?? 0} bits, fewer than ${MIN_RSA_BITS}`)
    default:
      throw new SigningKeyError(source, `is a key of type ${key.asymmetricKeyType ?? 'unknown'}, which shiptag does not sign with`)
  }
}
