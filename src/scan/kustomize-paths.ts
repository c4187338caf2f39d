import { redactUserInfo } from '../ref/index.js'
import { posix } from 'node:path'

/** The names kustomize looks for in a directory, in its order (api/konfig/general.go, RecognizedKustomizationFileNames). */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const

export function isKustomizationFile(path: string): boolean {
  return (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(posix.basename(path))
}

/**
 * A remote resource: a URL, or the `github.com/org/repo//path?ref=v1` form kustomize also fetches
 * (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/resource/). shiptag fetches nothing.
 */
export function isRemote(entry: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || entry.startsWith('git@') || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(entry) || entry.includes('?ref=')
  )
}

/** What a `resources`/`components`/patch path names, from the workspace's list of files. */
export type Target =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'kustomization'; readonly path: string }
  | { readonly kind: 'remote' }
  | { readonly kind: 'outside' }
  | { readonly kind: 'git' }
  | { readonly kind: 'directory-without-kustomization'; readonly path: string }
  | { readonly kind: 'missing'; readonly path: string }

/**
 * Resolves `entry`, written in the kustomization at `from`, against the workspace's files (`/`
 * separated, relative to it). A path that climbs out of the workspace or is absolute is never
 * followed: the files a pull request can point at stay inside its checkout.
 */
export function resolveEntry(from: string, entry: string, paths: ReadonlySet<string>, directories: ReadonlySet<string>): Target {
  if (isRemote(entry)) return { kind: 'remote' }
  if (entry.startsWith('/') || /^[a-z]:[\\/]/i.test(entry)) return { kind: 'outside' }
  const path = posix.normalize(posix.join(posix.dirname(from), entry.replace(/\\/g, '/'))).replace(/\/$/, '')
  if (path === '..' || path.startsWith('../')) return { kind: 'outside' }
  // git's own files hold the checkout's credentials (http.extraheader): never a resource.
  if (path.split('/').includes('.git')) return { kind: 'git' }
  if (paths.has(path)) return { kind: 'file', path }
  const inside = path === '.' ? '' : `${path}/`
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    if (paths.has(`${inside}${name}`)) return { kind: 'kustomization', path: `${inside}${name}` }
  }
  return directories.has(path) ? { kind: 'directory-without-kustomization', path } : { kind: 'missing', path }
}

/** An entry shiptag reads: a file of manifests, or a directory's kustomization. */
export type Followed = Extract<Target, { kind: 'file' | 'kustomization' }>

/** Why an entry is not followed, and what to do: said at the entry's line (`scan.skipped`). */
export function whyNotFollowed(target: Exclude<Target, Followed>): { message: string; hint: string } {
  switch (target.kind) {
    case 'remote':
      return {
        message: 'is a remote resource: shiptag fetches nothing, so the images it brings are not checked',
        hint: 'check the remote base where it is maintained, or vendor it into the repository',
      }
    case 'outside':
      return { message: 'points outside the workspace, and shiptag reads only files inside it', hint: 'keep the bases of a kustomization in the repository' }
    case 'git':
      return {
        message: "leads into a .git folder, which holds git's configuration and the checkout's credentials, and shiptag never reads it",
        hint: 'list manifests of the repository, not files of .git',
      }
    case 'missing':
      return {
        message: `names ${redactUserInfo(target.path)}, which is not in the workspace: kustomize build fails on it unless a step before it writes the file`,
        hint: 'fix the path, or commit the file it names; a file written at deploy time (a rendered chart) is not checked',
      }
    case 'directory-without-kustomization':
      return {
        message: `names the directory ${redactUserInfo(target.path)}, which holds no kustomization.yaml: kustomize build fails on it`,
        hint: 'add a kustomization.yaml there, or list its files',
      }
  }
}

/** Every directory that holds a listed file, for telling a directory without a kustomization from a missing path. */
export function directoriesOf(paths: Iterable<string>): Set<string> {
  const out = new Set<string>()
  for (const path of paths) {
    for (let dir = posix.dirname(path); dir !== '.' && !out.has(dir); dir = posix.dirname(dir)) out.add(dir)
  }
  return out
}
