import type { Credential } from '../api.js'

/** `Authorization: Basic base64(user:pass)` (RFC 7617), or undefined without both parts. */
export function basicAuthorization(username: string | undefined, password: string | undefined): string | undefined {
  if (username === undefined || username === '' || password === undefined || password === '') return undefined
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`
}

/** What kind of secret a credential holds, for choosing the token flow and for messages. */
export type CredentialKind = 'none' | 'password' | 'identity-token' | 'registry-token'

export function credentialKind(credential: Credential | undefined): CredentialKind {
  if (credential?.registryToken) return 'registry-token'
  if (credential?.identityToken) return 'identity-token'
  if (credential?.username && credential.password) return 'password'
  return 'none'
}
