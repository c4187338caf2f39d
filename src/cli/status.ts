import { custodySettings } from '../commands/custody-settings.js'
import { deploymentsSource, withDeployments } from '../commands/status-deployments.js'
import { runStatusCommand, statusJson } from '../commands/status.js'
import { loadStatusReader } from '../commands/status-reader.js'
import { commandHelp, readCommandLine } from './command-line.js'
import { EXIT, paint, type CliIo, type ExitCode } from './io.js'
import { createCliRegistryClient } from './registry-client.js'
import { cliPolicyGate } from './shared-options.js'
import { oneLine, renderHistoryLines, renderStatusTable } from './status-table.js'

/**
 * `shiptag status`: the board as a table on stdout (or JSON with --json), what could not be read on
 * stderr, always. Exit 1 when nothing could be read, or with --fail-on-drift when an environment lags.
 */
export async function runStatusCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const values = readCommandLine('status', args)
  if (values.help) {
    io.stdout(commandHelp('status'))
    return EXIT.ok
  }
  const gate = await cliPolicyGate({ ...values, cwd: '' }, io)
  const reader = io.statusReader ?? (await loadStatusReader())
  const client = createCliRegistryClient(io, values.timeout)
  const result = await runStatusCommand(
    {
      environment: values.environment,
      images: values.images,
      digest: values.digest,
      concurrency: values.concurrency,
      custody: custodySettings(io.env, io.cwd, io.now, undefined),
      ...withDeployments(deploymentsSource(io.env, io.env.GITHUB_TOKEN || io.env.GH_TOKEN)),
    },
    client,
    gate.policy,
    reader,
  ).finally(() => client.close())
  if (values.json) io.stdout(`${JSON.stringify(statusJson(result), null, 2)}\n`)
  else io.stdout(result.kind === 'board' ? renderStatusTable(result.board, io.now) : renderHistoryLines(result.history))
  const problems = result.kind === 'board' ? result.board.problems : result.history.problems
  for (const problem of problems) io.stderr(`${paint(io, 'yellow', 'not read:')} ${oneLine(problem)}\n`)
  if (result.nothingRead) {
    io.stderr(
      `${paint(io, 'red', 'error:')} nothing could be read (each problem is above)\nWhat to do: check the registries' addresses, that they answer, and the credentials (docker login)\n`,
    )
    return EXIT.failed
  }
  if (result.drifting && values['fail-on-drift']) {
    io.stderr(
      `${paint(io, 'red', 'error:')} an environment lags the one it promotes from (--fail-on-drift)\nWhat to do: promote what the earlier environment holds (shiptag promote --environment NAME), or leave --fail-on-drift off\n`,
    )
    return EXIT.failed
  }
  return EXIT.ok
}
