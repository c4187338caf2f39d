import { CHECK } from './check.js'
import type { CommandName } from './names.js'
import { OPTIONS, type OptionName } from './options.js'
import { PROMOTE } from './promote.js'
import { PUSH } from './push.js'
import { STATUS } from './status.js'
import { TAGS } from './tags.js'
import type { CommandDeclaration, KindValues } from './types.js'

export { COMMANDS, COMMAND_SUMMARIES, isCommandName, type CommandName } from './names.js'
export { ACTION_INPUTS, OPTIONS, type OptionName } from './options.js'
export { OUTPUTS, type OutputName } from './outputs.js'
export { DEFAULT_TIMEOUT_MS, parseTimeout } from './duration.js'
export type { CommandDeclaration, HelpSection, OptionDeclaration, OptionKind } from './types.js'

/** Every command's declaration: what it reads, what it sets, its help. */
export const DECLARATIONS = { tags: TAGS, push: PUSH, promote: PROMOTE, check: CHECK, status: STATUS } as const satisfies Record<
  CommandName,
  CommandDeclaration
>

type Declarations = typeof DECLARATIONS

/** The commands that read option `name`, in declaration order. */
export function commandsReading(name: OptionName): CommandName[] {
  return (Object.keys(DECLARATIONS) as CommandName[]).filter((command) => (DECLARATIONS[command].options as readonly OptionName[]).includes(name))
}

/** The options command `C` reads. */
export type OptionOf<C extends CommandName> = Declarations[C]['options'][number]

/** The typed value of option `N`: a choice is one of its choices ('' when the CLI was not given it). */
export type OptionValue<N extends OptionName> = (typeof OPTIONS)[N] extends { readonly choices: readonly (infer Choice)[] }
  ? Choice | ''
  : KindValues[(typeof OPTIONS)[N]['kind']]

/** The values a command receives from either shell, by option name. */
export type CommandValues<C extends CommandName> = { readonly [N in OptionOf<C>]: OptionValue<N> }

/** The outputs command `C`'s step sets (besides `findings`), each a string. */
export type CommandOutputs<C extends CommandName> = Record<Declarations[C]['outputs'][number], string>
