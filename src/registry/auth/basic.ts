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

/**
 * Every secret a credential holds, in the forms it travels in: the values themselves and the base64
 * of a Basic header (a registry echoing the header it got must not print the password in base64).
 */
export function credentialSecrets(credential: Credential | undefined): string[] {
  if (credential === undefined) return []
  const { username, password, identityToken, registryToken } = credential
  const basic = [basicAuthorization(username, password), basicAuthorization(username || '<token>', identityToken)]
  return [password, identityToken, registryToken, ...basic.map((header) => header?.slice('Basic '.length))].filter(
    (secret): secret is string => secret !== undefined && secret !== '',
  )
}
