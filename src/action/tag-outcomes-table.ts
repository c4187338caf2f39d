import { movedFrom, TAG_ACTION_WORDS, type TagOutcome } from '../commands/tag-lines.js'
import { escapeHtml } from './html.js'

const code = (text: string) => `<code>${escapeHtml(text)}</code>`

/** The job summary's table of what became of each tag (push and promote); '' when there is no tag. */
export function tagOutcomesTable(tags: readonly TagOutcome[], digest: string): string {
  if (tags.length === 0) return ''
  const rows = tags.map((tag) => {
    const previous = movedFrom(tag, digest)
    const moved = previous !== undefined ? ` (was ${code(`${previous.slice(0, 19)}…`)})` : ''
    return `<tr><td>${code(tag.tag)}</td><td>${TAG_ACTION_WORDS[tag.action]}${moved}</td></tr>`
  })
  return `<table><thead><tr><th>Tag</th><th>What happened</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}
