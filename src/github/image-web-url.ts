/**
 * A web page of an image, for a deployment status's environment_url: GitHub shows it as the link of
 * the deployment. GitHub takes an http(s) URL there, so a registry with no page we know gives none
 * (the reference is then in the description). Known pages:
 * - ghcr.io, on github.com: the package page of the promoting repository,
 *   `https://github.com/<owner>/<repo>/pkgs/container/<package>`, when the package's owner is the
 *   repository's (packages a workflow publishes are linked to its repository,
 *   https://docs.github.com/en/packages/learn-github-packages/connecting-a-repository-to-a-package);
 * - Docker Hub: `https://hub.docker.com/r/<namespace>/<name>` (`/_/<name>` for official images);
 * - quay.io: `https://quay.io/repository/<namespace>/<name>`.
 * Pure: the server URL and repository come from the caller.
 */

export interface ImageOnRegistry {
  /** `ghcr.io`, `docker.io`, `registry.acme.example:5000`. */
  readonly registry: string
  /** `acme/app`. */
  readonly repository: string
}

export interface WebUrlContext {
  /** `GITHUB_SERVER_URL`. */
  readonly serverUrl: string | undefined
  /** `GITHUB_REPOSITORY`. */
  readonly githubRepository: string | undefined
}

export function imageWebUrl(image: ImageOnRegistry, context: WebUrlContext): string | undefined {
  const registry = image.registry.toLowerCase()
  const segments = image.repository.split('/')
  if (registry === 'ghcr.io') {
    const server = (context.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
    const [owner, ...rest] = segments
    const [repoOwner, repoName] = (context.githubRepository ?? '').split('/')
    if (server !== 'https://github.com' || owner === undefined || rest.length === 0 || repoName === undefined) return undefined
    if (owner.toLowerCase() !== (repoOwner ?? '').toLowerCase()) return undefined
    return `${server}/${repoOwner}/${repoName}/pkgs/container/${encodeURIComponent(rest.join('/'))}`
  }
  if (registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io') {
    if (segments.length === 2 && segments[0] === 'library') return `https://hub.docker.com/_/${segments[1]}`
    return segments.length === 2 ? `https://hub.docker.com/r/${segments.join('/')}` : undefined
  }
  if (registry === 'quay.io') return segments.length === 2 ? `https://quay.io/repository/${segments.join('/')}` : undefined
  return undefined
}
