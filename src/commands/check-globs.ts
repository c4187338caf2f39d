import { InputError } from '../errors.js'
import type { Pattern } from '../policy/index.js'
import { closestName } from '../suggest.js'
import type { WorkspaceListing } from '../workspace/index.js'
import type { InputLine } from '../input-lines.js'

/**
 * Every glob of the `files` input must match a file: one that matches nothing checks nothing, and
 * the check passed green with 0 files when the glob had a typo (issue 13: `check --files
 * 'nomatch/**'`). Each glob that matches nothing is named, with its line. The policy's own globs
 * (`scan.include`, an environment's `files`) may match nothing: they are repository-wide defaults
 * (`**\/Dockerfile` in a repository without one) and folders an environment will deploy from, so a
 * glob meant to be optional belongs there, not in `files`. A negation (`!x`) is not glob syntax here
 * (glob.ts refuses it), so it needs no exemption. When the walk stopped at its budget, the files it
 * did not reach are unknown, and nothing is refused.
 */
export function refuseUnmatchedGlobs(lines: readonly InputLine[], patterns: readonly Pattern[], listing: WorkspaceListing, workspace: string): void {
  if (listing.skipped.some((skipped) => skipped.reason === 'budget')) return
  const paths = [...listing.files.map((file) => file.path), ...listing.skipped.map((skipped) => skipped.path)]
  const unmatched = lines.filter((_line, i) => !paths.some((path) => patterns[i]!.matches(path)))
  if (unmatched.length === 0) return
  const named = unmatched.map(({ text, line }) => `line ${line} "${text}"`).join(', ')
  const message =
    unmatched.length === 1
      ? `"${unmatched[0]!.text}" matched no file under ${workspace}`
      : `${unmatched.length} globs matched no file under ${workspace}: ${named}`
  const suggestions = unmatched.flatMap(({ text }) => suggestion(text, paths))
  const links = listing.skipped.map((skipped) => skipped.path)
  const unread = links.length === 0 ? '' : ` (links not followed: ${links.slice(0, 5).join(', ')}${links.length > 5 ? ', …' : ''})`
  throw new InputError({ input: 'files', line: unmatched[0]!.line }, `${message}${unread}`, {
    hint: `${suggestions.map((glob) => `did you mean "${glob}"? `).join('')}check the spelling: globs are relative to the workspace, * stays within one folder and ** crosses folders (.git, node_modules and links out of the workspace are not scanned); a glob that may match nothing belongs in the policy's scan.include`,
  })
}

/** The glob with its first folder respelt as the closest one the workspace has, when that is a likely typo. */
function suggestion(glob: string, paths: readonly string[]): string[] {
  const [first, ...rest] = glob.split('/')
  if (first === undefined || rest.length === 0 || /[*?[{\\]/.test(first) || glob.startsWith('re:')) return []
  const folders = new Set(paths.flatMap((path) => (path.includes('/') ? [path.slice(0, path.indexOf('/'))] : [])))
  if (folders.has(first)) return []
  const meant = closestName(first, folders)
  return meant === undefined ? [] : [[meant, ...rest].join('/')]
}
