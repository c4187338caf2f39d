import { DECLARATIONS, type CommandName, type CommandValues } from './index.js'
import { OPTIONS, type OptionName } from './options.js'
import type { KindValues, OptionKind } from './types.js'

/** Each kind's value when it is not given. */
const ABSENT: { readonly [K in OptionKind]: KindValues[K] } = {
  lines: [],
  text: '',
  separator: '\n',
  secret: '',
  boolean: false,
  duration: 0,
  count: undefined,
  choice: '',
}

/** The value of an option a shell does not have (the CLI's `sep-tags`, the action's `--cwd`): as if not given. */
export function absentValue(name: OptionName): KindValues[OptionKind] {
  const option = OPTIONS[name]
  // A negated flag's option is true unless the flag is given (`artifacts` without `--no-artifacts`).
  return option.kind === 'boolean' && 'negatedFlag' in option ? true : ABSENT[option.kind]
}

/** A command's values, one per option it declares, each read by `valueOf` (the shell's reader). */
export function commandValues<C extends CommandName>(command: C, valueOf: (name: OptionName) => unknown): CommandValues<C> {
  const options: readonly OptionName[] = DECLARATIONS[command].options
  return Object.fromEntries(options.map((name) => [name, valueOf(name)])) as CommandValues<C>
}
