/**
 * A key-signed signature against the policy's keys: which one signed, or a refusal that says none
 * did. A key that cannot be read is named, not skipped: a typo in the policy must not look like a
 * stranger's signature.
 */
import { InputError } from '../errors.js'
import { findSigningKey, parsePublicKey, type PolicyKey } from './public-keys.js'
import { refuse } from './refusal.js'
import type { SignerRules } from './types.js'

export const UNKNOWN_KEY = 'an unknown key'

/** Returns how messages name the signer (`key .github/cosign.pub`), or throws a Refusal. */
export function verifyWithPolicyKeys(signers: SignerRules, signed: Uint8Array, signature: Uint8Array): string {
  if (signers.keys.length === 0) refuse('signed with a key, and the policy names no keys, only identities', UNKNOWN_KEY)
  const keys: PolicyKey[] = []
  for (const key of signers.keys) {
    try {
      keys.push(parsePublicKey(key.pem, key.name))
    } catch (error) {
      refuse(`the policy's key ${key.name} cannot be used: it ${error instanceof InputError ? error.detail : (error as Error).message}`, UNKNOWN_KEY)
    }
  }
  const found = findSigningKey(keys, signed, signature)
  if (found === undefined) {
    const names = keys.length === 1 ? `${keys[0]!.name} does not` : `none of ${keys.map((k) => k.name).join(', ')}`
    refuse(`signed by another key: ${names} verify the signature (or the payload was changed after signing)`, UNKNOWN_KEY)
  }
  return `key ${found.name}`
}
