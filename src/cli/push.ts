import { pushJson, pushRefs, pushSource, runPushCommand } from '../commands/push.js'
import { createProgressLog } from '../commands/progress.js'
import { describeTransfer } from '../commands/transfer-words.js'
import { tagLine } from '../commands/tag-lines.js'
import { metadataInputs, metadataOptionsFromEnv } from '../commands/tags-options.js'
import { pushTotals } from '../push/report.js'
import { repositoryName } from '../ref/index.js'
import { commandHelp, readCommandLine } from './command-line.js'
import { EXIT, paint, type CliIo, type ExitCode } from './io.js'
import { cliPolicyGate, contextUnlessPlainTags, printFindingWarnings } from './shared-options.js'
import { createCliRegistryClient } from './registry-client.js'

/** `shiptag push`: push an OCI layout to every `--images` repository, under the computed tags. */
export async function runPushCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const values = readCommandLine('push', args)
  if (values.help) {
    io.stdout(commandHelp('push'))
    return EXIT.ok
  }
  const source = pushSource(values.source)
  const context = await contextUnlessPlainTags(values, io, false)
  const policy = await cliPolicyGate(values, io)
  const client = createCliRegistryClient(io, values.timeout)
  try {
    const dryRun = values['dry-run']
    const progress = createProgressLog({ line: (text) => io.stderr(`${text}\n`), now: Date.now })
    const result = await runPushCommand(
      {
        source,
        metadata: metadataInputs(values),
        dryRun,
        policy,
        progress: progress.forTarget,
        ...(values.concurrency !== undefined ? { concurrency: values.concurrency } : {}),
        mountFrom: values['mount-from'],
      },
      context,
      metadataOptionsFromEnv(io.env, io.now),
      client,
    )
    for (const warning of result.warnings) io.stderr(`${paint(io, 'yellow', 'warning:')} ${warning}\n`)
    printFindingWarnings(policy, io)
    if (values.json) {
      io.stdout(`${JSON.stringify({ ...pushJson(result), dryRun, warnings: result.warnings }, null, 2)}\n`)
      return EXIT.ok
    }
    for (const report of result.reports) {
      const totals = pushTotals(report)
      const what = report.upToDate ? 'up to date, nothing sent' : describeTransfer(totals, dryRun)
      io.stderr(`${paint(io, 'bold', repositoryName(report.target))}: ${what}${dryRun ? ' (dry run)' : ''}\n`)
      for (const tag of report.tags) io.stderr(`  ${tagLine(tag, report.digest)}\n`)
    }
    io.stdout(`${pushRefs(result).join('\n')}\n`)
    return EXIT.ok
  } finally {
    await client.close()
  }
}
