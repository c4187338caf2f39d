import type { Repository } from './types.js'

/**
 * Whether `path` is `prefix` or lies below it, comparing whole `/`-separated components: `acme/app`
 * is under `acme`, `acme-evil/app` is not, although the string starts with `acme`. Works on
 * repository paths and on full names (`ghcr.io/acme/app` under `ghcr.io/acme`); pass normalised
 * values (`repositoryName`), since `ubuntu` and `docker.io/library/ubuntu` differ as text. A prefix
 * with an empty component (``, `acme/`, `a//b`) matches nothing, so a malformed rule never widens.
 */
export function isSameOrUnder(path: string, prefix: string): boolean {
  const wanted = prefix.split('/')
  if (wanted.includes('')) return false
  const actual = path.split('/')
  return wanted.length <= actual.length && wanted.every((component, index) => component === actual[index])
}

/**
 * Whether two references name the same repository. Registry host names compare without regard to
 * case (RFC 4343); paths are lowercase by the grammar and compare exactly.
 */
export function isSameRepository(a: Repository, b: Repository): boolean {
  return repositoryKey(a) === repositoryKey(b)
}

/** Whether two repositories live on the same registry: host names compare without regard to case (RFC 4343). */
export function isSameRegistry(a: Pick<Repository, 'registry'>, b: Pick<Repository, 'registry'>): boolean {
  return a.registry.toLowerCase() === b.registry.toLowerCase()
}

/**
 * The text two spellings of one repository share, for maps, sets and pattern matching:
 * `GHCR.io/acme/app` and `ghcr.io/acme/app` both give `ghcr.io/acme/app`. Host names ignore case
 * (RFC 3986 section 3.2.2, RFC 4343); paths are lowercase by the grammar. Print with
 * `repositoryName`, which keeps the host as written.
 */
export function repositoryKey(repository: Repository): string {
  return `${repository.registry.toLowerCase()}/${repository.repository}`
}
