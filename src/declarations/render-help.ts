import { OPTIONS, type OptionName } from './options.js'
import type { CommandDeclaration, HelpEntry, HelpSection } from './types.js'

/** Option lists wrap past this column. */
const WIDTH = 100

/** `--mount-from REPO`: the flag as typed, with its value's name. */
export function flagText(name: OptionName, value?: string): string {
  const option = OPTIONS[name]
  const cli = 'cli' in option ? option.cli : undefined
  const flag = `--${(cli && 'flag' in cli ? cli.flag : undefined) ?? name}`
  const shown = value ?? (cli && 'value' in cli ? cli.value : undefined)
  return shown === undefined ? flag : `${flag} ${shown}`
}

function entryOf(entry: HelpEntry<OptionName>): { readonly flag: string; readonly help: string } {
  if (typeof entry === 'object') return { flag: flagText(entry.option, entry.value), help: entry.help }
  const option = OPTIONS[entry]
  return { flag: flagText(entry), help: 'cli' in option ? option.cli.help : '' }
}

/** Options under a title, their help aligned in one column past the longest flag. */
function renderSection(section: HelpSection<OptionName>): string {
  if ('text' in section) return `${section.text}\n`
  if ('brief' in section)
    return `${section.title}:\n${wrap(
      section.brief.map((name) => flagText(name)),
      '  ',
    )}\n\n`
  const entries = section.options.map(entryOf)
  const column = Math.max(23, ...entries.map((entry) => entry.flag.length + 5))
  const lines = entries.map(({ flag, help }) => {
    const [first = '', ...rest] = help.split('\n')
    return [`  ${flag}`.padEnd(column) + first, ...rest.map((line) => ' '.repeat(column) + line)].join('\n')
  })
  return `${section.title}:\n${lines.join('\n')}\n\n`
}

/** Items two spaces apart, on as few lines as fit. */
function wrap(items: readonly string[], indent: string): string {
  const lines: string[] = []
  for (const item of items) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 2 + item.length <= WIDTH) lines[lines.length - 1] = `${last}  ${item}`
    else lines.push(`${indent}${item}`)
  }
  return lines.join('\n')
}

/** `shiptag <command> --help`. */
export function renderCommandHelp(declaration: CommandDeclaration<OptionName>): string {
  return `Usage: ${declaration.usage}\n\n${declaration.about}\n\n${declaration.help.map(renderSection).join('')}`
}
