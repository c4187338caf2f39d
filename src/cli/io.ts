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
 * this holds for every other line): such a line starts with `: :` instead.
 */
export function withoutWorkflowCommands(io: CliIo): CliIo {
  const guard = (write: (text: string) => void) => {
    let atLineStart = true
    return (text: string) => {
      const lines = text.split('\n').map((line, i) => ((i > 0 || atLineStart) && /^\s*::/.test(line) ? line.replace('::', ': :') : line))
      if (text !== '') atLineStart = text.endsWith('\n')
      write(lines.join('\n'))
    }
  }
  return { ...io, stdout: guard(io.stdout), stderr: guard(io.stderr) }
}
