import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { generateSigningKey, KEY_TYPES } from '../../test/support/sigstore/index.js'
import { InputError } from '../errors.js'
import { parsePublicKey } from './public-keys.js'

const pemOf = (type: 'x25519' | 'ed448' | 'dsa') =>
  (type === 'dsa' ? generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }) : generateKeyPairSync(type as 'x25519')).publicKey
    .export({ type: 'spki', format: 'pem' })
    .toString()

describe('parsePublicKey (a policy key file)', () => {
  it.each(KEY_TYPES)('reads a %s public key', (type) => {
    expect(parsePublicKey(generateSigningKey(type).publicKeyPem, '.github/cosign.pub').name).toBe('.github/cosign.pub')
  })

  it.each([
    ['text that is no PEM', () => 'hello', '.github/cosign.pub: is not a PEM public key'],
    [
      'a private key',
      () => generateSigningKey('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      '.github/cosign.pub: is a private key',
    ],
    [
      'an X25519 key (key agreement, not signing)',
      () => pemOf('x25519'),
      '.github/cosign.pub: is a x25519 key; signatures are verified with ECDSA P-256/P-384/P-521, Ed25519 or RSA keys',
    ],
    ['a DSA key', () => pemOf('dsa'), '.github/cosign.pub: is a dsa key; signatures are verified with ECDSA P-256/P-384/P-521, Ed25519 or RSA keys'],
  ])('refuses %s, naming the file', (_name, pem, message) => {
    let error: unknown
    try {
      parsePublicKey(pem(), '.github/cosign.pub')
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toBe(message)
    expect((error as InputError).hint).toMatch(/public key/)
  })
})
