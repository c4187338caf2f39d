/**
 * Signing keys of every type a policy may name (ECDSA P-256/P-384, Ed25519, RSA-2048), made with
 * node:crypto, and the way cosign signs with each: ECDSA and RSA PKCS#1 v1.5 over a SHA-256 digest,
 * P-384 over SHA-384 (newer cosign picks the hash by curve), Ed25519 over the message itself.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'

export type KeyType = 'ecdsa-p256' | 'ecdsa-p384' | 'ed25519' | 'rsa-2048'

export const KEY_TYPES: readonly KeyType[] = ['ecdsa-p256', 'ecdsa-p384', 'ed25519', 'rsa-2048']

export interface SigningKey {
  readonly type: KeyType
  readonly privateKey: KeyObject
  readonly publicKey: KeyObject
  /** SPKI PEM, as `cosign generate-key-pair` writes cosign.pub. */
  readonly publicKeyPem: string
  /** Signs `data` as cosign does with this key type; `hash` overrides the digest (e.g. `sha256` for an older cosign's P-384). */
  sign(data: Uint8Array, hash?: 'sha256' | 'sha384'): Buffer
}

export function generateSigningKey(type: KeyType): SigningKey {
  const pair =
    type === 'ed25519'
      ? generateKeyPairSync('ed25519')
      : type === 'rsa-2048'
        ? generateKeyPairSync('rsa', { modulusLength: 2048 })
        : generateKeyPairSync('ec', { namedCurve: type === 'ecdsa-p256' ? 'prime256v1' : 'secp384r1' })
  const defaultHash = type === 'ed25519' ? null : type === 'ecdsa-p384' ? 'sha384' : 'sha256'
  return {
    type,
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (data, hash) => sign(type === 'ed25519' ? null : (hash ?? defaultHash), data, pair.privateKey),
  }
}
