import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { resolveInWorkspace, type Resolved } from './safe-read.js'
import { workspaceRoot } from './paths.js'

/** A file found by the walk: its path as the repository shows it (`/`), and where to read it. */
export interface WorkspaceFile {
  readonly path: string
  readonly real: string
}

/** A symbolic link the walk did not follow, or a folder it could not list, and why. */
export interface SkippedLink {
  readonly path: string
  readonly reason: 'outside' | 'unreadable' | 'budget'
  readonly detail: string
}

export interface WorkspaceListing {
  readonly files: readonly WorkspaceFile[]
  readonly skipped: readonly SkippedLink[]
}

export interface WalkOptions {
  /** Folder names never entered (`.git`, `node_modules`). */
  readonly skipFolders: ReadonlySet<string>
  /** Linked directories followed at most; each one can repeat a whole tree, so they are counted. */
  readonly maxLinkedDirectories?: number
}

/** Enough for a monorepo that links shared manifests into each environment's folder. */
const MAX_LINKED_DIRECTORIES = 256

/**
 * Every regular file under the workspace, sorted by path. A symbolic link is followed only when it
 * leads to a file or directory inside the workspace: the deployment tool reads `deploy/prod` through
 * its link too, so the files are checked under the link's path, with that path's environment. A
 * link that leads outside (a pull request's `deploy -> /etc`), dangles or loops is never opened and
 * is returned as skipped for the caller to report. A directory already on the way down is not
 * entered again (a link to a parent), and linked directories are counted against a budget.
 */
export async function listWorkspaceFiles(workspace: string, options: WalkOptions): Promise<WorkspaceListing> {
  const root = await workspaceRoot(workspace)
  const files: WorkspaceFile[] = []
  const skipped: SkippedLink[] = []
  let linkedBudget = options.maxLinkedDirectories ?? MAX_LINKED_DIRECTORIES
  // The real directories on the way down from the root: one set, added to and taken from as the walk goes.
  const ancestors = new Set<string>()
  const enter = async (dir: string, prefix: string): Promise<void> => {
    ancestors.add(dir)
    await walk(dir, prefix)
    ancestors.delete(dir)
  }
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      // The root's own failure is the caller's to report; a folder below it that cannot be listed
      // (EACCES, a folder swapped for a file meanwhile) is skipped and named, never an unexpected error.
      if (prefix === '') throw error
      skipped.push({ path: prefix.slice(0, -1), reason: 'unreadable', detail: `it cannot be listed (${(error as NodeJS.ErrnoException).code ?? 'error'})` })
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const path = `${prefix}${entry.name}`
      if (entry.isDirectory()) {
        if (!options.skipFolders.has(entry.name)) await enter(join(dir, entry.name), `${path}/`)
      } else if (entry.isFile()) {
        files.push({ path, real: join(dir, entry.name) })
      } else if (entry.isSymbolicLink()) {
        const resolved: Resolved = await resolveInWorkspace(root, join(dir, entry.name).slice(root.length + 1))
        if (resolved.kind === 'file') files.push({ path, real: resolved.real })
        else if (resolved.kind === 'outside') skipped.push({ path, reason: 'outside', detail: `it leads to ${resolved.real}, outside the workspace` })
        else if (resolved.kind === 'git')
          skipped.push({ path, reason: 'outside', detail: "it leads into a .git folder, which holds git's configuration and the checkout's credentials" })
        else if (resolved.kind === 'missing') skipped.push({ path, reason: 'unreadable', detail: 'it leads nowhere (a dangling symbolic link)' })
        else if (resolved.kind === 'other') skipped.push({ path, reason: 'unreadable', detail: `it leads to ${resolved.detail}` })
        else if (ancestors.has(resolved.real) || options.skipFolders.has(entry.name))
          continue // a loop back up, or a folder never entered
        else if (linkedBudget-- <= 0)
          skipped.push({
            path,
            reason: 'budget',
            detail: `more than ${options.maxLinkedDirectories ?? MAX_LINKED_DIRECTORIES} linked directories in the workspace`,
          })
        else await enter(resolved.real, `${path}/`)
      }
    }
  }
  await enter(root, '')
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), skipped }
}
