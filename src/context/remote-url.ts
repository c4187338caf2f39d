import type { RepositoryInfo } from './types.js'

/**
 * Repository facts from a hosted remote URL, in the forms `git remote get-url` prints:
 * `https://github.com/owner/name.git`, `git@github.com:owner/name.git` (scp-like),
 * `ssh://git@github.com/owner/name.git`. The html URL is always `https://host/path`, built from
 * the host and path alone, so credentials embedded in the remote (`https://x-access-token:…@`)
 * never reach a label. A local path or `file://` remote has no web page: undefined.
 */
export function repositoryFromRemoteUrl(remoteUrl: string): RepositoryInfo | undefined {
  const location = hostAndPath(remoteUrl.trim())
  if (location === undefined) return undefined
  const segments = location.path
    .replace(/\.git\/?$/, '')
    .split('/')
    .filter((segment) => segment !== '')
  const name = segments.at(-1)
  if (segments.length < 2 || name === undefined) return undefined
  const fullName = segments.join('/')
  return { fullName, name, htmlUrl: `https://${location.host}/${fullName}` }
}

function hostAndPath(remoteUrl: string): { host: string; path: string } | undefined {
  if (!remoteUrl.includes('://')) {
    // scp-like syntax: git treats `[user@]host:path` so only when no slash precedes the colon.
    const scp = /^(?:[^@/]+@)?([^/:]+):(.+)$/.exec(remoteUrl)
    return scp ? { host: scp[1]!, path: scp[2]! } : undefined
  }
  if (!URL.canParse(remoteUrl)) return undefined
  const url = new URL(remoteUrl)
  switch (url.protocol) {
    case 'https:':
    case 'http:':
      // A web port (GHES on :8443) is part of the web address.
      return { host: url.host, path: url.pathname }
    case 'ssh:':
    case 'git:':
    case 'git+ssh:':
      // An ssh port is not the web server's.
      return { host: url.hostname, path: url.pathname }
    default:
      return undefined
  }
}
