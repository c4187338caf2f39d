import * as core from '@actions/core'
import { homedir } from 'node:os'
import { runPushCommand } from '../commands/push.js'
import { metadataOptionsFromEnv } from '../commands/tags-options.js'
import { resolveGitContext } from '../context/index.js'
import { createRegistryClient } from '../registry/index.js'
import { createCredentialResolver } from '../registry/credentials/index.js'
import { formatBytes, pushTotals } from '../push/report.js'
import { SHIPTAG_VERSION } from '../version.js'
import type { ActionInputs } from './inputs.js'
import { writePushOutputs } from './outputs.js'
import { writePushSummary } from './push-summary.js'

/** The `push` command as an action step: credentials from the runner, outputs, logs and job summary. */
export async function runPushStep(inputs: ActionInputs, env: NodeJS.ProcessEnv, now: Date): Promise<void> {
  const options = metadataOptionsFromEnv(env, now)
  const context = await resolveGitContext({ source: inputs.contextSource, env, cwd: env.GITHUB_WORKSPACE || process.cwd() })
  const client = createRegistryClient({
    credentials: createCredentialResolver({
      env,
      homedir: homedir(),
      ...(inputs.githubToken ? { githubToken: inputs.githubToken } : {}),
      ...(env.GITHUB_ACTOR ? { githubActor: env.GITHUB_ACTOR } : {}),
      mask: core.setSecret,
    }),
    userAgent: `shiptag/${SHIPTAG_VERSION} (+https://github.com/acme/shiptag)`,
    warn: (message) => core.warning(message),
  })
  try {
    const result = await runPushCommand({ source: inputs.source, metadata: inputs.metadata, dryRun: inputs.dryRun, mountFrom: inputs.mountFrom }, context, options, client)
    for (const warning of result.warnings) core.warning(warning)
    for (const report of result.reports) {
      const totals = pushTotals(report)
      core.startGroup(`${report.target.registry}/${report.target.repository}@${report.digest}`)
      for (const tag of report.tags) core.info(`${tag.tag}: ${tag.action}${tag.previous && tag.previous !== report.digest ? ` (was ${tag.previous})` : ''}`)
      core.info(
        report.upToDate
          ? 'up to date: nothing sent'
          : `blobs: ${totals.blobsUploaded} uploaded (${formatBytes(totals.bytesSent)}), ${totals.blobsMounted} mounted, ${totals.blobsPresent} already there`,
      )
      core.endGroup()
    }
    writePushOutputs(result, inputs.separators)
    await writePushSummary(result, inputs.dryRun)
  } finally {
    await client.close()
  }
}
