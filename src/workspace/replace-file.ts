import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Puts `content` at `dir/name` without opening whatever is there: the bytes go to a new file created
 * with `O_CREAT | O_EXCL | O_NOFOLLOW` (it cannot be a link, and cannot exist already), which is
 * then renamed over the name. rename(2) replaces a directory entry, so a symbolic link that appeared
 * at the name is replaced, never followed; `beforeRename` lets the caller check the directory again.
 * The temporary file is removed on every failure.
 */
export async function replaceFile(
  dir: string,
  name: string,
  content: string | Uint8Array,
  beforeRename: () => Promise<void> = async () => undefined,
): Promise<void> {
  const temporary = join(dir, `.${name}.${randomBytes(6).toString('hex')}.shiptag-tmp`)
  const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644)
  let closed = false
  try {
    await handle.writeFile(content)
    closed = true
    await handle.close()
    await beforeRename()
    await rename(temporary, join(dir, name))
  } catch (error) {
    if (!closed) await handle.close().catch(() => undefined)
    await rm(temporary, { force: true })
    throw error
  }
}
