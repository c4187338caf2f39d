/** The commands every shell offers. */
export const COMMANDS = ['tags', 'push', 'promote', 'check'] as const
export type CommandName = (typeof COMMANDS)[number]

export function isCommandName(value: string): value is CommandName {
  return (COMMANDS as readonly string[]).includes(value)
}
