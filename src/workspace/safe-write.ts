import { lstat, mkdir, realpath } from 'node:fs/promises'
import { basename, dirname, join, sep } from 'node:path'
import { InputError } from '../errors.js'
import { insideWorkspace, workspaceRoot } from './paths.js'
import { replaceFile } from './replace-file.js'

/** What a write names: the input it came from (`sarif`), for the error a user sees. */
export interface WriteTarget {
  readonly input: string
  readonly path: string
}

/**
 * Writes a file the workflow named (`sarif`) inside the workspace without ever following a link a
 * pull request committed (issue 12: "a SARIF path that a pull request committed as a symlink is
 * written through, outside the workspace"). The path must stay inside the workspace; no directory on
 * the way and not the file itself may be a symbolic link; the bytes are then put in place by
 * `replaceFile` (a new file renamed over the target), so a link that appears at the target in
 * between is replaced, not written through. Missing directories are created.
 * Returns the absolute path written.
 */
export async function writeWorkspaceFile(workspace: string, target: WriteTarget, content: string | Uint8Array): Promise<string> {
  try {
    return await writeInside(workspace, target, content)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new InputError({ input: target.input }, `cannot write "${target.path}": ${code}`, {
      hint: 'check that the directory exists in the workspace and the step may write there',
      cause: error,
    })
  }
}

async function writeInside(workspace: string, target: WriteTarget, content: string | Uint8Array): Promise<string> {
  const below = insideWorkspace(workspace, target.path)
  if (below === undefined) {
    throw new InputError({ input: target.input }, `"${target.path}" is outside the workspace ${workspace}; shiptag writes only inside it`, {
      hint: `give a path relative to the workspace, e.g. ${basename(target.path) || 'shiptag.sarif'}`,
    })
  }
  const root = await workspaceRoot(workspace)
  const parts = below.split(sep)
  let dir = root
  for (const [i, part] of parts.slice(0, -1).entries()) {
    dir = join(dir, part)
    await ensureDirectory(dir, parts.slice(0, i + 1).join('/'), target)
  }
  const final = join(dir, parts.at(-1)!)
  const existing = await lstatOrUndefined(final)
  if (existing?.isSymbolicLink()) throw refused(target, below.split(sep).join('/'), 'is a symbolic link')
  if (existing !== undefined && !existing.isFile()) throw refused(target, below.split(sep).join('/'), 'exists and is not a regular file')

  // A directory swapped for a link after the walk above would move the file elsewhere: check again.
  await replaceFile(dir, parts.at(-1)!, content, async () => {
    if ((await realpath(dir)) !== dir) throw refused(target, dirname(below).split(sep).join('/'), 'changed into a symbolic link while shiptag was writing')
  })
  return final
}

async function ensureDirectory(dir: string, shown: string, target: WriteTarget): Promise<void> {
  const stats = await lstatOrUndefined(dir)
  if (stats === undefined) {
    await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
    return ensureDirectory(dir, shown, target)
  }
  if (stats.isSymbolicLink()) throw refused(target, shown, 'is a symbolic link')
  if (!stats.isDirectory()) throw refused(target, shown, 'is not a directory')
}

function refused(target: WriteTarget, shown: string, what: string): InputError {
  return new InputError(
    { input: target.input },
    `cannot write "${target.path}": ${shown} ${what}, and shiptag does not write through links or over other files (a pull request could point one outside the workspace)`,
    {
      hint: `remove ${shown} from the repository, or choose another path for ${target.input}`,
    },
  )
}

async function lstatOrUndefined(path: string) {
  try {
    return await lstat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
