import type { StatusReader } from '../commands/status.js'

/** What the CLI touches outside itself, injected so tests run it in-process with plain buffers. */
export interface CliIo {
  readonly argv: readonly string[]
  readonly env: Record<string, string | undefined>
  readonly cwd: string
  readonly now: Date
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Colours only when stderr is a terminal. */
  readonly color: boolean
  /** Where `status` reads the board from; src/status's reader when absent (commands/status-reader.ts). */
  readonly statusReader?: StatusReader
}

/** Exit codes, documented in the README: 0 ok, 1 refused or failed, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

export function paint(io: CliIo, code: 'red' | 'yellow' | 'bold', text: string): string {
  if (!io.color) return text
  const codes = { red: 31, yellow: 33, bold: 1 } as const
  return `\u001b[${codes[code]}m${text}\u001b[0m`
}

/**
 * The CLI's output as a GitHub runner reads it: a line of stdout or stderr that starts with `::` is a
 * workflow command (`::error::`, `::add-mask::`, `::stop-commands::`; leading whitespace is allowed,
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions). The CLI never
 * means to send one, whatever text it prints (registry answers are flattened where they are read;
 * this holds for every other line): such a line starts with `: :` instead, and the older `##[cmd]`
 * syntax, which the runner reads anywhere in a line, is written `# #[cmd]`.
 */
export function withoutWorkflowCommands(io: CliIo): CliIo {
  const guard = (write: (text: string) => void) => {
    let atLineStart = true
    return (text: string) => {
      // CR alone ends a line too for the runner (.NET ReadLine), as do the Unicode separators for readers.
      // The runner trims NEL (U+0085) as leading white space too; JavaScript's \s does not hold it.
      const guarded = text
        .replace(/(^|[\r\n\u2028\u2029])((?:[^\S\r\n\u2028\u2029]|\u0085)*)::/g, (match, before: string, space: string, offset: number) =>
          offset === 0 && before === '' && !atLineStart ? match : `${before}${space}: :`,
        )
        .replace(/##\[/g, '# #[')
      if (text !== '') atLineStart = /[\r\n\u2028\u2029]$/.test(text)
      write(guarded)
    }
  }
  return { ...io, stdout: guard(io.stdout), stderr: guard(io.stderr) }
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * A message as the terminal may show it: every control character but the newline replaced by a space.
 * An error can quote text from anywhere (a file, a manifest's parse error); an escape sequence in it
 * must not move the cursor, retitle the window or reorder what is read.
 */
export function printable(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, ' ')
}
