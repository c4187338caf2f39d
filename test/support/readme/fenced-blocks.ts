/**
 * The fenced code blocks of a Markdown document, read by the CommonMark rules
 * (https://spec.commonmark.org/0.31.2/#fenced-code-blocks and #atx-headings), so the README test
 * sees the blocks a reader sees: a fence is three or more backticks or tildes indented at most
 * three spaces; it closes on a fence of the same character at least as long; the info string's
 * first word is the language; an unclosed fence runs to the end of the document.
 *
 * No Markdown parser is among the project's dependencies, and these two constructs are all the
 * README test needs. What this reader does not model (a fence inside a list item or a block
 * quote, an indented code block) is refused rather than skipped, so a new kind of block can never
 * slip past the test unseen.
 */

export interface FencedBlock {
  /** The text of the nearest ATX heading above the block ('' before the first heading). */
  readonly heading: string
  /** 1-based position of the block among the blocks under the same heading. */
  readonly ordinal: number
  /** The info string's first word ('' when there is none). */
  readonly language: string
  readonly info: string
  /** The block's lines, fence indentation removed, each ending in '\n'. */
  readonly content: string
  /** 1-based line of the opening fence. */
  readonly line: number
}

export class UnsupportedMarkdownError extends Error {
  override readonly name = 'UnsupportedMarkdownError'
}

const OPENING_FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
/**
 * A fence marker that is not a top-level fence: behind a list marker or a quote, or indented four
 * spaces or more (a fence in a list item's content). A code block this reader does not model.
 */
const NESTED_FENCE = /^\s*(?:>\s*|[-*+]\s+|\d{1,9}[.)]\s+)*(`{3,}|~{3,})/
/** Four or more spaces after a blank line outside any block: CommonMark's indented code block. */
const INDENTED_CODE = /^(?: {4}|\t)\S/

export function extractFencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split('\n')
  const blocks: FencedBlock[] = []
  const perHeading = new Map<string, number>()
  let heading = ''
  let previousBlank = true
  let inList = false
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!
    const opening = OPENING_FENCE.exec(text)
    if (opening && !(opening[2]!.startsWith('`') && opening[3]!.includes('`'))) {
      const [, indent, fence, rest] = opening
      const closing = new RegExp(`^ {0,3}${fence![0] === '`' ? '`' : '~'}{${fence!.length},}[ \\t]*$`)
      const body: string[] = []
      let j = i + 1
      for (; j < lines.length && !closing.test(lines[j]!); j++) body.push(stripIndent(lines[j]!, indent!.length))
      const info = rest!.trim()
      const ordinal = (perHeading.get(heading) ?? 0) + 1
      perHeading.set(heading, ordinal)
      blocks.push({ heading, ordinal, language: info.split(/\s+/)[0] ?? '', info, content: body.map((line) => `${line}\n`).join(''), line: i + 1 })
      i = j
      previousBlank = false
      continue
    }
    const atx = ATX_HEADING.exec(text)
    if (atx) heading = (atx[1] ?? '').trim()
    if (NESTED_FENCE.test(text))
      throw new UnsupportedMarkdownError(
        `line ${i + 1}: a fence inside a list item or block quote, or indented four spaces; the README test reads top-level fences only`,
      )
    // A list item's continuation lines may be indented four spaces without being code.
    if (/^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(text)) inList = true
    else if (text.trim() !== '' && !/^\s/.test(text)) inList = false
    if (previousBlank && !inList && INDENTED_CODE.test(text))
      throw new UnsupportedMarkdownError(`line ${i + 1}: an indented code block; write it as a fenced block so the README test runs it`)
    previousBlank = text.trim() === ''
  }
  return blocks
}

/** Removes up to `width` leading spaces, as CommonMark does for the lines of an indented fence. */
function stripIndent(line: string, width: number): string {
  let cut = 0
  while (cut < width && line[cut] === ' ') cut++
  return line.slice(cut)
}
