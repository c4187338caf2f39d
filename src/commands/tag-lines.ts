import { movedFrom, type TagAction, type TagOutcome } from '../store/index.js'

/**
 * One tag's fate in the words every report shares: the CLI's and the action's log lines of push and
 * promote, and their job summaries. One place, so the four no longer drift apart.
 */

/** `1.4.2: moved (was sha256:…)`, as the logs print it. */
export function tagLine(tag: TagOutcome, digest: string): string {
  const previous = movedFrom(tag, digest)
  return `${tag.tag}: ${tag.action}${previous !== undefined ? ` (was ${previous})` : ''}`
}

/** What became of a tag, as the job summary says it. */
export const TAG_ACTION_WORDS: Readonly<Record<TagAction, string>> = {
  unchanged: 'already there',
  created: 'created',
  moved: 'moved',
  'would-create': 'would be created',
  'would-move': 'would move',
}

export { movedFrom, type TagOutcome }
