import { DEFAULT_REGISTRY, OFFICIAL_PREFIX, isRegistryComponent } from './registry.js'
import type { ImageReference, Repository } from './types.js'

/**
 * `registry/repository`, e.g. `docker.io/library/ubuntu`: the name with nothing implied, the host
 * as written. The one place a repository is printed; compare with `isSameRepository`.
 */
export function repositoryName(ref: Repository): string {
  return `${ref.registry}/${ref.repository}`
}

/**
 * The canonical text `registry/repository[:tag][@digest]`. Only written parts appear: no `latest`
 * is added, so formatting a parsed reference never changes what it asks for.
 */
export function formatReference(ref: Pick<ImageReference, 'registry' | 'repository' | 'tag' | 'digest'>): string {
  const tag = ref.tag === undefined ? '' : `:${ref.tag}`
  const digest = ref.digest === undefined ? '' : `@${ref.digest}`
  return `${repositoryName(ref)}${tag}${digest}`
}

/**
 * The short name Docker shows (normalize.go `familiarizeName`): `docker.io/library/x` → `x`,
 * `docker.io/a/b` → `a/b`, other registries unchanged. Unlike Docker, a Docker Hub path whose first
 * component would read as a registry (`docker.io/foo.com/app`) keeps `docker.io/`, so the familiar
 * name always parses back to the same repository.
 */
export function familiarName(ref: Repository): string {
  if (ref.registry !== DEFAULT_REGISTRY) return repositoryName(ref)
  if (ref.repository.startsWith(OFFICIAL_PREFIX)) {
    // Only a single component is an official image; `library/a/b` stays as it is.
    const official = ref.repository.slice(OFFICIAL_PREFIX.length)
    if (!official.includes('/')) return official
  }
  const first = ref.repository.split('/', 1)[0] ?? ''
  return isRegistryComponent(first) ? repositoryName(ref) : ref.repository
}
