/** The commands every shell offers, with the one line `shiptag --help` prints for each. */
export const COMMAND_SUMMARIES = {
  tags: 'compute image tags, OCI labels and annotations from git (docker/metadata-action syntax)',
  push: 'push an OCI layout to registries, sending only what they lack',
  promote: 'put the same digest under new tags: same repository, another one, another registry',
  check: 'check tag policy and the image references in deployment files',
  status: 'what each environment runs, and where a later one lags an earlier one',
} as const

export type CommandName = keyof typeof COMMAND_SUMMARIES
export const COMMANDS = Object.keys(COMMAND_SUMMARIES) as readonly CommandName[]

export function isCommandName(value: string): value is CommandName {
  return Object.hasOwn(COMMAND_SUMMARIES, value)
}
