/**
 * Splits a Dockerfile into instructions the way BuildKit's parser does (Dockerfile reference,
 * "Format", "Parser directives", "Here-Documents"), keeping for every character of an instruction
 * the line and column it came from, so a reference continued with `\` is still located exactly.
 */

export interface Position {
  readonly line: number
  readonly column: number
}

/** A whitespace-separated word of an instruction, with the source position of each character. */
export interface Word {
  readonly text: string
  readonly positions: readonly Position[]
}

export interface Instruction {
  /** Upper-cased: instructions are case-insensitive. */
  readonly keyword: string
  readonly words: readonly Word[]
  readonly line: number
}

export interface DockerfileLines {
  readonly instructions: readonly Instruction[]
  /** `\` unless a `# escape=` directive says `` ` `` (Windows images use it so `\` stays a path separator). */
  readonly escape: string
}

/**
 * Parser directives must come first; the first line that is not one ends them. The value is trimmed
 * in code: a lazy `(.*?)\s*$` backtracks quadratically on a long line of blanks.
 */
const DIRECTIVE = /^#\s*(syntax|escape|check)\s*=([\s\S]*)$/i

function readEscape(lines: readonly string[]): { escape: string; firstLine: number } {
  let escape = '\\'
  let index = 0
  for (; index < lines.length; index++) {
    const match = DIRECTIVE.exec(lines[index]!)
    if (!match) break
    const value = match[2]!.trim()
    if (match[1]!.toLowerCase() === 'escape' && (value === '`' || value === '\\')) escape = value
  }
  return { escape, firstLine: index }
}

/** Splits on unquoted blanks; quotes stay in the word (only ARG values are unquoted, by the caller). */
function splitWords(text: string, positions: readonly Position[]): Word[] {
  const words: Word[] = []
  let start = -1
  let quote: string | undefined
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i]
    const blank = ch === undefined || ((ch === ' ' || ch === '\t') && quote === undefined)
    if (!blank && start === -1) start = i
    if (ch === '"' || ch === "'") quote = quote === undefined ? ch : quote === ch ? undefined : quote
    if (blank && start !== -1) {
      words.push({ text: text.slice(start, i), positions: positions.slice(start, i) })
      start = -1
    }
  }
  return words
}

/** `<<EOF`, `<<-EOF`, `<<"EOF"`: each opens a here-document whose lines are not instructions. */
function heredocTerminators(keyword: string, text: string): Array<{ word: string; stripTabs: boolean }> {
  if (!['RUN', 'COPY', 'ADD'].includes(keyword)) return []
  return [...text.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)].map((m) => ({ word: m[3]!, stripTabs: m[1] === '-' }))
}

export function readDockerfile(source: string): DockerfileLines {
  // A byte order mark is not part of the first instruction (BuildKit strips it too).
  const lines = source
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
  const { escape, firstLine } = readEscape(lines)
  const continuation = new RegExp(`${escape === '\\' ? '\\\\' : '`'}[ \\t]*$`)
  const instructions: Instruction[] = []
  let index = firstLine
  while (index < lines.length) {
    const first = lines[index]!
    if (first.trim() === '' || first.trimStart().startsWith('#')) {
      index++
      continue
    }
    const startLine = index + 1
    let text = ''
    const positions: Position[] = []
    // Comment and blank lines inside a continued instruction are dropped, as BuildKit does.
    for (let open = true; open && index < lines.length; index++) {
      const line = lines[index]!
      if (index + 1 !== startLine && (line.trim() === '' || line.trimStart().startsWith('#'))) continue
      const cut = continuation.exec(line)
      const body = cut ? line.slice(0, cut.index) : line
      for (let column = 0; column < body.length; column++) positions.push({ line: index + 1, column: column + 1 })
      text += body
      open = cut !== null
    }
    const words = splitWords(text, positions)
    const keyword = words[0]?.text.toUpperCase() ?? ''
    instructions.push({ keyword, words: words.slice(1), line: startLine })
    for (const { word, stripTabs } of heredocTerminators(keyword, text)) {
      while (index < lines.length && (stripTabs ? lines[index]!.replace(/^\t+/, '') : lines[index]) !== word) index++
      index++
    }
  }
  return { instructions, escape }
}

/** Where `word.text.slice(from, to)` sits; a slice continued on later lines ends at its first line's end. */
export function spanOf(word: Word, from = 0, to = word.text.length): { line: number; column: number; endColumn: number } {
  const first = word.positions[from]!
  let endColumn = first.column
  for (let i = from; i < to && word.positions[i]!.line === first.line; i++) endColumn = word.positions[i]!.column + 1
  return { line: first.line, column: first.column, endColumn }
}
