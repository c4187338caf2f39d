import { InputError } from '../errors.js'
import { changeMessage, shown, type Metadata, type ValueChange } from '../tags/index.js'

/**
 * Push and promote write tags and repositories exactly as the user wrote them. The tags engine
 * rewrites an invalid value the way metadata-action does (`1.2.3+build.5` → `1.2.3-build.5`, now a
 * prerelease; `Dev/App` → `dev/app`); for a value the user wrote literally that silently writes
 * something else than was asked for (issue 13), so it is refused here, before the first request.
 * Values that came from git (a branch name with `/`) keep metadata-action's rewriting, with a warning.
 */
export function refuseRewrittenValues(metadata: Metadata, command: 'push' | 'promote'): void {
  const written = metadata.changes.filter((change) => change.explicit)
  const [first, ...rest] = written
  if (first === undefined) return
  // Every refused value on its own line, up to ten; a long input's others are counted.
  const listed = rest.slice(0, 10).map((change) => `\n${changeMessage(change)}`)
  const more = `${listed.join('')}${rest.length > listed.length ? `\nand ${rest.length - listed.length} more value(s) likewise` : ''}`
  throw new InputError(
    locationOf(first),
    `${command} writes ${first.input === 'images' ? 'repositories' : 'tags'} as given, and ${quoteValue(first)} is not valid: ${first.why}${more}`,
    {
      hint: `${first.instead}; nothing was written`,
    },
  )
}

function locationOf(change: ValueChange): { input: string; line?: number } {
  return change.line === undefined ? { input: change.input } : { input: change.input, line: change.line }
}

function quoteValue(change: ValueChange): string {
  return `${change.input === 'images' ? 'image name' : 'tag'} ${shown(change.given)}`
}
