import { COMMANDS, isCommandName } from '../commands/names.js'
import { describeError } from '../errors.js'
import { MAIN_HELP } from './help.js'
import { EXIT, paint, type CliIo, type ExitCode } from './io.js'
import { runCheckCli } from './check.js'
import { runPromoteCli } from './promote.js'
import { runPushCli } from './push.js'
import { runTagsCli } from './tags.js'
import { UsageError } from './usage-error.js'
import { SHIPTAG_VERSION } from '../version.js'

/** The CLI: dispatch to a command; the one place where a failure becomes a message and an exit code. */
export async function runCli(io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = io.argv
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(MAIN_HELP)
      return command === undefined ? EXIT.usage : EXIT.ok
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${SHIPTAG_VERSION}\n`)
      return EXIT.ok
    }
    if (!isCommandName(command)) {
      throw new UsageError(`unknown command "${command}"`, { hint: `use one of: ${COMMANDS.join(', ')} (shiptag --help)` })
    }
    const handlers = { tags: runTagsCli, push: runPushCli, promote: runPromoteCli, check: runCheckCli } as const
    return await handlers[command as keyof typeof handlers](rest, io)
  } catch (error) {
    io.stderr(`${paint(io, 'red', 'error:')} ${describeError(error)}\n`)
    return error instanceof UsageError ? EXIT.usage : EXIT.failed
  }
}
