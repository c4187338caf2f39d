import { COMMAND_SUMMARIES } from './names.js'

// Only the command names and their one line: this text is in the CLI's first chunk, which every start loads.
/** `shiptag --help`: every command with its one line. */
export function renderMainHelp(): string {
  const commands = Object.entries(COMMAND_SUMMARIES).map(([name, summary]) => `  ${name.padEnd(10)} ${summary}`)
  return `shiptag: container image tags, pushes, promotions and tag policy

Usage: shiptag <command> [options]

Commands:
${commands.join('\n')}

Options:
  -h, --help       show help (also: shiptag <command> --help)
  -v, --version    print the version

Exit codes: 0 ok, 1 refused or failed, 2 usage error.
`
}
