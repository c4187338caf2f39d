import { promoteJson, promoteRefs, promotionMatrix, recordLine, runPromoteCommand } from '../commands/promote.js'
import { deploymentLine, deploymentOptions } from '../commands/deployments.js'
import { promoteTotals } from '../promote/index.js'
import { createProgressLog } from '../commands/progress.js'
import { describeTransfer } from '../commands/transfer-words.js'
import { tagLine } from '../commands/tag-lines.js'
import { metadataInputs, metadataOptionsFromEnv } from '../commands/tags-options.js'
import { repositoryName } from '../ref/index.js'
import { commandHelp, readCommandLine } from './command-line.js'
import { EXIT, paint, type CliIo, type ExitCode } from './io.js'
import { createCliRegistryClient } from './registry-client.js'
import { cliPolicyGate, contextUnlessPlainTags, printFindingWarnings } from './shared-options.js'

/** `shiptag promote`: the same digest under new tags, in its repository or another. */
export async function runPromoteCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const values = readCommandLine('promote', args)
  if (values.help) {
    io.stdout(commandHelp('promote'))
    return EXIT.ok
  }
  // Without --tags the source's own tag is carried over: no git fact is needed either.
  const context = await contextUnlessPlainTags(values, io, true)
  const policy = await cliPolicyGate(values, io)
  const client = createCliRegistryClient(io, values.timeout)
  const warn = (message: string) => io.stderr(`${paint(io, 'yellow', 'warning:')} ${message}\n`)
  try {
    const dryRun = values['dry-run']
    const result = await runPromoteCommand(
      {
        source: values.source,
        metadata: metadataInputs(values),
        dryRun,
        policy,
        progress: createProgressLog({ line: (text) => io.stderr(`${text}\n`), now: Date.now }).forTarget,
        artifacts: values.artifacts,
        records: { env: io.env, key: io.env.SHIPTAG_RECORD_KEY ?? '', now: io.now },
        ...deploymentOptions(values.deployments, values['deployment-url'], io.env, io.env.GITHUB_TOKEN ?? ''),
        ...(values.concurrency !== undefined ? { concurrency: values.concurrency } : {}),
        warn,
      },
      context,
      metadataOptionsFromEnv(io.env, io.now),
      client,
    )
    for (const warning of result.warnings) warn(warning)
    printFindingWarnings(policy, io)
    if (values.json) {
      io.stdout(`${JSON.stringify({ ...promoteJson(result), dryRun, warnings: result.warnings }, null, 2)}\n`)
      return EXIT.ok
    }
    if (values.plan) {
      io.stdout(`${JSON.stringify(promotionMatrix(result.promotions))}\n`)
      return EXIT.ok
    }
    for (const promotion of result.promotions) {
      for (const target of promotion.targets) {
        const totals = promoteTotals(target)
        const name = repositoryName(target.target)
        const what = target.upToDate
          ? 'up to date, nothing written'
          : target.path === 'same-repository'
            ? 'retag in place, no blob moved'
            : describeTransfer(totals, dryRun, 'copy')
        io.stderr(`${paint(io, 'bold', `${promotion.source.reference} → ${name}`)}: ${what}${dryRun ? ' (dry run)' : ''}\n`)
        for (const tag of target.tags) io.stderr(`  ${tagLine(tag, target.digest)}\n`)
        for (const artifact of target.artifacts) io.stderr(`  ${artifact.kind === 'tag' ? artifact.tag : `referrer ${artifact.digest}`}: ${artifact.action}\n`)
      }
    }
    for (const record of result.records) io.stderr(`${recordLine(record)}\n`)
    for (const deployment of result.deployments) io.stderr(`${deploymentLine(deployment)}\n`)
    io.stdout(`${promoteRefs(result).join('\n')}\n`)
    return EXIT.ok
  } finally {
    await client.close()
  }
}
