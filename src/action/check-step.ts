import * as runner from './runner/index.js'
import { runCheckCommand } from '../commands/check.js'
import { checkedFiles } from '../commands/check-file-findings.js'
import { toSarif } from '../commands/sarif.js'
import { metadataInputs, metadataOptionsFromEnv } from '../commands/tags-options.js'
import { PolicyGate, isoDay } from '../commands/policy-gate.js'
import { readPullRequestPolicy } from '../commands/pull-request-policy.js'
import { createGitRunner, findBaseCommit } from '../context/index.js'
import { annotateFindings } from './annotations.js'
import { stepGitContext, stepWorkspace } from './git-context.js'
import { writeCheckSummary } from './check-summary.js'
import type { CommandValues } from '../declarations/index.js'
import { actionPolicyGate } from './policy.js'
import { createActionRegistryClient } from './registry-client.js'
import type { StepRecord } from './step-record.js'
import { custodySettings } from '../commands/custody-settings.js'
import { writeWorkspaceFile } from '../workspace/index.js'

/**
 * The `check` command as a pull-request step: annotations on the lines at fault (capped as GitHub
 * caps them), every finding in the job summary and the `findings` output, SARIF when asked, and a
 * failed step when any finding is an error.
 */
export async function runCheckStep(inputs: CommandValues<'check'>, env: NodeJS.ProcessEnv, now: Date, record: StepRecord): Promise<void> {
  const workspace = stepWorkspace(env)
  const context = await stepGitContext(inputs, env)
  const base = context.pullRequest ? await findBaseCommit(createGitRunner(workspace), context.pullRequest, { fetch: true }) : undefined
  // On a pull request the rules are the base branch's: the pull request's policy file is its own content.
  const pullRequestPolicy = context.pullRequest ? await readPullRequestPolicy(inputs.policy, workspace, base) : undefined
  const gate = (record.gate = pullRequestPolicy
    ? new PolicyGate(pullRequestPolicy.policy, isoDay(now), inputs.environment, custodySettings(env, workspace, now, inputs['github-token']))
    : await actionPolicyGate(inputs, env, now))
  const client = inputs['registry-checks'] ? createActionRegistryClient(inputs, env) : undefined
  const checked = await runCheckCommand(
    {
      files: inputs.files,
      envFiles: inputs['env-file'],
      metadata: metadataInputs(inputs),
      workspace,
      ...(base ? { readBase: base.read } : {}),
      ...(client ? { registry: client } : {}),
    },
    context,
    metadataOptionsFromEnv(env, now),
    gate,
  ).finally(() => client?.close())
  const result = { ...checked, findings: [...(pullRequestPolicy?.findings(gate.evaluator) ?? []), ...checked.findings] }
  const notes = [
    ...checked.notes,
    ...(pullRequestPolicy?.notes ?? []),
    ...(base === undefined && context.pullRequest
      ? [
          'tag.immutable was not checked against the base branch: its commit is not in the checkout and could not be fetched from origin (actions/checkout with fetch-depth: 2 or 0 brings it)',
        ]
      : []),
  ]
  record.findings = result.findings
  annotateFindings(result.findings)
  if (inputs.sarif !== '') {
    await writeWorkspaceFile(workspace, { input: 'sarif', path: inputs.sarif }, `${JSON.stringify(toSarif(result.findings), null, 2)}\n`)
    runner.info(`SARIF written to ${inputs.sarif}`)
  }
  for (const note of checked.notes) runner.info(`note: ${note}`)
  runner.info(`checked ${checkedFiles(result)}, against ${gate.policy.file ?? 'the built-in defaults'}`)
  await writeCheckSummary(result, gate.policy.file, notes)
  const errors = result.findings.filter((finding) => finding.level === 'error').length
  if (errors > 0) runner.setFailed(`${errors} policy error(s); see the annotations and the job summary`)
}
