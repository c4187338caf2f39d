/**
 * The key a registry's credentials are stored under in a Docker config (docker/cli
 * `getAuthConfigKey`): Docker Hub under its legacy index URL, every other registry under host[:port].
 * Which names are one registry, and each one's key, is the host profile's (ref/host-profile.ts).
 */
import { hostProfile, sameRegistryHost } from '../../ref/index.js'

export const DOCKER_HUB_KEY = hostProfile('docker.io').credentialKey

export function configKeyFor(registry: string): string {
  return hostProfile(registry).credentialKey
}

/**
 * The host[:port] a stored key names: legacy keys such as `https://host/v1/` or `http://host` match
 * by host, as docker/cli's file store does on a miss (`ConvertToHostname`); Docker Hub's names are
 * its canonical one.
 */
export function hostOfKey(key: string): string {
  return hostProfile(key.replace(/^[a-z]+:\/\//i, '').split('/')[0]!).name
}

export function sameRegistry(key: string, registry: string): boolean {
  return sameRegistryHost(hostOfKey(key), registry)
}
