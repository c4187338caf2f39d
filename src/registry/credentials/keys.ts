/**
 * The key a registry's credentials are stored under in a Docker config (docker/cli
 * `getAuthConfigKey`): Docker Hub under its legacy index URL, every other registry under host[:port].
 */
export const DOCKER_HUB_KEY = 'https://index.docker.io/v1/'
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io'])

export function configKeyFor(registry: string): string {
  return DOCKER_HUB_HOSTS.has(registry) ? DOCKER_HUB_KEY : registry
}

/**
 * The host[:port] a stored key names: legacy keys such as `https://host/v1/` or `http://host` match
 * by host, as docker/cli's file store does on a miss (`ConvertToHostname`).
 */
export function hostOfKey(key: string): string {
  const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0]!
  return DOCKER_HUB_HOSTS.has(host) ? 'docker.io' : host
}

export function sameRegistry(key: string, registry: string): boolean {
  return hostOfKey(key) === (DOCKER_HUB_HOSTS.has(registry) ? 'docker.io' : registry)
}
