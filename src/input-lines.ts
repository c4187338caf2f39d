/**
 * The one reading of a multi-line list input (`tags`, `images`, `source`, `mount-from`, `files`, ...):
 * one entry a line, each trimmed, blank lines and `#` comment lines dropped, every entry keeping its
 * input name and 1-based line for error locations. This is how metadata-action reads its list inputs
 * (https://github.com/docker/metadata-action/blob/master/src/context.ts, `getInputs`), and every
 * list input of shiptag reads the same way, in the action and the CLI: a reader of its own once
 * forgot the `#` comments (issue 14: `files: "# deployment files\ndeploy/**"` failed on the comment).
 */

/** One meaningful line of a list input. */
export interface InputLine<Name extends string = string> {
  readonly input: Name
  /** 1-based line within the input; 0 for built-in defaults, which have no line. */
  readonly line: number
  /** The trimmed line. */
  readonly text: string
}

/** The meaningful lines of a multi-line input, each with its line number. */
export function inputLines<Name extends string>(input: Name, text: string | undefined): InputLine<Name>[] {
  if (text === undefined) return []
  const lines: InputLine<Name>[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim()
    if (trimmed === '' || trimmed.startsWith('#')) return
    lines.push({ input, line: index + 1, text: trimmed })
  })
  return lines
}

/**
 * A repeated CLI flag as the lines of the action input of the same name: each flag is a line (one
 * holding newlines is several), numbered as the action numbers its input's lines, so an error names
 * the same line in both shells.
 */
export function flagLines<Name extends string>(input: Name, values: readonly string[] | undefined): InputLine<Name>[] {
  const lines: InputLine<Name>[] = []
  let before = 0
  for (const value of values ?? []) {
    for (const entry of inputLines(input, value)) lines.push({ ...entry, line: entry.line + before })
    before += value.split(/\r?\n/).length
  }
  return lines
}

/**
 * A list input as a command receives it: the text as written (the action's input, a test's
 * literal), or the lines the CLI built from its repeated flags. Either is read into lines once.
 */
export type ListInput = string | readonly InputLine[]

/** The lines of a list input, under its name. */
export function listLines<Name extends string>(input: Name, value: ListInput | undefined): InputLine<Name>[] {
  if (value === undefined || typeof value === 'string') return inputLines(input, value)
  return value.map((entry) => ({ ...entry, input }))
}
