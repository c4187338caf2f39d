import * as runner from './runner/index.js'
import {
  ACTION_INPUTS,
  DECLARATIONS,
  OPTIONS,
  commandsReading,
  type CommandName,
  type CommandValues,
  type OptionDeclaration,
  type OptionName,
} from '../declarations/index.js'
import { actionValue } from '../declarations/read-value.js'
import { absentValue, commandValues } from '../declarations/values.js'
import { maskSecret } from './mask.js'

/** `runner.getInput`'s shape, injected so tests pass a plain function. */
export type InputReader = (name: string, options?: runner.InputOptions) => string

/** A step's command and the values of the inputs it declares (src/declarations/), typed by command. */
export type StepInputs<C extends CommandName = CommandName> = { [K in C]: { readonly command: K; readonly values: CommandValues<K> } }[C]

/** What readActionInputs found: the step's inputs, and a warning for each input set that its command does not read. */
export interface ActionInputs {
  readonly step: StepInputs
  readonly ignored: readonly string[]
}

/**
 * Reads the inputs the runner passed as `INPUT_*`, as the command's declaration lists them, once,
 * into typed values (as metadata-action's getInputs() does). The token is masked the moment it is
 * read, before anything else can print it.
 */
export function readActionInputs(read: InputReader = runner.getInput, mask: (secret: string) => void = maskSecret): ActionInputs {
  const token = read('github-token')
  if (token !== '') mask(token)
  const command = actionValue('command', read('command')) as CommandName
  const valueOf = (name: OptionName) => {
    if (!('action' in OPTIONS[name])) return absentValue(name)
    // Separators are whitespace by default, so they must not be trimmed (as metadata-action reads them).
    return actionValue(name, read(name, { trimWhitespace: OPTIONS[name].kind !== 'separator' }))
  }
  return { step: { command, values: commandValues(command, valueOf) } as StepInputs, ignored: ignoredInputs(command, read) }
}

/** An input given a value other than its default that `command` never reads: a likely mistake, said, not silently dropped. */
function ignoredInputs(command: CommandName, read: InputReader): string[] {
  const declared: readonly OptionName[] = DECLARATIONS[command].options
  return ACTION_INPUTS.filter((name) => !declared.includes(name)).flatMap((name) => {
    const value = read(name, { trimWhitespace: OPTIONS[name].kind !== 'separator' })
    const option: OptionDeclaration = OPTIONS[name]
    const fallback = option.action?.default ?? ''
    if (value === '' || value === fallback) return []
    const readers = commandsReading(name)
    return [`input "${name}" is set but command "${command}" does not read it (it is read by ${readers.join(', ')}); remove it or set command to one of those`]
  })
}
