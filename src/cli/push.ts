import { pushJson, pushRefs, runPushCommand } from '../commands/push.js'
import { createProgressLog } from '../commands/progress.js'
import { describeTransfer } from '../commands/transfer-words.js'
import { tagLine } from '../commands/tag-lines.js'
import { metadataOptionsFromEnv } from '../commands/tags-options.js'
import { pushTotals } from '../push/report.js'
import { flagLines } from '../input-lines.js'
import { repositoryName } from '../ref/index.js'
import { PUSH_HELP } from './help.js'
import { EXIT, paint, type CliIo, type ExitCode } from './io.js'
import { cliPolicyGate, contextUnlessPlainTags, metadataInputs, METADATA_OPTIONS, parseCommandArgs, printFindingWarnings } from './shared-options.js'
import { createCliRegistryClient, readConcurrency, readTimeout, REGISTRY_OPTIONS } from './registry-client.js'

const PUSH_OPTIONS = {
  ...METADATA_OPTIONS,
  ...REGISTRY_OPTIONS,
  source: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  concurrency: { type: 'string' },
  'mount-from': { type: 'string', multiple: true },
} as const

/** `shiptag push`: push an OCI layout to every `--images` repository, under the computed tags. */
export async function runPushCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseCommandArgs(args, PUSH_OPTIONS, 'push')
  if (values.help) {
    io.stdout(PUSH_HELP)
    return EXIT.ok
  }
  const concurrency = readConcurrency(values.concurrency)
  const timeoutMs = readTimeout(values)
  const context = await contextUnlessPlainTags(values, io, 'push', false)
  const policy = await cliPolicyGate(values, io)
  const client = createCliRegistryClient(io, timeoutMs)
  try {
    const dryRun = values['dry-run']
    const progress = createProgressLog({ line: (text) => io.stderr(`${text}\n`), now: Date.now })
    const result = await runPushCommand(
      {
        source: values.source ?? '',
        metadata: metadataInputs(values),
        dryRun,
        policy,
        progress: progress.forTarget,
        concurrency,
        mountFrom: flagLines('mount-from', values['mount-from']),
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
