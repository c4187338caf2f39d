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
