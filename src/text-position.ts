/** A 1-based line and column, as messages and annotations name a place in a file. */
export interface TextPosition {
  readonly line: number
  readonly column: number
}

/**
 * Where `offset` (a UTF-16 index into `text`) sits, in lines and columns counted from 1. Positions
 * are all an error about a secret-bearing file may give (issue 12), so the readers that cannot quote
 * their input (Docker config JSON, YAML past a budget) share this one count.
 */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1
  let lineStart = 0
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
    line++
    lineStart = newline + 1
  }
  return { line, column: offset - lineStart + 1 }
}
