import { metadataInputs, metadataOptionsFromEnv } from '../commands/tags-options.js'
import { metadataJson, runTagsCommand } from '../commands/tags.js'
import { commandHelp, readCommandLine } from './command-line.js'
import { EXIT, paint, type CliIo, type ExitCode } from './io.js'
import { checkComputedTags } from '../commands/policy-gate.js'
import { cliContext, cliPolicyGate, printFindingWarnings } from './shared-options.js'

/** `shiptag tags`: the same engine as the action's `tags` command, printed for a terminal or a script. */
export async function runTagsCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const values = readCommandLine('tags', args)
  if (values.help) {
    io.stdout(commandHelp('tags'))
    return EXIT.ok
  }
  const context = await cliContext(values, io)
  const gate = await cliPolicyGate(values, io)
  const metadata = await runTagsCommand(metadataInputs(values), context, metadataOptionsFromEnv(io.env, io.now))
  // Warnings first: a refused tag may be one shiptag rewrote, and the warning says from what.
  for (const warning of metadata.warnings) io.stderr(`${paint(io, 'yellow', 'warning:')} ${warning}\n`)
  checkComputedTags(gate, metadata.images, metadata.tagNames, metadata.origins)
  printFindingWarnings(gate, io)
  if (values.json) {
    io.stdout(`${JSON.stringify({ ...metadataJson(metadata), warnings: metadata.warnings }, null, 2)}\n`)
  } else if (metadata.tags.length > 0) {
    io.stdout(`${metadata.tags.join('\n')}\n`)
  }
  return EXIT.ok
}
