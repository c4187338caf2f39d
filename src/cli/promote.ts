import { promoteJson, promoteRefs, promotionMatrix, runPromoteCommand } from '../commands/promote.js'
import { promoteTotals } from '../promote/index.js'
import { createProgressLog } from '../commands/progress.js'
import { describeTransfer } from '../commands/transfer-words.js'
import { tagLine } from '../commands/tag-lines.js'
import { metadataOptionsFromEnv } from '../commands/tags-options.js'
import { flagLines } from '../input-lines.js'
import { repositoryName } from '../ref/index.js'
import { PROMOTE_HELP } from './help.js'
import { EXIT, paint, type CliIo, type ExitCode } from './io.js'
import { createCliRegistryClient, readConcurrency, readTimeout, REGISTRY_OPTIONS } from './registry-client.js'
import { cliPolicyGate, contextUnlessPlainTags, metadataInputs, METADATA_OPTIONS, parseCommandArgs, printFindingWarnings } from './shared-options.js'

const PROMOTE_OPTIONS = {
  ...METADATA_OPTIONS,
  ...REGISTRY_OPTIONS,
  source: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean', default: false },
  'no-artifacts': { type: 'boolean', default: false },
  plan: { type: 'boolean', default: false },
  concurrency: { type: 'string' },
} as const

/** `shiptag promote`: the same digest under new tags, in its repository or another. */
export async function runPromoteCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseCommandArgs(args, PROMOTE_OPTIONS, 'promote')
  if (values.help) {
    io.stdout(PROMOTE_HELP)
    return EXIT.ok
  }
  const concurrency = readConcurrency(values.concurrency)
  const timeoutMs = readTimeout(values)
  // Without --tags the source's own tag is carried over: no git fact is needed either.
  const context = await contextUnlessPlainTags(values, io, 'promote', true)
  const policy = await cliPolicyGate(values, io)
  const client = createCliRegistryClient(io, timeoutMs)
  const warn = (message: string) => io.stderr(`${paint(io, 'yellow', 'warning:')} ${message}\n`)
  try {
    const dryRun = values['dry-run']
    const result = await runPromoteCommand(
      {
        source: flagLines('source', values.source),
        metadata: metadataInputs(values),
        dryRun,
        policy,
        progress: createProgressLog({ line: (text) => io.stderr(`${text}\n`), now: Date.now }).forTarget,
        artifacts: !values['no-artifacts'],
        concurrency,
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
    io.stdout(`${promoteRefs(result).join('\n')}\n`)
    return EXIT.ok
  } finally {
    await client.close()
  }
}
