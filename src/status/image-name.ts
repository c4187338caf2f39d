import type { Repository } from '../ref/index.js'

/** A row of the board: the repository's last path segment (`ghcr.io/acme/app` → `app`). */
export function imageName(repository: Repository): string {
  return repository.repository.split('/').at(-1)!
}
