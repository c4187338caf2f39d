import { InputError } from '../errors.js'
import type { InputLine } from '../input-lines.js'
import { isSameRepository, type Repository } from '../ref/index.js'
import { parseRepositoryInput } from './repositories.js'

/**
 * Repositories `mount-from` may name. Each blob a target lacks is looked for in them with a HEAD,
 * one after another, before the first write (the plan a dry run reports), so the list multiplies
 * the requests of a push: a few (the base image's, last release's) is what it is for.
 */
export const MAX_MOUNT_SOURCES = 16

/**
 * `mount-from`: one repository a line (`#` comments and blank lines skipped), each named once; a
 * line that is not a repository, or more than MAX_MOUNT_SOURCES of them, is refused with its line.
 */
export function parseMountSources(lines: readonly InputLine[]): Repository[] {
  const sources: Repository[] = []
  for (const entry of lines) {
    const source = parseRepositoryInput(entry.text, { input: entry.input, line: entry.line })
    if (sources.some((known) => isSameRepository(known, source))) continue
    if (sources.length === MAX_MOUNT_SOURCES) {
      throw new InputError(
        { input: entry.input, line: entry.line },
        `more than ${MAX_MOUNT_SOURCES} repositories: each blob a target lacks is looked for in every one of them`,
        {
          hint: "list the few repositories most likely to hold the blobs, e.g. the base image's and the last release's",
        },
      )
    }
    sources.push(source)
  }
  return sources
}
