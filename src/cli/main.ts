import { renderMainHelp } from '../declarations/main-help.js'
import { COMMANDS, isCommandName, type CommandName } from '../declarations/names.js'
import { describeError } from '../errors.js'
import { EXIT, paint, printable, withoutWorkflowCommands, type CliIo, type ExitCode } from './io.js'
import { UsageError } from './usage-error.js'
import { SHIPTAG_VERSION } from '../version.js'

/** The CLI: dispatch to a command; the one place where a failure becomes a message and an exit code. */
export async function runCli(raw: CliIo): Promise<ExitCode> {
  const io = withoutWorkflowCommands(raw)
  const [command, ...rest] = io.argv
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(renderMainHelp())
      return command === undefined ? EXIT.usage : EXIT.ok
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${SHIPTAG_VERSION}\n`)
      return EXIT.ok
    }
    if (!isCommandName(command)) {
      throw new UsageError(`unknown command "${command}"`, { hint: `use one of: ${COMMANDS.join(', ')} (shiptag --help)` })
    }
    // Each command is loaded when it runs, so --help and one command never pay for the others.
    const handlers = {
      tags: async () => (await import('./tags.js')).runTagsCli,
      push: async () => (await import('./push.js')).runPushCli,
      promote: async () => (await import('./promote.js')).runPromoteCli,
      check: async () => (await import('./check.js')).runCheckCli,
      status: async () => (await import('./status.js')).runStatusCli,
    } as const satisfies Record<CommandName, () => Promise<(args: readonly string[], io: CliIo) => Promise<ExitCode>>>
    return await (
      await handlers[command]()
    )(rest, io)
  } catch (error) {
    io.stderr(`${paint(io, 'red', 'error:')} ${printable(describeError(error))}\n`)
    return error instanceof UsageError ? EXIT.usage : EXIT.failed
  }
}
