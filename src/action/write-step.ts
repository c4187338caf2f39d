import * as runner from './runner/index.js'
import { metadataInputs, metadataOptionsFromEnv } from '../commands/tags-options.js'
import { proofLine, type PolicyGate } from '../commands/policy-gate.js'
import type { GitContext } from '../context/index.js'
import type { CommandValues } from '../declarations/index.js'
import type { RegistryClient } from '../registry/index.js'
import type { MetadataOptions, RawMetadataInputs } from '../tags/index.js'
import { annotateFindings } from './annotations.js'
import { stepGitContext } from './git-context.js'
import { actionPolicyGate } from './policy.js'
import { createActionRegistryClient } from './registry-client.js'
import type { StepRecord } from './step-record.js'
import { actionTransferLog } from './transfer-log.js'

/** The request fields push and promote take alike from a step. */
export interface WriteStepRequest {
  readonly metadata: RawMetadataInputs
  readonly dryRun: boolean
  readonly policy: PolicyGate
  readonly progress: ReturnType<typeof actionTransferLog>['forTarget']
  readonly onIntent: StepRecord['intend']
  readonly beforeWrite: StepRecord['plan']
}

/** What a write step's command receives besides its own request fields. */
export interface WriteStepParts {
  readonly request: WriteStepRequest
  readonly context: GitContext
  readonly options: MetadataOptions
  readonly client: RegistryClient
}

/**
 * The part push and promote steps share: git facts, the policy gate, a registry client whose writes
 * the step record sees, the transfer log; then the command; then its warnings and the policy's as
 * annotations. The client is closed whatever happens.
 */
export async function runWriteStep<R extends { readonly warnings: readonly string[] }>(
  inputs: CommandValues<'push'> | CommandValues<'promote'>,
  env: NodeJS.ProcessEnv,
  now: Date,
  record: StepRecord,
  command: (parts: WriteStepParts) => Promise<R>,
): Promise<{ readonly result: R; readonly policy: PolicyGate }> {
  record.dryRun = inputs['dry-run']
  const options = metadataOptionsFromEnv(env, now)
  const context = await stepGitContext(inputs, env)
  const policy = (record.gate = await actionPolicyGate(inputs, env, now))
  const client = record.writes.wrap(createActionRegistryClient(inputs, env))
  try {
    const progress = actionTransferLog()
    const request: WriteStepRequest = {
      metadata: metadataInputs(inputs),
      dryRun: inputs['dry-run'],
      policy,
      progress: progress.forTarget,
      onIntent: (targets, tags) => record.intend(targets, tags),
      beforeWrite: (plans) => record.plan(plans),
    }
    const result = await command({ request, context, options, client }).finally(() => progress.finish())
    for (const warning of result.warnings) runner.warning(warning)
    annotateFindings(policy.warnings)
    for (const proof of policy.proofs) runner.info(proofLine(proof))
    return { result, policy }
  } finally {
    await client.close()
  }
}
