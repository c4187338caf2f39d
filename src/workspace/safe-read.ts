import { realpath, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { InputError } from '../errors.js'
import { insideWorkspace, isWithin, workspaceRoot } from './paths.js'
import { readTextWithin } from './read-within.js'

/** Where a workspace path really leads, once its links are resolved. */
export type Resolved =
  | { readonly kind: 'file'; readonly real: string }
  | { readonly kind: 'directory'; readonly real: string }
  | { readonly kind: 'outside'; readonly real: string }
  /** Inside a `.git` folder: git's own files, where `actions/checkout` keeps the job's token. */
  | { readonly kind: 'git'; readonly real: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'other'; readonly detail: string }

/**
 * Resolves `below` (a path under `root`, the real workspace) through every link on the way and says
 * what it leads to. A target outside the workspace is reported as such and never opened: a pull
 * request can commit `deploy -> /etc` or a policy file linked to `/proc/self/environ`.
 */
export async function resolveInWorkspace(root: string, below: string): Promise<Resolved> {
  let real: string
  try {
    real = await realpath(join(root, below))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { kind: 'missing' }
    return { kind: 'other', detail: code === 'ELOOP' ? 'a loop of symbolic links' : (code ?? String(error)) }
  }
  if (!isWithin(root, real)) return { kind: 'outside', real }
  // `deploy/values.yaml -> ../.git/config` stays inside the workspace but reads the checkout's
  // credentials (http.extraheader), which a parse error would then quote into the findings.
  if (relative(root, real).split(sep).includes('.git')) return { kind: 'git', real }
  const stats = await stat(real).catch((error: NodeJS.ErrnoException) => error.code ?? String(error))
  if (typeof stats === 'string') return { kind: 'other', detail: stats }
  if (stats.isFile()) return { kind: 'file', real }
  if (stats.isDirectory()) return { kind: 'directory', real }
  return { kind: 'other', detail: 'not a regular file' }
}

/**
 * A file of the workspace named by an input (`policy`), as text; undefined when it does not exist.
 * A path outside the workspace is the workflow's own choice and read as given; a path inside that
 * leads out through a link, or to something other than a file, is refused; so is a file of more than
 * `maxBytes`, whose size is looked at before its content.
 */
export async function readWorkspaceText(workspace: string, input: string, path: string, maxBytes: number): Promise<string | undefined> {
  const below = insideWorkspace(workspace, path)
  const readable = below === undefined ? resolve(workspace, path) : await checkedPath(workspace, input, path, below)
  if (readable === undefined) return undefined
  let read
  try {
    read = await readTextWithin(readable, maxBytes)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    throw new InputError({ input }, `cannot read ${path}: ${code ?? String(error)}`, {
      hint: 'check the path (relative to the workspace) and that the step may read it',
    })
  }
  if ('tooLarge' in read) {
    throw new InputError({ input, file: path }, `${path} is ${read.tooLarge} bytes, more than the ${maxBytes} shiptag reads for it`, {
      hint: `check that the ${input} input names the right file`,
    })
  }
  return read.text
}

async function checkedPath(workspace: string, input: string, path: string, below: string): Promise<string | undefined> {
  // A workspace that does not exist holds no file; the command says what it misses next.
  const root = await workspaceRoot(workspace).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw new InputError({ input }, `cannot read ${path}: the workspace ${workspace} cannot be opened (${error.code ?? String(error)})`, {
      hint: 'run in the checkout, or point --cwd at it',
    })
  })
  if (root === undefined) return undefined
  const resolved = await resolveInWorkspace(root, below)
  switch (resolved.kind) {
    case 'file':
      return resolved.real
    case 'missing':
      return undefined
    case 'outside':
      throw new InputError({ input, file: path }, `${path} is a symbolic link that leads outside the workspace, and shiptag does not read it`, {
        hint: `commit the file itself at ${path}, not a link`,
      })
    case 'git':
      throw new InputError(
        { input, file: path },
        `${path} leads into a .git folder, which holds git's configuration and the checkout's credentials, and shiptag does not read it`,
        {
          hint: `commit the file itself at ${path}, not a link`,
        },
      )
    default:
      throw new InputError({ input, file: path }, `${path} is not a regular file (${resolved.kind === 'directory' ? 'a directory' : resolved.detail})`, {
        hint: `commit the file itself at ${path}`,
      })
  }
}
