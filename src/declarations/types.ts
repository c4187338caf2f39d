import type { InputLine } from '../input-lines.js'

/**
 * How an option's value is written and read, the same in both shells: the action reads the text of
 * `INPUT_<NAME>`, the CLI the flag's value(s), and one parser per kind (read-value.ts) turns either
 * into the typed value a command receives.
 */
export type OptionKind =
  /** One entry a line (the action) or one a flag, repeatable (the CLI): `InputLine[]`. */
  | 'lines'
  /** One line of text, trimmed; '' when not given. */
  | 'text'
  /** Like text, but kept as written: separators are often whitespace. */
  | 'separator'
  /** Text the action masks the moment it is read. */
  | 'secret'
  /** `true`/`false` in the action (YAML 1.2 core booleans), a flag in the CLI. */
  | 'boolean'
  /** Seconds or a number with a unit (`90s`, `5m`), in milliseconds. */
  | 'duration'
  /** A whole number of at least 1, or undefined for the default. */
  | 'count'
  /** One of `choices`. */
  | 'choice'

/** Where an option exists: the action's `with:` (action.yml) and/or the CLI's flags. */
export interface OptionDeclaration {
  readonly kind: OptionKind
  readonly choices?: readonly string[]
  /** The action input: its action.yml description and default. Absent for CLI-only flags. */
  readonly action?: { readonly description: string; readonly default: string }
  /** The CLI flag: the value's name in help (none for a boolean), its default help text, a short alias. */
  readonly cli?: { readonly flag?: string; readonly value?: string; readonly help: string; readonly short?: string }
  /** A CLI flag that sets the boolean to false (`--no-artifacts` for `artifacts`). */
  readonly negatedFlag?: boolean
}

/** The typed value of each kind. */
export interface KindValues {
  lines: readonly InputLine[]
  text: string
  separator: string
  secret: string
  boolean: boolean
  duration: number
  count: number | undefined
  choice: string
}

/** One entry of a help section: an option with the catalogue's help, or with this command's own words. */
export type HelpEntry<Name extends string> = Name | { readonly option: Name; readonly value?: string; readonly help: string }

/** A block of a command's help: options under a title, or options listed on one line, or plain text. */
export type HelpSection<Name extends string> =
  | { readonly title: string; readonly options: readonly HelpEntry<Name>[] }
  | { readonly title: string; readonly brief: readonly Name[] }
  | { readonly text: string }

/**
 * Everything about a command that is not its behaviour: the options it reads (in both shells), the
 * outputs its action step sets, and its help. action.yml, the CLI's argument parser and help, and
 * the action's input reader are all derived from these (docs/architecture.md#commands).
 */
export interface CommandDeclaration<Name extends string = string, Output extends string = string> {
  readonly name: string
  readonly usage: string
  /** The paragraph under the usage line. */
  readonly about: string
  /** Every option the command reads, in either shell. */
  readonly options: readonly Name[]
  /** The action outputs its step sets (besides `findings`, which every step sets). */
  readonly outputs: readonly Output[]
  readonly help: readonly HelpSection<Name>[]
}
