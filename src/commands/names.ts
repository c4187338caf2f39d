/** The commands every shell offers. */
export const COMMANDS = ['tags', 'push', 'promote', 'check'] as const
export type CommandName = (typeof COMMANDS)[number]

/** Commands whose engine has landed; the others answer with a clear error instead of a stub. */
export const AVAILABLE_COMMANDS: readonly CommandName[] = ['tags', 'push', 'promote']

export function isCommandName(value: string): value is CommandName {
  return (COMMANDS as readonly string[]).includes(value)
}
