import { realpath } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * Where a path sits relative to the workspace, by text alone (no file system): the part below the
 * workspace, or undefined when `..` or an absolute path leads elsewhere. A pull request controls the
 * files in the workspace, so every path shiptag reads or writes from an input is first placed here.
 */
export function insideWorkspace(workspace: string, path: string): string | undefined {
  const below = relative(resolve(workspace), resolve(workspace, path))
  if (below === '' || below === '..' || below.startsWith(`..${sep}`) || isAbsolute(below)) return undefined
  return below
}

/** True when `real` (a resolved path) is `root` or below it. */
export function isWithin(root: string, real: string): boolean {
  const below = relative(root, real)
  return below === '' || (below !== '..' && !below.startsWith(`..${sep}`) && !isAbsolute(below))
}

/**
 * The workspace with its own symbolic links resolved: the runner's workspace may itself sit behind a
 * link (`/tmp` on macOS), which is the workflow's choice, not a pull request's.
 */
export async function workspaceRoot(workspace: string): Promise<string> {
  return realpath(resolve(workspace))
}
