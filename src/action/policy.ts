import { stepWorkspace } from './git-context.js'
import { custodySettings } from '../commands/custody-settings.js'
import { PolicyGate, isoDay, readPolicy } from '../commands/policy-gate.js'

/** The step's policy gate: the `policy` input's file or `.github/image-policy.yml` in the workspace, for the `environment` input. */
export async function actionPolicyGate(
  inputs: { readonly policy: string; readonly environment: string; readonly 'github-token'?: string },
  env: NodeJS.ProcessEnv,
  now: Date,
): Promise<PolicyGate> {
  const workspace = stepWorkspace(env)
  const policy = await readPolicy(inputs.policy, workspace)
  return new PolicyGate(policy, isoDay(now), inputs.environment, custodySettings(env, workspace, now, inputs['github-token']))
}
