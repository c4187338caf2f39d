import { parseArgs, type ParseArgsConfig } from 'node:util'

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>
import { DECLARATIONS, OPTIONS, type CommandName, type CommandValues, type OptionDeclaration, type OptionName } from '../declarations/index.js'
import { cliValue } from '../declarations/read-value.js'
import { renderCommandHelp } from '../declarations/render-help.js'
import { absentValue, commandValues } from '../declarations/values.js'
import { InputError, errorMessage } from '../errors.js'
import { UsageError } from './usage-error.js'

/** The flag an option is typed as: its name, or the declared flag (`--no-artifacts` for `artifacts`). */
function flagOf(name: OptionName): string | undefined {
  const option: OptionDeclaration = OPTIONS[name]
  return option.cli === undefined ? undefined : (option.cli.flag ?? name)
}

/** node:util parseArgs' options for a command, from its declaration: a list option is a repeatable flag. */
function parseArgsOptions(command: CommandName): ParseArgsOptionsConfig {
  const config: ParseArgsOptionsConfig = {}
  for (const name of DECLARATIONS[command].options as readonly OptionName[]) {
    const option: OptionDeclaration = OPTIONS[name]
    const flag = flagOf(name)
    if (flag === undefined) continue
    config[flag] = {
      type: option.kind === 'boolean' ? 'boolean' : 'string',
      ...(option.kind === 'lines' ? { multiple: true } : {}),
      ...(option.cli?.short !== undefined ? { short: option.cli.short } : {}),
    }
  }
  return config
}

/**
 * The command line of `command`, read once into the same typed values the action step gets
 * (src/declarations/). An unknown flag or a value that does not parse is a usage error (exit 2)
 * naming the flag.
 */
export function readCommandLine<C extends CommandName>(command: C, args: readonly string[]): CommandValues<C> {
  let parsed: Record<string, string | boolean | (string | boolean)[] | undefined>
  try {
    parsed = parseArgs({ args: [...args], options: parseArgsOptions(command), allowPositionals: false, strict: true }).values
  } catch (error) {
    throw new UsageError(errorMessage(error), { hint: `see shiptag ${command} --help` })
  }
  return commandValues(command, (name) => {
    const flag = flagOf(name)
    if (flag === undefined) return absentValue(name)
    try {
      return cliValue(name, parsed[flag])
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      throw new UsageError(`--${flag}: ${error.detail}`, { ...(error.hint !== undefined ? { hint: error.hint } : {}), cause: error })
    }
  })
}

/** `shiptag <command> --help`. */
export function commandHelp(command: CommandName): string {
  return renderCommandHelp(DECLARATIONS[command])
}
